import { AwaitingPollList } from "@/components/voting/awaiting-poll-list";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { DateTime } from "@/components/ui/date-time";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { pollFields } from "@/components/voting/poll-fields";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
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
      <PageTitle>Abstimmungen</PageTitle>
      <section aria-labelledby="warten" className="mt-6">
        <SectionHeading size="medium" id="warten">
          Ihre Stimme wird erwartet
        </SectionHeading>
        {awaiting.length === 0 ? (
          <p className="mt-2">Zurzeit wartet keine Abstimmung auf Ihre Stimme.</p>
        ) : (
          <AwaitingPollList slug={slug} polls={awaiting} />
        )}
      </section>
      {polls.length === 0 && (
        <EmptyState next={canCreate && choices ? { href: "#neu", label: "Eine Abstimmung vorbereiten" } : null}>
          Noch keine Abstimmungen in Ihren Gremien.
        </EmptyState>
      )}
      {groups.map((group) => {
        const list = polls.filter((p) => p.status === group.key);
        if (list.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`gruppe-${group.key}`} className="mt-8">
            <SectionHeading size="medium" id={`gruppe-${group.key}`}>
              {group.title}
            </SectionHeading>
            <ul className="mt-2 space-y-2">
              {list.map((p) => (
                <li key={p.id}>
                  <TextLink strong href={`/${slug}/intern/abstimmungen/${p.id}`}>
                    {p.title}
                  </TextLink>
                  <span className="text-sm">
                    {" "}
                    – {p.body.name}, {METHOD_LABEL[p.method]}, {SECRECY_LABEL[p.secrecy]}, {POLL_STATUS_LABEL[p.status]}
                    {p.status === "OPEN" && p.closesAt && (
                      <>
                        , endet <DateTime value={p.closesAt} />
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
          <SectionHeading size="medium" id="neu">
            Neue Abstimmung vorbereiten
          </SectionHeading>
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
