// The list source of every OParl segment of a Body; each source lives in the file of its OParl type.
import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { agendaItems } from "./agenda-item.ts";
import { consultations } from "./consultation.ts";
import { files } from "./file.ts";
import { legislativeTerms } from "./legislative-term.ts";
import type { ListQuery } from "./list-query.ts";
import { locations } from "./location.ts";
import { meetings } from "./meeting.ts";
import { memberships } from "./membership.ts";
import type { BodyContext, Entry, Segment } from "./object-helpers.ts";
import { organizations } from "./organization.ts";
import { papers } from "./paper.ts";
import { people } from "./person.ts";

/**
 * Every list of a Body: loads a page (q) or one object (id) of the region.
 *
 * What may appear is decided once, in the file of each OParl type: public meetings and TOPs,
 * public decisions and recommendations, public documents, and people only with their consent
 * to publication (their e-mail address only with a consent of its own). Whatever was public
 * once and is no longer appears as a tombstone (`deleted: true`, no content), so that mirrors
 * remove it; whatever was never public never appears at all.
 */
export const SOURCES: Record<Segment, (tx: Tx, c: BodyContext, q: ListQuery | null, id?: string) => Promise<Entry[]>> =
  {
    organization: organizations,
    person: people,
    membership: memberships,
    meeting: meetings,
    "agenda-item": agendaItems,
    paper: papers,
    consultation: consultations,
    file: files,
    location: locations,
    "legislative-term": legislativeTerms,
  };
