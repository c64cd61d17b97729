// Top-level path segments of the portal: never a region slug.
export const RESERVED_SLUGS = new Set([
  "api",
  "anmelden",
  "abmelden",
  "angebote",
  "admin",
  "aufsicht",
  "_next",
  "static",
  "public",
  "intern",
  "passwort-setzen",
  "impressum",
  "datenschutz",
  "barrierefreiheit",
  "sitemap.xml",
  "robots.txt",
  "favicon.ico",
]);

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isValidRegionSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);
}
