import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { requireRegion } from "@/lib/tenancy/require-region";
import { findProgrammeCandidate } from "@/lib/voting/programme-candidate";
import { listWorkProgrammes } from "@/lib/voting/work-programme";

export const metadata: Metadata = { title: "Arbeitsprogramme" };

export default async function ProgrammesPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const programmes = await listWorkProgrammes(context.actor);
  const candidate = programmes.length === 0 ? await findProgrammeCandidate(context.actor) : null;
  return (
    <>
      <PageTitle>Arbeitsprogramme</PageTitle>
      {programmes.length === 0 ? (
        <EmptyState
          next={
            candidate
              ? {
                  href: `/${slug}/intern/abstimmungen/${candidate.id}#programm`,
                  label: `„${candidate.title}“ als Arbeitsprogramm übernehmen`,
                }
              : context.can("polls.manage")
                ? { href: `/${slug}/intern/abstimmungen#neu`, label: "Eine Prioritätenabstimmung anlegen" }
                : { href: `/${slug}/intern/abstimmungen`, label: "Zu den Abstimmungen" }
          }
        >
          Noch kein Arbeitsprogramm. Es entsteht aus dem Ergebnis einer Prioritätenabstimmung des Lenkungskreises.
        </EmptyState>
      ) : (
        <ul className="mt-4 space-y-2">
          {programmes.map((p) => (
            <li key={p.year}>
              <TextLink strong href={`/${slug}/intern/arbeitsprogramm/${p.year}`}>
                {p.title}
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
