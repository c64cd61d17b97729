import { ActionForm } from "@/components/forms/action-form";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import { cancelRegistrationAction } from "../../actions";

type Registration = Awaited<ReturnType<typeof getEventAdmin>>["event"]["registrations"][number];

/** All registrations in the order they came in, each cancellable. */
export function RegistrationsSection({ slug, registrations }: { slug: string; registrations: Registration[] }) {
  return (
    <section aria-labelledby="anmeldungen" className="mt-8">
      <h2 id="anmeldungen" className="text-xl font-semibold text-brand-800">
        Anmeldungen
      </h2>
      {registrations.length === 0 ? (
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
              {registrations.map((r) => (
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
  );
}
