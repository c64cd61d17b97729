import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { FUNCTION_LABEL } from "@/lib/governance/labels";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireRegion } from "@/lib/tenancy/require-region";
import { berlinDate as dateOnly } from "@/lib/core/format/berlin-dates";

export const metadata: Metadata = { title: "Übersicht" };

type Props = { params: Promise<{ region: string }> };

export default async function DashboardPage({ params }: Props) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern`);
  const { memberships, meetings, assignments, minutesToApprove, polls, composition } = await getDashboard(
    context.actor,
  );
  return (
    <>
      <p className="text-sm text-muted">Interner Bereich · {context.region.name}</p>
      <PageTitle>Guten Tag, {context.user.name}</PageTitle>
      <p className="mt-3">
        Ihre Rolle{context.roles.length > 1 ? "n" : ""}:{" "}
        <strong>{context.roles.map((role) => ROLE_LABELS[role]).join(", ")}</strong>
      </p>

      {polls.length > 0 && (
        <section aria-labelledby="offene-abstimmungen" className="mt-8 rounded border-2 border-brand-700 p-4">
          <SectionHeading id="offene-abstimmungen">Ihre Stimme wird erwartet</SectionHeading>
          <ul className="mt-2 space-y-2">
            {polls.map((p) => (
              <li key={p.id}>
                <TextLink strong href={`/${slug}/intern/abstimmungen/${p.id}`}>
                  {p.title}
                </TextLink>{" "}
                – {p.body.name}
                {p.closesAt && (
                  <>
                    , bis <DateTime value={p.closesAt} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="meine-gremien" className="mt-8">
        <SectionHeading id="meine-gremien">Meine Gremien</SectionHeading>
        {memberships.length === 0 ? (
          <p className="mt-3">Sie sind derzeit in keinem Gremium Mitglied.</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {memberships.map((m) => (
              <li key={m.id}>
                {m.body.name}: {FUNCTION_LABEL[m.function]} ({m.seatCategory.name}
                {m.hasVote ? ", stimmberechtigt" : ", ohne Stimmrecht"})
              </li>
            ))}
          </ul>
        )}
      </section>

      {context.can("assignments.read") && (
        <section aria-labelledby="offene-auftraege" className="mt-8">
          <SectionHeading id="offene-auftraege">Offene Aufträge</SectionHeading>
          {assignments.length === 0 ? (
            <p className="mt-3">Keine offenen Aufträge.</p>
          ) : (
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {assignments.map((a) => (
                <li key={a.id} className={a.overdue ? "font-semibold text-red-800" : ""}>
                  <Link href={`/${slug}/intern/auftraege`} className="underline">
                    {a.title}
                  </Link>
                  {a.dueOn && (
                    <>
                      {" "}
                      – Frist {dateOnly.format(a.dueOn)}
                      {a.overdue ? " (überfällig)" : ""}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {minutesToApprove.length > 0 && (
        <section aria-labelledby="protokolle" className="mt-8">
          <SectionHeading id="protokolle">Protokolle zur Genehmigung</SectionHeading>
          <ul className="mt-3 list-disc pl-6">
            {minutesToApprove.map((m) => (
              <li key={m.id}>
                <TextLink href={`/${slug}/intern/sitzungen/${m.meeting.id}/protokoll`}>{m.meeting.title}</TextLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="gremien-check" className="mt-8">
        <SectionHeading id="gremien-check">Zusammensetzung der Gremien</SectionHeading>
        <ul className="mt-3 space-y-3">
          {composition.map((body) => (
            <li key={body.id} className="rounded border border-brand-100 p-3">
              <strong className="block">
                {context.can("memberships.manage") ? (
                  <TextLink href={`/${slug}/intern/verwaltung/gremien/${body.slug}`}>{body.name}</TextLink>
                ) : (
                  body.name
                )}
                {": "}
                {!body.hasRules
                  ? "keine Sitzregeln im Vertrag"
                  : body.isComplete
                    ? "vollständig besetzt"
                    : "nicht vollständig besetzt"}
              </strong>
              {body.issues.length > 0 && (
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {body.issues.slice(0, 5).map((issue) => (
                    <li
                      key={`${issue.kind}-${issue.seatCategoryId}-${issue.membershipId ?? ""}`}
                      className={issue.severity === "error" ? "text-red-800" : "text-amber-900"}
                    >
                      {issue.message}
                    </li>
                  ))}
                  {body.issues.length > 5 && <li>… und {body.issues.length - 5} weitere Hinweise</li>}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="naechste-sitzungen" className="mt-8">
        <SectionHeading id="naechste-sitzungen">Nächste Sitzungen</SectionHeading>
        {meetings.length === 0 ? (
          <p className="mt-3">Keine anstehenden Sitzungen.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="rounded border border-brand-100 p-3">
                <TextLink strong href={`/${slug}/intern/sitzungen/${meeting.id}`} className="block">
                  {meeting.title}
                </TextLink>
                <span className="block text-sm">
                  {meeting.body.name} · <DateTime value={meeting.startsAt} />
                  {meeting.location && <> · {meeting.location}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
