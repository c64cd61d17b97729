// The portal's public address, from NEXTAUTH_URL (npm start sets it; production sets it to the
// https:// address). The one source for absolute links in e-mails, feeds, sitemaps and metadata:
// never the request's Host header, which a client can set.
const FALLBACK = "http://localhost:3000";

/** The portal's public origin, without a trailing slash. */
export function origin(): string {
  return (process.env.NEXTAUTH_URL ?? FALLBACK).replace(/\/$/, "");
}

/** An absolute link to a path of the portal ("/kreis-mettmann/intern" → "https://…/kreis-mettmann/intern"). */
export function portalUrl(path: string): string {
  return new URL(path, `${origin()}/`).toString();
}
