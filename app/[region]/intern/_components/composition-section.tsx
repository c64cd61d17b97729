import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** The composition check of every body: for the office only (members see no seat warnings). */
export function CompositionSection({
  slug,
  canManage,
  canEditRules,
  composition,
}: {
  slug: string;
  canManage: boolean;
  canEditRules: boolean;
  composition: NonNullable<Dashboard["composition"]>;
}) {
  return (
    <section aria-labelledby="gremien-check" className="mt-8">
      <SectionHeading id="gremien-check">Zusammensetzung der Gremien</SectionHeading>
      <ul className="mt-3 space-y-3">
        {composition.map((body) => (
          <li key={body.id} className="rounded border border-brand-100 p-3">
            <strong className="block">
              {canManage ? (
                <TextLink href={`/${slug}/intern/verwaltung/gremien/${body.slug}`}>{body.name}</TextLink>
              ) : (
                body.name
              )}
              {": "}
              {!body.hasRules
                ? "keine Sitzregeln im Vertrag"
                : body.isComplete
                  ? "vollständig besetzt"
                  : "nicht vollständig besetzt"}
            </strong>
            {!body.hasRules && canEditRules && (
              <TextLink href={`/${slug}/intern/verwaltung/vertrag`} className="text-sm">
                Sitzregeln festlegen
              </TextLink>
            )}
            {body.issues.length > 0 && (
              <ul className="mt-1 list-disc pl-6 text-sm">
                {body.issues.slice(0, 5).map((issue) => (
                  <li
                    key={`${issue.kind}-${issue.seatCategoryId}-${issue.membershipId ?? ""}`}
                    className={issue.severity === "error" ? "text-red-800" : "text-amber-900"}
                  >
                    {issue.message}
                  </li>
                ))}
                {body.issues.length > 5 && <li>… und {body.issues.length - 5} weitere Hinweise</li>}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
