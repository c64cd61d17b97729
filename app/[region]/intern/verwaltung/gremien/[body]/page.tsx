import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { CompositionReportView } from "@/components/composition-report";
import { DoneNotice } from "@/components/done-notice";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { getBodyAdmin } from "@/lib/governance/get-body-admin";
import { FUNCTION_LABEL } from "@/lib/governance/labels";
import { getRegionHome } from "@/lib/regions/get-region-home";
import { requireRegion } from "@/lib/tenancy/require-region";
import { addMembershipAction, endMembershipAction } from "../../actions";
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates";

export const metadata: Metadata = { title: "Gremium verwalten" };

type Props = { params: Promise<{ region: string; body: string }>; searchParams: Promise<{ erledigt?: string }> };

export default async function BodyAdminPage({ params, searchParams }: Props) {
  const { region: slug, body: bodySlug } = await params;
  const context = await requireRegion(slug, "memberships.manage");
  const data = await orNotFound(getBodyAdmin(context.actor, bodySlug));
  const { bodies } = await getRegionHome(context.region.id);
  const today = new Date().toISOString().slice(0, 10);
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <nav aria-label="Gremien" className="mb-4">
        <ul className="flex flex-wrap gap-3 text-sm">
          {bodies.map((b) => (
            <li key={b.id}>
              <Link
                href={`/${slug}/intern/verwaltung/gremien/${b.slug}`}
                aria-current={b.slug === bodySlug ? "page" : undefined}
                className={b.slug === bodySlug ? "font-semibold text-brand-900" : "text-brand-700 underline"}
              >
                {b.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DoneNotice message={notice} />
      <PageTitle>{data.body.name}</PageTitle>
      <div className="mt-6">
        <CompositionReportView report={data.report} headingId="zusammensetzung" />
      </div>

      <section aria-labelledby="mitglieder" className="mt-10">
        <SectionHeading id="mitglieder">Mitglieder</SectionHeading>
        {data.sitting.length === 0 ? (
          <EmptyState className="mt-2" next={{ href: "#mitglied-neu", label: "Ein Mitglied hinzufügen" }}>
            Noch keine Mitglieder.
          </EmptyState>
        ) : (
          <ResponsiveTable
            variant="rows"
            caption="Amtierende Mitglieder und Stellvertretungen"
            hideCaption
            className="mt-3"
          >
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Sitz</th>
                <th scope="col">Funktion</th>
                <th scope="col">Amtszeit</th>
                <th scope="col">
                  <span className="sr-only">Aktion</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.sitting.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.personName}
                    {m.person.organisation && <span className="block text-muted">{m.person.organisation}</span>}
                  </th>
                  <td>
                    {m.seatCategory.name}
                    {m.deputyOfName ? <span className="block">Stellvertretung für {m.deputyOfName}</span> : null}
                  </td>
                  <td>
                    {FUNCTION_LABEL[m.function]}
                    {m.hasVote ? ", stimmberechtigt" : ", ohne Stimmrecht"}
                  </td>
                  <td>
                    seit {dateFormat.format(m.startsOn)}
                    {m.endsOn ? ` bis ${dateFormat.format(m.endsOn)}` : ""}
                  </td>
                  <td>
                    <ActionForm
                      id={`beenden-${m.id}`}
                      compact
                      action={endMembershipAction.bind(null, slug)}
                      submitLabel={`Mitgliedschaft von ${m.personName} jetzt beenden`}
                      confirm={{
                        summary: (
                          <>
                            Beenden<span className="sr-only"> der Mitgliedschaft von {m.personName}</span> …
                          </>
                        ),
                        question: "Die Mitgliedschaft endet heute und bleibt im Verlauf sichtbar.",
                      }}
                      fields={[{ kind: "hidden", name: "membershipId", value: m.id }]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
        )}
      </section>

      <section aria-labelledby="mitglied-neu" className="mt-10 max-w-2xl">
        <SectionHeading id="mitglied-neu">Mitglied hinzufügen</SectionHeading>
        <p className="mt-2 text-sm">
          Die Person muss im <TextLink href={`/${slug}/intern/verwaltung/personen`}>Personenverzeichnis</TextLink>{" "}
          stehen.
        </p>
        <ActionForm
          id="mitgliedschaft"
          labelledBy="mitglied-neu"
          className="mt-3"
          action={addMembershipAction.bind(null, slug)}
          submitLabel="Mitglied hinzufügen"
          resetOnSuccess
          fields={[
            { kind: "hidden", name: "bodyId", value: data.body.id },
            {
              kind: "select",
              name: "personId",
              label: "Person",
              required: true,
              options: data.people.map((p) => ({ value: p.id, label: p.label })),
              placeholder: "Bitte wählen",
            },
            {
              kind: "select",
              name: "seatCategoryId",
              label: "Sitzkategorie",
              required: true,
              options: data.categories.map((c) => ({ value: c.id, label: c.name })),
              placeholder: "Bitte wählen",
            },
            {
              kind: "select",
              name: "function",
              label: "Funktion",
              required: true,
              defaultValue: "MEMBER",
              options: Object.entries(FUNCTION_LABEL).map(([value, label]) => ({ value, label })),
            },
            { kind: "checkbox", name: "hasVote", label: "stimmberechtigt", defaultChecked: true },
            { kind: "date", name: "startsOn", label: "Beginn", required: true, defaultValue: today },
            { kind: "date", name: "endsOn", label: "Ende der Amtszeit", hint: "Leer lassen, wenn nicht befristet." },
            {
              kind: "select",
              name: "deputyOfId",
              label: "Stellvertretung für",
              options: data.principals.map((p) => ({ value: p.id, label: p.label })),
              placeholder: "— keine, ordentliches Mitglied —",
            },
          ]}
        />
      </section>

      <section aria-labelledby="verlauf" className="mt-10">
        <SectionHeading id="verlauf">Verlauf</SectionHeading>
        {data.history.length === 0 ? (
          <p className="mt-2">Keine beendeten oder künftigen Mitgliedschaften.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6 text-sm">
            {data.history.map((m) => (
              <li key={m.id}>
                {m.personName} ({m.seatCategory.name}):{" "}
                {m.endedAt
                  ? `${dateFormat.format(m.startsOn)} bis ${dateFormat.format(m.endedAt)}`
                  : `beginnt am ${dateFormat.format(m.startsOn)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
