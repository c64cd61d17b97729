import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { getPublicEvent } from "@/lib/events/get-public-event";

type Forum = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>["event"]["forums"][number];

/** The forums of a public event, each linked to its field of action. */
export function PublicEventProgramme({ regionSlug, forums }: { regionSlug: string; forums: Forum[] }) {
  return (
    <section aria-labelledby="programm" className="mt-6">
      <SectionHeading id="programm">Programm</SectionHeading>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {forums.map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong>
            {f.fieldOfAction && (
              <>
                {" "}
                (Handlungsfeld{" "}
                <TextLink href={`/${regionSlug}/handlungsfelder/${f.fieldOfAction.slug}`}>
                  {f.fieldOfAction.name}
                </TextLink>
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
