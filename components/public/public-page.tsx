import Head from "next/head";
import Link from "next/link";
import type { ReactElement, ReactNode } from "react";
import { deserialize } from "superjson";
import { NotFoundNotice } from "@/components/not-found-notice";
import { logoutClass, PageFrame } from "@/components/page-frame";
import { PageTitle } from "@/components/ui/page-title";
import { RegionLegalNav } from "@/components/region-legal-nav";
import type { FrameUser, PublicPageProps } from "@/lib/core/public-pages/page-types";
import { origin } from "@/lib/core/http/site-origin";

/** The view of a public page: gets the data its `getServerSideProps` loaded. */
export function publicView<D>(View: (data: D & { user: FrameUser | null }) => ReactElement) {
  return function PublicPage({ page }: PublicPageProps) {
    const data = deserialize<
      | (D & { user: FrameUser | null })
      | { notFound: true; user: FrameUser | null }
      | { unavailable: true; user: FrameUser | null }
    >(page);
    if ("unavailable" in data) {
      // the database could not be reached (status 503, see page-props.ts)
      return (
        <PublicFrame user={data.user} head={{ title: "Vorübergehend nicht erreichbar", noindex: true }}>
          <div className="max-w-2xl" role="alert">
            <PageTitle>Vorübergehend nicht erreichbar</PageTitle>
            <p className="mt-4 text-lg">
              Die Seite kann gerade nicht geladen werden, weil die Datenbank kurz nicht erreichbar ist. Bitte versuchen
              Sie es in einem Moment erneut.
            </p>
          </div>
        </PublicFrame>
      );
    }
    if ("notFound" in data) {
      return (
        <PublicFrame user={data.user} head={{ title: "Seite nicht gefunden", noindex: true }}>
          <NotFoundNotice />
        </PublicFrame>
      );
    }
    return <View {...data} />;
  };
}

const SITE = "Bildungsnetz NRW";
const DESCRIPTION = "Die Regionalen Bildungsnetzwerke in Nordrhein-Westfalen: Gremien, Termine und Bildungsangebote.";

export interface HeadData {
  title: string | null;
  description?: string;
  /** Path of the page, for og:url (made absolute with NEXTAUTH_URL). */
  openGraph?: { title: string; description?: string; siteName: string; path: string };
  noindex?: boolean;
}

/**
 * Frame of every public page: title ("… – Bildungsnetz NRW"), description, OpenGraph,
 * skip link, header, main, footer, and on a region's pages its legal links.
 */
export function PublicFrame({
  user,
  head,
  region,
  children,
}: {
  user: FrameUser | null;
  head: HeadData;
  region?: { slug: string; name: string };
  children: ReactNode;
}) {
  const og = head.openGraph;
  return (
    <>
      <Head>
        <title>{head.title ? `${head.title} – ${SITE}` : SITE}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={head.description || DESCRIPTION} />
        {head.noindex && <meta name="robots" content="noindex" />}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {og && <meta property="og:title" content={og.title} />}
        {og?.description && <meta property="og:description" content={og.description} />}
        {og && <meta property="og:url" content={`${origin()}${og.path}`} />}
        {og && <meta property="og:site_name" content={og.siteName} />}
        {og && <meta property="og:locale" content="de_DE" />}
        {og && <meta property="og:type" content="website" />}
      </Head>
      <PageFrame
        user={user}
        logout={
          <Link href="/abmelden" className={logoutClass}>
            Abmelden
          </Link>
        }
      >
        {children}
        {region && <RegionLegalNav region={region} />}
      </PageFrame>
    </>
  );
}
