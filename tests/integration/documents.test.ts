import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { getDocumentForDownload } from "../../lib/documents/get-document.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { getMeeting } from "../../lib/meetings/get-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { daysFromNow } from "../support/clock.ts";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "bn-docs-"));

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let itemId: string;
let meetingId: string;

async function memberOf(bodyId: string, role: "STEERING_MEMBER" | "CONFERENCE_MEMBER") {
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, async (tx) => {
    await grantRole(tx, regions.a.region.id, user.id, role);
    const person = await createPerson(tx, regions.a.region.id, { userId: user.id });
    await createMembership(tx, regions.a.region.id, {
      bodyId,
      personId: person.id,
      seatCategoryId: regions.a.category("kommune").id,
    });
  });
  return actorFor(regions.a.region.id, user.id);
}

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  const meeting = await createMeeting(lead, {
    bodyId: regions.a.steering.id,
    title: "Sitzung",
    startsAt: daysFromNow(14),
    location: "Raum 1",
  });
  meetingId = meeting.id;
  itemId = (await addAgendaItem(lead, { meetingId, version: "1", title: "Haushalt", kind: "DISCUSSION" })).id;
});

describe("documents on agenda items", () => {
  it("attaches a PDF checked by content, lists it on the TOP, and refuses disguised files", async () => {
    await expect(attachAgendaDocument(lead, itemId, "", new File(["<html>"], "haushalt.pdf"))).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringContaining("nicht erlaubt")] },
    });
    await expect(attachAgendaDocument(lead, itemId, "", null)).rejects.toMatchObject({
      fieldErrors: { file: ["Bitte wählen Sie eine Datei."] },
    });
    const document = await attachAgendaDocument(
      lead,
      itemId,
      "Haushaltsentwurf 2027",
      new File(["%PDF-1.5 Haushalt"], "haushalt.pdf"),
    );
    expect(document).toMatchObject({ mimeType: "application/pdf", meetingId, agendaItemId: itemId, isPublic: false });
    const { agenda } = await getMeeting(lead, meetingId);
    expect(agenda[0]!.documents.map((d) => d.title)).toEqual(["Haushaltsentwurf 2027"]);
  });

  it("downloads only for who may see the meeting; other bodies and regions get not found", async () => {
    const [document] = (await getMeeting(lead, meetingId)).agenda[0]!.documents;
    const steering = await memberOf(regions.a.steering.id, "STEERING_MEMBER");
    expect((await getDocumentForDownload(steering, document!.id)).bytes.toString()).toBe("%PDF-1.5 Haushalt");
    const conference = await memberOf(regions.a.conference.id, "CONFERENCE_MEMBER");
    await expect(getDocumentForDownload(conference, document!.id)).rejects.toBeInstanceOf(NotFoundError);
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(getDocumentForDownload(foreign, document!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachAgendaDocument(foreign, itemId, "", new File(["%PDF-1.5"], "x.pdf"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
