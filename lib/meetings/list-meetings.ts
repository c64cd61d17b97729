import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { readableBodyIds } from "./access.ts";

const STATUSES = ["PLANNED", "INVITED", "HELD", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];

export interface MeetingFilters {
  bodyId: string;
  year: string;
  status: Status | "";
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The list's filters from a query string: anything unknown or malformed means "all". */
export function parseMeetingFilters(query: Record<string, unknown>): MeetingFilters {
  const bodyId = first(query.gremium);
  const year = first(query.jahr);
  const status = first(query.status);
  return {
    bodyId: isUuid(bodyId) ? bodyId.toLowerCase() : "",
    year: typeof year === "string" && /^\d{4}$/.test(year) ? year : "",
    status: STATUSES.includes(status as Status) ? (status as Status) : "",
  };
}

const berlinYear = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric" });

/**
 * Upcoming and past meetings the actor may see, newest past first, optionally only of one
 * body, one year (Berlin time) and one status. Also the bodies and years the filter offers.
 */
export async function listMeetings(actor: Actor, filters: MeetingFilters = { bodyId: "", year: "", status: "" }) {
  return withRegion(actor.regionId, async (tx) => {
    const bodies = await readableBodyIds(tx, actor);
    const rows = await tx.meeting.findMany({
      where: { regionId: actor.regionId, deletedAt: null, ...(bodies === "all" ? {} : { bodyId: { in: bodies } }) },
      include: {
        body: { select: { name: true } },
        _count: { select: { agendaItems: { where: { deletedAt: null } } } },
      },
      orderBy: { startsAt: "asc" },
    });
    const yearOf = (m: { startsAt: Date }) => berlinYear.format(m.startsAt);
    const shown = rows.filter(
      (m) =>
        (!filters.bodyId || m.bodyId === filters.bodyId) &&
        (!filters.year || yearOf(m) === filters.year) &&
        (!filters.status || m.status === filters.status),
    );
    const now = Date.now();
    const bodiesForForm = await tx.body.findMany({
      where: { regionId: actor.regionId },
      select: { id: true, name: true, kind: true },
    });
    const visibleBodyIds = new Set(rows.map((m) => m.bodyId));
    return {
      upcoming: shown.filter((m) => m.startsAt.getTime() >= now),
      past: shown.filter((m) => m.startsAt.getTime() < now).reverse(),
      bodies: bodiesForForm.sort((a, b) => a.name.localeCompare(b.name, "de")),
      filterBodies: bodiesForForm.filter((b) => bodies === "all" || visibleBodyIds.has(b.id) || bodies.includes(b.id)),
      years: [...new Set(rows.map(yearOf))].sort().reverse(),
      isFiltered: Boolean(filters.bodyId || filters.year || filters.status),
    };
  });
}
