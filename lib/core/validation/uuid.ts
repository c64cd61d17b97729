// One UUID pattern for every id that arrives in a URL, a form or a cursor. Checked before a
// query, so a malformed id answers 404 (or "not found") instead of a database cast error.
// Any version: PostgreSQL's gen_random_uuid() makes version 4, and nothing else makes ids.
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}
