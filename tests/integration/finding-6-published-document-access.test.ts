import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { getDocumentForDownload } from "../../lib/documents/get-document.ts";
import { getPublicDocument } from "../../lib/documents/get-public-document.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument, setDocumentPublic } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import type { RegionRoleName } from "../../lib/permissions.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

// Finding 6 of issue 19: the internal download route returned any published document without
// asking whether the member may see its meeting, so a conference member or partner of the same
// region could read the published document of a non-public steering meeting. Publishing stays
// possible ahead of time (the document goes public once TOP and meeting are public), but the
// internal route always checks the meeting and the public route needs all three public.

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "bn-finding-6-"));

let regions: Awaited<ReturnType<typeof twoRegions>>;
let office: Actor;

async function memberOf(role: RegionRoleName, bodyId?: string) {
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, async (tx) => {
    await grantRole(tx, regions.a.region.id, user.id, role);
    if (!bodyId) return;
    const person = await createPerson(tx, regions.a.region.id, { userId: user.id });
    await createMembership(tx, regions.a.region.id, {
      bodyId,
      personId: person.id,
      seatCategoryId: regions.a.category("kommune").id,
    });
  });
  return actorFor(regions.a.region.id, user.id);
}

async function publishedDocument(meetingIsPublic: boolean, itemIsPublic: boolean) {
  const meeting = await createMeeting(office, {
    bodyId: regions.a.steering.id,
    title: "Lenkungskreis, nicht öffentlich",
    startsAt: daysFromNow(21),
    location: "Kreishaus",
    isPublic: meetingIsPublic ? "on" : "",
  });
  const item = await addAgendaItem(office, {
    meetingId: meeting.id,
    version: "1",
    title: "Personalfragen",
    kind: "DISCUSSION",
    isPublic: itemIsPublic ? "on" : "",
  });
  const document = await attachAgendaDocument(office, item.id, "Vertraulich", new File(["%PDF-1.5 intern"], "v.pdf"));
  const published = await setDocumentPublic(office, { documentId: document.id, isPublic: "on" });
  return { meeting, document, published };
}

beforeAll(async () => {
  regions = await twoRegions();
  office = await actorFor(regions.a.region.id, regions.a.user.id);
});

describe("finding 6: a published document is only readable by who may see its meeting", () => {
  it("members who may not see the non-public steering meeting get not found from the internal route", async () => {
    const { document, published } = await publishedDocument(false, true);
    expect(published.isPublic).toBe(true);

    const steering = await memberOf("STEERING_MEMBER", regions.a.steering.id);
    expect((await getDocumentForDownload(steering, document.id)).bytes.toString()).toBe("%PDF-1.5 intern");
    const conference = await memberOf("CONFERENCE_MEMBER", regions.a.conference.id);
    await expect(getDocumentForDownload(conference, document.id)).rejects.toBeInstanceOf(NotFoundError);
    const partner = await memberOf("PARTNER");
    await expect(getDocumentForDownload(partner, document.id)).rejects.toBeInstanceOf(NotFoundError);
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(getDocumentForDownload(foreign, document.id)).rejects.toBeInstanceOf(NotFoundError);

    expect(await getPublicDocument(regions.a.region.id, document.id)).toBeNull();
    expect(published.isVisibleToAnyone).toBe(false); // the office is told it is not public yet
  });

  it("the public route serves only while document, TOP and meeting are all public", async () => {
    const hiddenItem = await publishedDocument(true, false);
    expect(hiddenItem.published.isVisibleToAnyone).toBe(false);
    expect(await getPublicDocument(regions.a.region.id, hiddenItem.document.id)).toBeNull();

    const open = await publishedDocument(true, true);
    expect(open.published.isVisibleToAnyone).toBe(true);
    expect((await getPublicDocument(regions.a.region.id, open.document.id))?.bytes.toString()).toBe("%PDF-1.5 intern");
    expect(await getPublicDocument(regions.b.region.id, open.document.id)).toBeNull();
  });
});
