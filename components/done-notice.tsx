/** The confirmation of a finished action, at the top of the page. */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-4 rounded border border-brand-700 bg-brand-50 p-3" data-testid="done-notice">
      {message}
    </p>
  );
}
