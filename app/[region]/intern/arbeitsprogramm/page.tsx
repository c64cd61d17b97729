import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { requireRegion } from "@/lib/tenancy/require-region";
import { listWorkProgrammes } from "@/lib/voting/work-programme";

export const metadata: Metadata = { title: "Arbeitsprogramme" };

export default async function ProgrammesPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const programmes = await listWorkProgrammes(context.actor);
  return (
    <>
      <PageTitle>Arbeitsprogramme</PageTitle>
      {programmes.length === 0 ? (
        <p className="mt-4">
          Noch kein Arbeitsprogramm. Es entsteht aus dem Ergebnis einer Prioritätenabstimmung des Lenkungskreises (
          <TextLink href={`/${slug}/intern/abstimmungen`}>Abstimmungen</TextLink>
          ).
        </p>
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
