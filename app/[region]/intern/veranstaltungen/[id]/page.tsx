import type { Metadata } from "next";
import Link from "next/link";
import { eventFormFields } from "@/components/events/event-fields";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound } from "@/lib/http/or-not-found";
import { EVENT_KIND_LABEL, REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import { getEventAdmin } from "@/lib/events/manage-events";
import { berlinDateTime, berlinDateTimeShort } from "@/lib/format/berlin-dates";
import { requireRegion } from "@/lib/tenancy/require-region";
import {
  addForumAction,
  cancelRegistrationAction,
  removeForumAction,
  updateEventAction,
  updateForumAction,
} from "../actions";

export const metadata: Metadata = { title: "Veranstaltung" };

type Props = { params: Promise<{ region: string; id: string }> };

async function load(slug: string, id: string) {
  const context = await requireRegion(slug, "events.write", `/${slug}/intern/veranstaltungen/${id}`);
  return orNotFound(getEventAdmin(context.actor, id));
}

export default async function EventPage({ params }: Props) {
  const { region: slug, id } = await params;
  const { event, fieldsOfAction } = await load(slug, id);
  const confirmed = event.registrations.filter((r) => r.status === "CONFIRMED").length;
  const waiting = event.registrations.filter((r) => r.status === "WAITING").length;
  return (
    <>
      <p className="text-sm">
        <Link href={`/${slug}/intern/veranstaltungen`} className="text-brand-700 underline">
          Alle Veranstaltungen
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{event.title}</h1>
      <p className="mt-1">
        {EVENT_KIND_LABEL[event.kind]} · {berlinDateTime.format(event.startsAt)} Uhr · {event.location}
      </p>
      <p className="mt-1" data-testid="plaetze">
        {confirmed} von {event.capacity} Plätzen bestätigt, {waiting} auf der Warteliste
        {event.registrationOpen ? "" : " · Anmeldung geschlossen"}
      </p>
      <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
        {event.isPublic && (
          <a href={`/${slug}/veranstaltungen/${event.id}`} className="text-brand-700 underline">
            Öffentliche Seite mit Anmeldeformular
          </a>
        )}
        <a href={`/${slug}/intern/veranstaltungen/${event.id}/teilnehmende.csv`} className="text-brand-700 underline">
          Teilnahmeliste (CSV)
        </a>
        <a href={`/${slug}/intern/veranstaltungen/${event.id}/namensschilder.pdf`} className="text-brand-700 underline">
          Namensschilder und Unterschriftenliste (PDF)
        </a>
        <Link href={`/${slug}/intern/empfehlungen`} className="text-brand-700 underline">
          Empfehlungen erfassen
        </Link>
      </p>

      <section aria-labelledby="programm" className="mt-8">
        <h2 id="programm" className="text-xl font-semibold text-brand-800">
          Programm: Foren
        </h2>
        {event.forums.length === 0 ? (
          <p className="mt-2">
            Noch keine Foren. Foren gliedern das Programm, meist eines je Handlungsfeld; Teilnehmende wählen bei der
            Anmeldung ihr Forum.
          </p>
        ) : (
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {event.forums.map((f) => (
              <li key={f.id}>
                <strong>{f.title}</strong>
                {f.fieldOfAction && (
                  <>
                    {" "}
                    ·{" "}
                    <Link
                      href={`/${slug}/intern/handlungsfelder/${f.fieldOfAction.slug}`}
                      className="text-brand-700 underline"
                    >
                      {f.fieldOfAction.name}
                    </Link>
                  </>
                )}{" "}
                ({event.registrations.filter((r) => r.forumId === f.id && r.status !== "CANCELLED").length} Anmeldungen)
                {f.description && <p className="text-sm">{f.description}</p>}
                <details className="mt-1 max-w-2xl">
                  <summary className="cursor-pointer text-sm text-brand-800 underline">
                    Forum „{f.title}“ bearbeiten
                  </summary>
                  <ActionForm
                    id={`forum-${f.id}`}
                    className="mt-2"
                    action={updateForumAction.bind(null, slug)}
                    submitLabel="Forum speichern"
                    fields={[
                      { kind: "hidden", name: "forumId", value: f.id },
                      { kind: "text", name: "title", label: "Titel des Forums", required: true, defaultValue: f.title },
                      {
                        kind: "select",
                        name: "fieldOfActionId",
                        label: "Handlungsfeld",
                        placeholder: "— keinem Handlungsfeld —",
                        defaultValue: f.fieldOfActionId ?? "",
                        options: fieldsOfAction.map((x) => ({ value: x.id, label: x.name })),
                      },
                      {
                        kind: "textarea",
                        name: "description",
                        label: "Beschreibung",
                        rows: 2,
                        defaultValue: f.description,
                      },
                    ]}
                  />
                  <ActionForm
                    id={`forum-weg-${f.id}`}
                    className="mt-2"
                    compact
                    action={removeForumAction.bind(null, slug)}
                    submitLabel={`Forum „${f.title}“ entfernen`}
                    confirm={{
                      summary: "Forum entfernen …",
                      question:
                        "Das Forum verschwindet aus dem Programm. Haben Teilnehmende es gewählt oder stammen Empfehlungen daraus, bleibt es erhalten.",
                    }}
                    fields={[{ kind: "hidden", name: "forumId", value: f.id }]}
                  />
                </details>
              </li>
            ))}
          </ol>
        )}
        <details className="mt-3 max-w-2xl">
          <summary className="cursor-pointer text-brand-800 underline">Forum hinzufügen</summary>
          <ActionForm
            id="forum-neu"
            className="mt-2"
            action={addForumAction.bind(null, slug)}
            submitLabel="Forum hinzufügen"
            resetOnSuccess
            fields={[
              { kind: "hidden", name: "eventId", value: event.id },
              { kind: "text", name: "title", label: "Titel des Forums", required: true },
              {
                kind: "select",
                name: "fieldOfActionId",
                label: "Handlungsfeld",
                placeholder: "— keinem Handlungsfeld —",
                options: fieldsOfAction.map((f) => ({ value: f.id, label: f.name })),
              },
              { kind: "textarea", name: "description", label: "Beschreibung", rows: 2 },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="anmeldungen" className="mt-8">
        <h2 id="anmeldungen" className="text-xl font-semibold text-brand-800">
          Anmeldungen
        </h2>
        {event.registrations.length === 0 ? (
          <p className="mt-2">Noch keine Anmeldungen.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <caption className="text-left font-semibold">Anmeldungen in der Reihenfolge des Eingangs</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b p-2">
                    Nr.
                  </th>
                  <th scope="col" className="border-b p-2">
                    Name
                  </th>
                  <th scope="col" className="border-b p-2">
                    Einrichtung
                  </th>
                  <th scope="col" className="border-b p-2">
                    E-Mail
                  </th>
                  <th scope="col" className="border-b p-2">
                    Forum
                  </th>
                  <th scope="col" className="border-b p-2">
                    Status
                  </th>
                  <th scope="col" className="border-b p-2">
                    Eingang
                  </th>
                  <th scope="col" className="border-b p-2">
                    <span className="sr-only">Aktion</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {event.registrations.map((r) => (
                  <tr key={r.id} data-testid="anmeldung">
                    <td className="border-b p-2">{r.sequence}</td>
                    <th scope="row" className="border-b p-2 font-normal">
                      {r.name}
                    </th>
                    <td className="border-b p-2">{r.institution}</td>
                    <td className="border-b p-2">{r.email}</td>
                    <td className="border-b p-2">{r.forum?.title ?? "–"}</td>
                    <td className="border-b p-2">{REGISTRATION_STATUS_LABEL[r.status]}</td>
                    <td className="border-b p-2">{berlinDateTimeShort.format(r.createdAt)}</td>
                    <td className="border-b p-2">
                      {r.status !== "CANCELLED" && (
                        <ActionForm
                          id={`storno-${r.id}`}
                          compact
                          action={cancelRegistrationAction.bind(null, slug)}
                          submitLabel={`Anmeldung von ${r.name} stornieren`}
                          confirm={{
                            summary: "Stornieren …",
                            question: `Die Anmeldung von ${r.name} wird storniert; ${r.name} erhält eine E-Mail.${r.status === "CONFIRMED" ? " Die nächste Person auf der Warteliste rückt nach." : ""}`,
                          }}
                          fields={[{ kind: "hidden", name: "registrationId", value: r.id }]}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {event.recommendations.length > 0 && (
        <section aria-labelledby="empfehlungen" className="mt-8">
          <h2 id="empfehlungen" className="text-xl font-semibold text-brand-800">
            Empfehlungen aus dieser Veranstaltung
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {event.recommendations.map((r) => (
              <li key={r.id}>
                <Link href={`/${slug}/intern/empfehlungen/${r.id}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="angaben" className="mt-8 max-w-2xl">
        <h2 id="angaben" className="text-xl font-semibold text-brand-800">
          Angaben ändern
        </h2>
        <ActionForm
          id="veranstaltung-bearbeiten"
          labelledBy="angaben"
          className="mt-3"
          action={updateEventAction.bind(null, slug)}
          submitLabel="Änderungen speichern"
          fields={[{ kind: "hidden", name: "eventId", value: event.id }, ...eventFormFields(event)]}
        />
      </section>
    </>
  );
}
