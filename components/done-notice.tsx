import { Notice } from "@/components/ui/notice";

/** The confirmation of a finished action, at the top of the page. */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Notice tone="success" role="status" className="mb-4" data-testid="done-notice">
      {message}
    </Notice>
  );
}
