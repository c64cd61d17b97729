import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { getPublicBody } from "@/lib/governance/get-public-body";
import { FUNCTION_LABEL } from "@/lib/governance/labels";
import { listPublicMeetings } from "@/lib/meetings/list-public-meetings";
import { PublicMeetings } from "@/components/meetings/public-meetings";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { param, regionPage, type PageContext } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

async function load(region: RegionSummary, context: PageContext) {
  const data = await getPublicBody(region.id, param(context, "body"));
  if (!data) return null;
  return { ...data, meetings: await listPublicMeetings(region.id, data.body.id) };
}
export const getServerSideProps = regionPage(load);

type Data = NonNullable<Awaited<ReturnType<typeof load>>> & { region: RegionSummary };

export default publicView<Data>(function PublicBodyPage({ user, region, body, groups, meetings }) {
  return (
    <PublicFrame user={user} head={{ title: `${body.name} – ${region.name}` }} region={region}>
      <p className="text-sm">
        <TextLink href={`/${region.slug}`}>Bildungsnetzwerk {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">{body.name}</PageTitle>
      {body.description && <p className="mt-3 max-w-3xl text-lg">{body.description}</p>}
      <section aria-labelledby="zusammensetzung" className="mt-8">
        <SectionHeading id="zusammensetzung">Zusammensetzung</SectionHeading>
        {groups.length === 0 ? (
          <p className="mt-3">Die Zusammensetzung ist noch nicht veröffentlicht.</p>
        ) : (
          groups.map((group) => (
            <section key={group.category} aria-label={group.category} className="mt-5">
              <SectionHeading level={3}>
                {group.category}
                {group.isAdvisory ? " (beratend)" : ""}
              </SectionHeading>
              {group.members.length === 0 ? (
                <p className="text-muted">Derzeit nicht besetzt.</p>
              ) : (
                <ul className="mt-1 list-disc pl-6">
                  {group.members.map((m) => (
                    <li key={m.id}>
                      {m.name}
                      {m.organisation ? `, ${m.organisation}` : ""}
                      {m.function === "CHAIR" || m.function === "VICE_CHAIR" ? ` – ${FUNCTION_LABEL[m.function]}` : ""}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))
        )}
      </section>
      <section aria-labelledby="sitzungen" className="mt-10">
        <SectionHeading id="sitzungen">Öffentliche Sitzungen</SectionHeading>
        <SectionHeading level={3} className="mt-4">
          Kommende
        </SectionHeading>
        <PublicMeetings
          meetings={meetings.upcoming}
          regionSlug={region.slug}
          empty="Derzeit sind keine öffentlichen Sitzungen geplant."
        />
        <SectionHeading level={3} className="mt-6">
          Vergangene
        </SectionHeading>
        <PublicMeetings
          meetings={meetings.past}
          regionSlug={region.slug}
          empty="Noch keine vergangenen öffentlichen Sitzungen."
        />
      </section>
    </PublicFrame>
  );
});
