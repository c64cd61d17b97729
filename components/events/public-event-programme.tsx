import Link from "next/link";
import type { getPublicEvent } from "@/lib/events/get-public-event";

type Forum = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>["event"]["forums"][number];

/** The forums of a public event, each linked to its field of action. */
export function PublicEventProgramme({ regionSlug, forums }: { regionSlug: string; forums: Forum[] }) {
  return (
    <section aria-labelledby="programm" className="mt-6">
      <h2 id="programm" className="text-2xl font-semibold text-brand-800">
        Programm
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {forums.map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong>
            {f.fieldOfAction && (
              <>
                {" "}
                (Handlungsfeld{" "}
                <Link
                  href={`/${regionSlug}/handlungsfelder/${f.fieldOfAction.slug}`}
                  className="text-brand-700 underline"
                >
                  {f.fieldOfAction.name}
                </Link>
                )
              </>
            )}
            {f.description && <p>{f.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
