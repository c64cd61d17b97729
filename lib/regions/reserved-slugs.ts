import { isSlug } from "@/lib/core/validation/slug.ts";

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

export function isValidRegionSlug(slug: string): boolean {
  return isSlug(slug) && !RESERVED_SLUGS.has(slug);
}
