import { z } from "zod";
import { ValidationError } from "@/lib/core/errors.ts";
import { isStorableInstant } from "@/lib/core/validation/instant.ts";
import { isSlug } from "@/lib/core/validation/slug.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** The query of an OParl object list (OParl 1.1, "Objektlisten und Paginierung"). */
export interface ListQuery {
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
  omitInternal: boolean;
  limit: number;
  after: { modified: Date; id: string } | null;
}

export const DEFAULT_LIMIT = 100;
/** Larger pages would tie up the server for one client (1,000 meetings: 2.4 MB, ~0.3 s). */
export const MAX_LIMIT = 250;

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const instant = (name: string) =>
  z
    .string()
    .refine((v) => ISO.test(v) && isStorableInstant(new Date(v)), {
      error: `${name} ist ein Zeitpunkt nach ISO 8601, z. B. 2026-11-01T08:00:00+01:00.`,
    })
    .transform((v) => new Date(v))
    .optional();

const schema = z.object({
  created_since: instant("created_since"),
  created_until: instant("created_until"),
  modified_since: instant("modified_since"),
  modified_until: instant("modified_until"),
  omit_internal: z.string().optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: `limit ist eine ganze Zahl von 1 bis ${MAX_LIMIT}.` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_LIMIT, { error: `limit ist eine ganze Zahl von 1 bis ${MAX_LIMIT}.` })
    .optional(),
  after: z.string().max(200).optional(),
});

export function encodeCursor(modified: Date, id: string): string {
  return Buffer.from(JSON.stringify([modified.toISOString(), id])).toString("base64url");
}

const badCursor = () =>
  new ValidationError(
    { after: ["Der Wert von after stammt nicht aus einem next-Link dieser Liste."] },
    "Ungültige Anfrage.",
  );

function decodeCursor(value: string): { modified: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const modified = new Date(at);
    // the ids a list is ordered by: UUIDs of rows, and the slugs of regions (the body list) and
    // of institutions (institution-<hash>), lists built in memory
    if (typeof at !== "string" || !isStorableInstant(modified) || !(isUuid(id) || isSlug(id)))
      throw new Error("bad cursor");
    return { modified, id };
  } catch {
    throw badCursor();
  }
}

export function parseListQuery(search: URLSearchParams): ListQuery {
  const parsed = schema.safeParse(Object.fromEntries(search));
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
    throw new ValidationError(fields, "Ungültige Anfrage.");
  }
  const q = parsed.data;
  return {
    createdSince: q.created_since,
    createdUntil: q.created_until,
    modifiedSince: q.modified_since,
    modifiedUntil: q.modified_until,
    omitInternal: q.omit_internal !== undefined,
    limit: q.limit ?? DEFAULT_LIMIT,
    after: q.after ? decodeCursor(q.after) : null,
  };
}

/** Prisma conditions of a list query on a table with createdAt, updatedAt and id. */
export function listWhere(q: ListQuery) {
  const and: object[] = [];
  if (q.createdSince) and.push({ createdAt: { gte: q.createdSince } });
  if (q.createdUntil) and.push({ createdAt: { lte: q.createdUntil } });
  if (q.modifiedSince) and.push({ updatedAt: { gte: q.modifiedSince } });
  if (q.modifiedUntil) and.push({ updatedAt: { lte: q.modifiedUntil } });
  if (q.after) {
    // Lists read from the database are ordered by UUIDs; another id cannot come from their next link.
    if (!isUuid(q.after.id)) throw badCursor();
    and.push({
      OR: [{ updatedAt: { gt: q.after.modified } }, { updatedAt: q.after.modified, id: { gt: q.after.id } }],
    });
  }
  return { AND: and };
}

export const LIST_ORDER = [{ updatedAt: "asc" as const }, { id: "asc" as const }];

/** The same conditions and order for lists built in memory (derived objects). */
export function pageInMemory<T extends { createdAt: Date; updatedAt: Date; id: string }>(
  items: T[],
  q: ListQuery,
): T[] {
  const t = (d: Date) => d.getTime();
  return items
    .filter(
      (i) =>
        (!q.createdSince || t(i.createdAt) >= t(q.createdSince)) &&
        (!q.createdUntil || t(i.createdAt) <= t(q.createdUntil)) &&
        (!q.modifiedSince || t(i.updatedAt) >= t(q.modifiedSince)) &&
        (!q.modifiedUntil || t(i.updatedAt) <= t(q.modifiedUntil)) &&
        (!q.after ||
          t(i.updatedAt) > t(q.after.modified) ||
          (t(i.updatedAt) === t(q.after.modified) && i.id > q.after.id)),
    )
    .sort((a, b) => t(a.updatedAt) - t(b.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, q.limit + 1);
}
