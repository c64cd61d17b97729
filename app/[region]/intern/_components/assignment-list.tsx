import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** A list of open assignments with due date, overdue ones marked in words and colour. */
export function AssignmentList({
  id,
  heading,
  empty,
  emptyLink,
  slug,
  linkToAssignment,
  assignments,
}: {
  id: string;
  heading: string;
  empty: string;
  emptyLink?: { href: string; label: string };
  slug: string;
  linkToAssignment: boolean;
  assignments: Dashboard["myAssignments"];
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <SectionHeading id={id}>{heading}</SectionHeading>
      {assignments.length === 0 ? (
        <p className="mt-3">
          {empty}
          {emptyLink && (
            <>
              {" "}
              <TextLink href={emptyLink.href}>{emptyLink.label}</TextLink>
            </>
          )}
        </p>
      ) : (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {assignments.map((a) => (
            <li key={a.id} className={a.overdue ? "font-semibold text-red-800" : ""}>
              {linkToAssignment ? <TextLink href={`/${slug}/intern/auftraege/${a.id}`}>{a.title}</TextLink> : a.title}
              {a.dueOn && (
                <>
                  {" "}
                  – Frist {berlinDate.format(a.dueOn)}
                  {a.overdue ? " (überfällig)" : ""}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
