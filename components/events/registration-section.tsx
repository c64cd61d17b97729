import { PostForm } from "@/components/forms/post-form";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { getPublicEvent } from "@/lib/events/get-public-event";
import type { FormState } from "@/lib/core/forms/form-state";
import { registrationFields } from "./registration-fields";

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/**
 * The registration form of a public event (a plain POST to the page, no JavaScript); once
 * registration is closed, only the message of the last post and that it is closed.
 */
export function RegistrationSection({
  regionSlug,
  path,
  forums,
  placesLeft,
  waiting,
  open,
  form,
  retentionDays,
}: {
  regionSlug: string;
  path: string;
  forums: PublicEvent["event"]["forums"];
  placesLeft: number;
  waiting: number;
  open: boolean;
  form: FormState;
  retentionDays: number;
}) {
  const places =
    placesLeft > 0
      ? `Noch ${placesLeft === 1 ? "1 Platz" : `${placesLeft} Plätze`} frei.`
      : `Alle Plätze sind belegt. Sie können sich auf die Warteliste setzen (derzeit ${waiting === 1 ? "1 Person" : `${waiting} Personen`}); wird ein Platz frei, rücken Sie automatisch nach.`;
  return (
    <section aria-labelledby="anmeldung-titel" id="anmeldung" className="mt-8 max-w-2xl">
      <SectionHeading id="anmeldung-titel">Anmeldung</SectionHeading>
      {open ? (
        <>
          <p className="mt-2" data-testid="plaetze">
            {places}
          </p>
          <PostForm
            id="anmeldung-form"
            labelledBy="anmeldung-titel"
            className="mt-3"
            action={`${path}#anmeldung`}
            state={form}
            submitLabel={placesLeft > 0 ? "Verbindlich anmelden" : "Auf die Warteliste setzen"}
            fields={registrationFields(forums, retentionDays)}
          />
          <p className="mt-2 text-sm">
            <TextLink href={`/${regionSlug}/datenschutz`}>Datenschutzerklärung</TextLink>
          </p>
        </>
      ) : (
        <>
          {form.status === "ok" && (
            <Notice tone="success" role="status" className="mt-2">
              {form.message}
            </Notice>
          )}
          <p className="mt-2">Die Anmeldung ist geschlossen.</p>
        </>
      )}
    </section>
  );
}
