import Link from "next/link";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { publicRead } from "@/lib/public-cache/public-read";
import { regionPage } from "@/lib/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";
import { getRegionHome } from "@/lib/regions/get-region-home";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = regionPage(async (region) => ({
  home: await publicRead(region, "home", () => getRegionHome(region.id)),
}));

type Data = { region: RegionSummary; home: Awaited<ReturnType<typeof getRegionHome>> };

export default publicView<Data>(function RegionHomePage({ user, region, home: { bodies, fieldsOfAction } }) {
  return (
    <PublicFrame
      user={user}
      head={{ title: `Bildungsnetzwerk ${region.name}`, description: region.about.slice(0, 160) }}
      region={region}
    >
      <p className="text-sm text-muted">{region.governmentDistrict.name}</p>
      <h1 className="text-3xl font-bold text-brand-900">Bildungsnetzwerk {region.name}</h1>
      {region.about && <p className="mt-4 max-w-3xl text-lg">{region.about}</p>}
      <p className="mt-4">
        <Link href={`/${region.slug}/angebote`} className="font-semibold text-brand-700 underline">
          Bildungsangebote suchen
        </Link>
      </p>
      <p className="mt-2">
        <Link href={`/${region.slug}/termine`} className="font-semibold text-brand-700 underline">
          Termine: öffentliche Sitzungen
        </Link>
      </p>

      <section aria-labelledby="gremien" className="mt-10">
        <h2 id="gremien" className="text-2xl font-semibold text-brand-800">
          Gremien
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {bodies.map((body) => (
            <li key={body.id} className="rounded border border-brand-100 bg-brand-50 p-4">
              <h3 className="text-lg font-semibold">
                <Link
                  href={`/${region.slug}/gremien/${body.slug}`}
                  className="text-brand-700 underline hover:text-brand-900"
                >
                  {body.name}
                </Link>
              </h3>
              {body.description && <p className="mt-2 text-sm">{body.description}</p>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="handlungsfelder" className="mt-10">
        <h2 id="handlungsfelder" className="text-2xl font-semibold text-brand-800">
          Handlungsfelder
        </h2>
        {fieldsOfAction.length === 0 ? (
          <p className="mt-4">Für diese Region sind noch keine Handlungsfelder eingetragen.</p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {fieldsOfAction.map((field) => (
              <li key={field.id}>
                <h3 className="font-semibold">
                  <Link href={`/${region.slug}/handlungsfelder/${field.slug}`} className="text-brand-700 underline">
                    {field.name}
                  </Link>
                </h3>
                {field.description && <p className="text-sm text-muted">{field.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kontakt" className="mt-10">
        <h2 id="kontakt" className="text-2xl font-semibold text-brand-800">
          Kontakt
        </h2>
        <address className="mt-4 not-italic leading-relaxed">
          {region.contactName && <strong className="block">{region.contactName}</strong>}
          {region.contactAddress && <span className="block">{region.contactAddress}</span>}
          {region.contactPhone && <span className="block">Telefon: {region.contactPhone}</span>}
          {region.contactEmail && (
            <span className="block">
              E-Mail:{" "}
              <a href={`mailto:${region.contactEmail}`} className="text-brand-700 underline">
                {region.contactEmail}
              </a>
            </span>
          )}
          {region.website && (
            <span className="block">
              Website:{" "}
              <a href={region.website} className="text-brand-700 underline" rel="noopener">
                {region.website.replace(/^https?:\/\//, "")}
              </a>
            </span>
          )}
        </address>
      </section>
    </PublicFrame>
  );
});
