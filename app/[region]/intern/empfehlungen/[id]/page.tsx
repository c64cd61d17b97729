import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { DoneNotice } from "@/components/done-notice";
import { ChainView } from "@/components/recommendations/chain-view";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate, berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import { getChain } from "@/lib/recommendations/get-chain";
import { getRecommendation } from "@/lib/recommendations/recommendations";
import { requireRegion } from "@/lib/tenancy/require-region";
import { forwardRecommendationAction } from "../actions";

export const metadata: Metadata = { title: "Empfehlung" };

export default async function RecommendationPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; id: string }>;
  searchParams: Promise<{ erledigt?: string }>;
}) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern/empfehlungen/${id}`);
  const { actor } = context;
  const { recommendation: r, meetings } = await orNotFound(getRecommendation(actor, id));
  const chain = await orNotFound(getChain(actor, { kind: "recommendation", id }));
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);
  const pending = chain.hearings.some(
    (h) => !h.deleted && !chain.decisions.some((d) => d.meeting?.id === h.meeting.id),
  );
  return (
    <>
      <DoneNotice message={notice} />
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/empfehlungen`}>Alle Empfehlungen</TextLink>
      </p>
      <PageTitle className="mt-1">{r.title}</PageTitle>
      <p className="mt-1 text-muted">
        Empfehlung der {r.body.name} · Handlungsfeld{" "}
        <TextLink href={`/${slug}/intern/handlungsfelder/${r.fieldOfAction.slug}`}>{r.fieldOfAction.name}</TextLink>
        {r.forum && <> · {r.forum}</>} · eingebracht am {berlinDate.format(r.createdAt)}
        {r.isPublic ? "" : " · nicht öffentlich"}
      </p>
      <p className="mt-4 max-w-3xl whitespace-pre-line wrap-anywhere">{r.text}</p>
      <ChainView chain={chain} slug={slug} />
      {context.can("recommendations.manage") && r.status !== "DECIDED" && !pending && (
        <section aria-labelledby="weiterleiten" className="mt-8 max-w-2xl">
          <SectionHeading size="medium" id="weiterleiten">
            An den Lenkungskreis weiterleiten
          </SectionHeading>
          {meetings.length === 0 ? (
            <p className="mt-2">
              Es ist keine Sitzung des Lenkungskreises geplant.{" "}
              <TextLink href={`/${slug}/intern/sitzungen`}>Sitzung planen</TextLink>
            </p>
          ) : (
            <ActionForm
              id="weiterleiten-form"
              labelledBy="weiterleiten"
              className="mt-3"
              action={forwardRecommendationAction.bind(null, slug)}
              submitLabel="Als Beschluss-TOP auf die Tagesordnung setzen"
              fields={[
                { kind: "hidden", name: "recommendationId", value: r.id },
                {
                  kind: "select",
                  name: "meetingId",
                  label: "Sitzung des Lenkungskreises",
                  required: true,
                  placeholder: "Bitte wählen",
                  options: meetings.map((m) => ({
                    value: m.id,
                    label: `${m.title} (${berlinDateTimeShort.format(m.startsAt)} Uhr)`,
                  })),
                },
              ]}
            />
          )}
        </section>
      )}
    </>
  );
}
