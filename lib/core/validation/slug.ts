// The short names the portal makes for URLs (/bielefeld/gremien/lenkungskreis, Handlungsfelder,
// regions): lower-case letters, digits and inner hyphens. One pattern for all of them, checked
// before a query, so a NUL byte or any other stray character answers 404 instead of a database
// error (PostgreSQL refuses NUL in text).
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && SLUG_PATTERN.test(value);
}
