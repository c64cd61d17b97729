import { SectionHeading } from "@/components/ui/section-heading";
import type { getPoll } from "@/lib/voting/get-poll";

type PollOption = Awaited<ReturnType<typeof getPoll>>["options"][number];

/** The options of an approval, ranking or points poll. */
export function PollOptions({ options }: { options: PollOption[] }) {
  return (
    <section aria-labelledby="optionen" className="mt-4">
      <SectionHeading size="medium" id="optionen">
        Optionen
      </SectionHeading>
      <ol className="mt-1 list-decimal pl-6">
        {options.map((o) => (
          <li key={o.id}>
            {o.label}
            {o.fieldOfAction ? " (Handlungsfeld)" : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
