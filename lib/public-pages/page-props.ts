import "@/lib/server-only.ts";
import type { GetServerSideProps, GetServerSidePropsContext } from "next";
import { serialize } from "superjson";
import { getRequestUser } from "@/lib/auth/request-user.ts";
import { findRegionBySlug, type RegionSummary } from "@/lib/regions/find-region-by-slug.ts";
import { listUserRegions } from "@/lib/tenancy/region-access.ts";
import type { FrameUser } from "@/components/page-frame";
import type { PublicPageProps } from "@/components/public/public-page";

export type PageContext = GetServerSidePropsContext<Record<string, string | string[]>>;

/** The header's user (name, internal areas) from the session cookie; null for visitors. */
async function frameUser(context: PageContext): Promise<FrameUser | null> {
  const user = await getRequestUser(context.req.cookies);
  if (!user) return null;
  return { name: user.name, platformRole: user.platformRole, regions: await listUserRegions(user.id) };
}

/**
 * `getServerSideProps` of a public page (Pages Router, no JavaScript in the browser): loads
 * the page's data and the header's user; `null` answers 404. The data may hold dates and
 * other values JSON has no type for: superjson keeps them (the props never leave the
 * server — without runtime JavaScript there is no __NEXT_DATA__ — but Next checks them).
 */
export function publicPage<D>(load: (context: PageContext) => Promise<D | null>): GetServerSideProps<PublicPageProps> {
  return async (context) => {
    const [data, user] = await Promise.all([load(context as PageContext), frameUser(context as PageContext)]);
    if (data === null) return { notFound: true };
    return { props: { page: serialize({ ...data, user }) } };
  };
}

/** The same for a page of one region: unknown slug → 404. */
export function regionPage<D>(load: (region: RegionSummary, context: PageContext) => Promise<D | null>): GetServerSideProps<PublicPageProps> {
  return publicPage(async (context) => {
    const slug = context.params?.region;
    const region = typeof slug === "string" ? await findRegionBySlug(slug) : null;
    if (!region) return null;
    const data = await load(region, context);
    return data === null ? null : { region, ...data };
  });
}

/** One value of a route parameter or query parameter. */
export function param(context: PageContext, name: string): string {
  const value = context.params?.[name];
  return typeof value === "string" ? value : "";
}
