import { SectionHeading } from "@/components/ui/section-heading";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { FUNCTION_LABEL } from "@/lib/governance/labels";

/** The person's current seats. */
export function MembershipsSection({ memberships }: { memberships: Dashboard["memberships"] }) {
  return (
    <section aria-labelledby="meine-gremien" className="mt-8">
      <SectionHeading id="meine-gremien">Meine Gremien</SectionHeading>
      {memberships.length === 0 ? (
        <p className="mt-3">Sie sind derzeit in keinem Gremium Mitglied.</p>
      ) : (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {memberships.map((m) => (
            <li key={m.id}>
              {m.body.name}: {FUNCTION_LABEL[m.function]} ({m.seatCategory.name}
              {m.hasVote ? ", stimmberechtigt" : ", ohne Stimmrecht"})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
