import { ActionForm } from "@/components/forms/action-form";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import { cancelRegistrationAction } from "../../actions";

type Registration = Awaited<ReturnType<typeof getEventAdmin>>["event"]["registrations"][number];

/** All registrations in the order they came in, each cancellable. */
export function RegistrationsSection({ slug, registrations }: { slug: string; registrations: Registration[] }) {
  return (
    <section aria-labelledby="anmeldungen" className="mt-8">
      <SectionHeading size="medium" id="anmeldungen">
        Anmeldungen
      </SectionHeading>
      {registrations.length === 0 ? (
        <p className="mt-2">Noch keine Anmeldungen.</p>
      ) : (
        <ResponsiveTable variant="lined" caption="Anmeldungen in der Reihenfolge des Eingangs" className="mt-2 text-sm">
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Name</th>
              <th scope="col">Einrichtung</th>
              <th scope="col">E-Mail</th>
              <th scope="col">Forum</th>
              <th scope="col">Status</th>
              <th scope="col">Eingang</th>
              <th scope="col">
                <span className="sr-only">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((r) => (
              <tr key={r.id} data-testid="anmeldung">
                <td>{r.sequence}</td>
                <th scope="row">{r.name}</th>
                <td>{r.institution}</td>
                <td>{r.email}</td>
                <td>{r.forum?.title ?? "–"}</td>
                <td>{REGISTRATION_STATUS_LABEL[r.status]}</td>
                <td>{berlinDateTimeShort.format(r.createdAt)}</td>
                <td>
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
        </ResponsiveTable>
      )}
    </section>
  );
}
