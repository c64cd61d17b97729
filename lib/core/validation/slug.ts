// The short names of a Gremium or Handlungsfeld in a URL (/bielefeld/gremien/lenkungskreis):
// lower-case letters, digits and hyphens, as every slug the portal makes. Checked before a
// query, so a NUL byte or any other stray character answers 404 instead of a database error
// (PostgreSQL refuses NUL in text).
export const URL_SLUG_PATTERN = /^[a-z0-9-]{1,80}$/;

export function isUrlSlug(value: unknown): value is string {
  return typeof value === "string" && URL_SLUG_PATTERN.test(value);
}
