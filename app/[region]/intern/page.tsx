import type { Metadata } from "next";
import Link from "next/link";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { FUNCTION_LABEL } from "@/lib/governance/labels";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireRegion } from "@/lib/tenancy/require-region";
import { berlinDate as dateOnly, berlinDateTime as dateFormat } from "@/lib/format/berlin-dates";

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
      <h1 className="text-3xl font-bold text-brand-900">Guten Tag, {context.user.name}</h1>
      <p className="mt-3">
        Ihre Rolle{context.roles.length > 1 ? "n" : ""}:{" "}
        <strong>{context.roles.map((role) => ROLE_LABELS[role]).join(", ")}</strong>
      </p>

      {polls.length > 0 && (
        <section aria-labelledby="offene-abstimmungen" className="mt-8 rounded border-2 border-brand-700 p-4">
          <h2 id="offene-abstimmungen" className="text-2xl font-semibold text-brand-800">
            Ihre Stimme wird erwartet
          </h2>
          <ul className="mt-2 space-y-2">
            {polls.map((p) => (
              <li key={p.id}>
                <Link href={`/${slug}/intern/abstimmungen/${p.id}`} className="font-semibold text-brand-700 underline">
                  {p.title}
                </Link>{" "}
                – {p.body.name}
                {p.closesAt && (
                  <>
                    , bis <time dateTime={p.closesAt.toISOString()}>{dateFormat.format(p.closesAt)} Uhr</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="meine-gremien" className="mt-8">
        <h2 id="meine-gremien" className="text-2xl font-semibold text-brand-800">
          Meine Gremien
        </h2>
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
          <h2 id="offene-auftraege" className="text-2xl font-semibold text-brand-800">
            Offene Aufträge
          </h2>
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
          <h2 id="protokolle" className="text-2xl font-semibold text-brand-800">
            Protokolle zur Genehmigung
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {minutesToApprove.map((m) => (
              <li key={m.id}>
                <Link href={`/${slug}/intern/sitzungen/${m.meeting.id}/protokoll`} className="text-brand-700 underline">
                  {m.meeting.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="gremien-check" className="mt-8">
        <h2 id="gremien-check" className="text-2xl font-semibold text-brand-800">
          Zusammensetzung der Gremien
        </h2>
        <ul className="mt-3 space-y-3">
          {composition.map((body) => (
            <li key={body.id} className="rounded border border-brand-100 p-3">
              <strong className="block">
                {context.can("memberships.manage") ? (
                  <Link href={`/${slug}/intern/verwaltung/gremien/${body.slug}`} className="text-brand-700 underline">
                    {body.name}
                  </Link>
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
        <h2 id="naechste-sitzungen" className="text-2xl font-semibold text-brand-800">
          Nächste Sitzungen
        </h2>
        {meetings.length === 0 ? (
          <p className="mt-3">Keine anstehenden Sitzungen.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="rounded border border-brand-100 p-3">
                <Link
                  href={`/${slug}/intern/sitzungen/${meeting.id}`}
                  className="block font-semibold text-brand-700 underline"
                >
                  {meeting.title}
                </Link>
                <span className="block text-sm">
                  {meeting.body.name} ·{" "}
                  <time dateTime={meeting.startsAt.toISOString()}>{dateFormat.format(meeting.startsAt)} Uhr</time>
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
