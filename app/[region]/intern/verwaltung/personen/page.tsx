import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { listPeople } from "@/lib/governance/people";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { personName } from "@/lib/governance/load-composition";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createPersonAction, setConsentAction, setEmailConsentAction } from "../actions";

export const metadata: Metadata = { title: "Personen" };

export default async function PeoplePage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "memberships.manage");
  const people = await listPeople(context.actor);
  return (
    <>
      <PageTitle>Personen</PageTitle>
      <p className="mt-2 max-w-3xl">
        Alle Personen, die in Gremien der Region sitzen oder sitzen sollen. Öffentlich und in den offenen Daten (OParl)
        erscheint ein Name nur mit Einwilligung, eine E-Mail-Adresse nur mit einer eigenen Einwilligung dazu.
      </p>
      <ResponsiveTable variant="rows" caption="Personenverzeichnis" hideCaption className="mt-6">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Institution</th>
            <th scope="col">Gremien</th>
            <th scope="col">Öffentlich genannt</th>
            <th scope="col">E-Mail in offenen Daten</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">{personName(p)}</th>
              <td>{p.organisation}</td>
              <td>{[...new Set(p.memberships.map((m) => m.body.name))].join(", ") || "–"}</td>
              <td>
                {p.publicationConsent ? "ja" : "nein"}
                <ActionForm
                  id={`einwilligung-${p.id}`}
                  compact
                  action={setConsentAction.bind(null, slug)}
                  submitLabel={
                    p.publicationConsent
                      ? `Einwilligung von ${personName(p)} widerrufen`
                      : `Einwilligung von ${personName(p)} erfassen`
                  }
                  fields={[
                    { kind: "hidden", name: "personId", value: p.id },
                    { kind: "hidden", name: "publicationConsent", value: p.publicationConsent ? "" : "on" },
                  ]}
                />
              </td>
              <td>
                {p.emailConsent ? "ja" : "nein"}
                {(p.emailConsent || (p.publicationConsent && p.email)) && (
                  <ActionForm
                    id={`email-einwilligung-${p.id}`}
                    compact
                    action={setEmailConsentAction.bind(null, slug)}
                    submitLabel={
                      p.emailConsent
                        ? `E-Mail-Einwilligung von ${personName(p)} widerrufen`
                        : `E-Mail-Einwilligung von ${personName(p)} erfassen`
                    }
                    fields={[
                      { kind: "hidden", name: "personId", value: p.id },
                      { kind: "hidden", name: "emailConsent", value: p.emailConsent ? "" : "on" },
                    ]}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
      <section aria-labelledby="person-neu" className="mt-10 max-w-2xl">
        <SectionHeading id="person-neu">Person anlegen</SectionHeading>
        <ActionForm
          id="person"
          labelledBy="person-neu"
          className="mt-3"
          action={createPersonAction.bind(null, slug)}
          submitLabel="Person anlegen"
          resetOnSuccess
          fields={[
            { kind: "text", name: "title", label: "Titel", hint: "z. B. Dr." },
            { kind: "text", name: "givenName", label: "Vorname", required: true },
            { kind: "text", name: "familyName", label: "Nachname", required: true },
            { kind: "text", name: "organisation", label: "Institution" },
            {
              kind: "email",
              name: "email",
              label: "E-Mail-Adresse",
              hint: "Für Einladungen; veröffentlicht nur mit eigener Einwilligung.",
            },
            {
              kind: "checkbox",
              name: "publicationConsent",
              label:
                "Die Person willigt ein, auf öffentlichen Seiten und in den offenen Daten namentlich genannt zu werden.",
            },
            {
              kind: "checkbox",
              name: "emailConsent",
              label:
                "Die Person willigt außerdem ein, dass ihre E-Mail-Adresse in den offenen Daten (OParl) erscheint.",
            },
          ]}
        />
      </section>
    </>
  );
}
