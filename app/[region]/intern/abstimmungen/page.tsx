import type { Metadata } from "next";
import Link from "next/link";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { pollFields } from "@/components/voting/poll-fields";
import { getDoneNotice } from "@/lib/audit/get-done-notice";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { requireRegion } from "@/lib/tenancy/require-region";
import { METHOD_LABEL, POLL_STATUS_LABEL, SECRECY_LABEL } from "@/lib/voting/labels";
import { listPolls } from "@/lib/voting/list-polls";
import { createPollAction } from "./actions";

export const metadata: Metadata = { title: "Abstimmungen" };

type Props = { params: Promise<{ region: string }>; searchParams: Promise<{ erledigt?: string; top?: string }> };

export default async function PollsPage({ params, searchParams }: Props) {
  const { region: slug } = await params;
  const query = await searchParams;
  const context = await requireRegion(slug, "intern.view");
  const { actor } = context;
  const { polls, awaiting, bodies, canCreate, choices } = await listPolls(actor);
  const notice = await getDoneNotice(context.region.id, context.user.id, query.erledigt);
  const groups = [
    { key: "OPEN", title: "Laufende Abstimmungen" },
    { key: "DRAFT", title: "Entwürfe" },
    { key: "CLOSED", title: "Geschlossen, Ergebnis noch nicht bekanntgegeben" },
    { key: "PUBLISHED", title: "Abgeschlossen" },
  ] as const;
  return (
    <>
      <DoneNotice message={notice} />
      <h1 className="text-3xl font-bold text-brand-900">Abstimmungen</h1>
      <section aria-labelledby="warten" className="mt-6">
        <h2 id="warten" className="text-xl font-semibold text-brand-800">
          Ihre Stimme wird erwartet
        </h2>
        {awaiting.length === 0 ? (
          <p className="mt-2">Zurzeit wartet keine Abstimmung auf Ihre Stimme.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {awaiting.map((p) => (
              <li key={p.id}>
                <Link href={`/${slug}/intern/abstimmungen/${p.id}`} className="font-semibold text-brand-700 underline">
                  {p.title}
                </Link>{" "}
                – {p.body.name}
                {p.closesAt && (
                  <>
                    , bis <time dateTime={p.closesAt.toISOString()}>{berlinDateTime.format(p.closesAt)} Uhr</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {groups.map((group) => {
        const list = polls.filter((p) => p.status === group.key);
        if (list.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`gruppe-${group.key}`} className="mt-8">
            <h2 id={`gruppe-${group.key}`} className="text-xl font-semibold text-brand-800">
              {group.title}
            </h2>
            <ul className="mt-2 space-y-2">
              {list.map((p) => (
                <li key={p.id}>
                  <Link
                    href={`/${slug}/intern/abstimmungen/${p.id}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    {p.title}
                  </Link>
                  <span className="text-sm">
                    {" "}
                    – {p.body.name}, {METHOD_LABEL[p.method]}, {SECRECY_LABEL[p.secrecy]}, {POLL_STATUS_LABEL[p.status]}
                    {p.status === "OPEN" && p.closesAt && (
                      <>
                        , endet <time dateTime={p.closesAt.toISOString()}>{berlinDateTime.format(p.closesAt)} Uhr</time>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {canCreate && choices && (
        <section aria-labelledby="neu" className="mt-10 max-w-2xl">
          <h2 id="neu" className="text-xl font-semibold text-brand-800">
            Neue Abstimmung vorbereiten
          </h2>
          <p className="mt-1 text-sm">
            Sie legen einen Entwurf an. Erst beim Eröffnen werden die Stimmberechtigten festgestellt; danach bleiben
            Regeln und Optionen unverändert.
          </p>
          <ActionForm
            id="neue-abstimmung"
            className="mt-4"
            labelledBy="neu"
            action={createPollAction.bind(null, slug)}
            submitLabel="Entwurf speichern"
            fields={pollFields({ bodies, items: choices.items, fields: choices.fields, agendaItemId: query.top })}
          />
        </section>
      )}
    </>
  );
}
