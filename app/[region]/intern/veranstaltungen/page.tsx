import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/forms/action-form";
import { eventFormFields } from "@/components/events/event-fields";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { listEvents } from "@/lib/events/manage-events";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createEventAction } from "./actions";

export const metadata: Metadata = { title: "Veranstaltungen" };

export default async function EventsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "events.write");
  const events = await listEvents(context.actor);
  return (
    <>
      <PageTitle>Veranstaltungen</PageTitle>
      <p className="mt-2 max-w-3xl">
        Bildungskonferenzen, Fachtagungen und Austauschforen mit Programm und öffentlicher Anmeldung. Sind die Plätze
        belegt, kommen weitere Anmeldungen auf die Warteliste und rücken bei Stornierungen automatisch nach.
      </p>
      {events.length === 0 ? (
        <EmptyState next={{ href: "#neue-veranstaltung", label: "Eine Veranstaltung anlegen" }}>
          Noch keine Veranstaltungen.
        </EmptyState>
      ) : (
        <ResponsiveTable variant="lined" caption="Veranstaltungen, die neuesten zuerst" className="mt-4">
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Art</th>
              <th scope="col">Beginn</th>
              <th scope="col">Anmeldungen</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <TextLink href={`/${slug}/intern/veranstaltungen/${e.id}`}>{e.title}</TextLink>
                  {!e.isPublic && " (nicht öffentlich)"}
                </th>
                <td>{EVENT_KIND_LABEL[e.kind]}</td>
                <td>{berlinDateTimeShort.format(e.startsAt)} Uhr</td>
                <td>
                  {e.confirmed} von {e.capacity} bestätigt{e.waiting ? `, ${e.waiting} auf der Warteliste` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      <section aria-labelledby="neue-veranstaltung" className="mt-10 max-w-2xl">
        <SectionHeading size="medium" id="neue-veranstaltung">
          Neue Veranstaltung
        </SectionHeading>
        <ActionForm
          id="neue-veranstaltung-form"
          labelledBy="neue-veranstaltung"
          className="mt-3"
          action={createEventAction.bind(null, slug)}
          submitLabel="Veranstaltung anlegen"
          fields={eventFormFields()}
        />
      </section>
    </>
  );
}
