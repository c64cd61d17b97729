import type { Metadata } from "next";
import Link from "next/link";
import { requireRegion } from "@/lib/tenancy/require-region";
import { listWorkProgrammes } from "@/lib/voting/work-programme";

export const metadata: Metadata = { title: "Arbeitsprogramme" };

export default async function ProgrammesPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const programmes = await listWorkProgrammes(context.actor);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Arbeitsprogramme</h1>
      {programmes.length === 0 ? (
        <p className="mt-4">
          Noch kein Arbeitsprogramm. Es entsteht aus dem Ergebnis einer Prioritätenabstimmung des Lenkungskreises (
          <Link href={`/${slug}/intern/abstimmungen`} className="text-brand-700 underline">
            Abstimmungen
          </Link>
          ).
        </p>
      ) : (
        <ul className="mt-4 space-y-2">
          {programmes.map((p) => (
            <li key={p.year}>
              <Link
                href={`/${slug}/intern/arbeitsprogramm/${p.year}`}
                className="font-semibold text-brand-700 underline"
              >
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
