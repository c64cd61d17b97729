import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/core/errors.ts";
import { getDocumentForDownload } from "../../lib/documents/get-document.ts";
import { attachSignedAgreement } from "../../lib/governance/attach-signed-agreement.ts";
import { saveAgreement } from "../../lib/governance/save-agreement.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

// Finding 9 of issue 19, every upload path: the stored name loses bidi/zero-width characters
// and takes the extension of the type found in the bytes, not the one the user typed.

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "bn-finding-9-"));

let regions: Awaited<ReturnType<typeof twoRegions>>;
let office: Actor;
let foreignOffice: Actor;

beforeAll(async () => {
  regions = await twoRegions();
  office = await actorFor(regions.a.region.id, regions.a.user.id);
  foreignOffice = await actorFor(regions.b.region.id, regions.b.user.id);
});

describe("finding 9: an upload's name follows its sniffed type", () => {
  it("agenda document: poly.html with PDF bytes is stored and served as poly.pdf; the title loses bidi marks", async () => {
    const meeting = await createMeeting(office, {
      bodyId: regions.a.steering.id,
      title: "Sitzung",
      startsAt: daysFromNow(10),
      location: "Raum 2",
    });
    const item = await addAgendaItem(office, { meetingId: meeting.id, version: "1", title: "TOP", kind: "DISCUSSION" });
    const document = await attachAgendaDocument(
      office,
      item.id,
      "\u202eBericht\u200b 2027",
      new File(["%PDF-1.5 <html><script>alert(1)</script>"], "poly.html"),
    );
    expect(document).toMatchObject({ fileName: "poly.pdf", mimeType: "application/pdf", title: "Bericht 2027" });
    expect((await getDocumentForDownload(office, document.id)).document.fileName).toBe("poly.pdf");
    const untitled = await attachAgendaDocument(office, item.id, "", new File(["%PDF-1.5"], "\u202efdp.exe"));
    expect(untitled).toMatchObject({ fileName: "fdp.pdf", title: "fdp.pdf" });
  });

  it("signed agreement: the PDF keeps a .pdf name whatever it was called", async () => {
    const input = {
      signedOn: "2009-03-16",
      parties: "Land NRW und Kreis",
      isOpenEnded: "on",
      endsOn: "",
      landPosts: "1",
      communalPosts: "1",
      supplements: "",
    };
    await saveAgreement(office, input);
    const document = await attachSignedAgreement(office, new File(["%PDF-1.4 Vertrag"], "vertrag\u2066.html\u2069"));
    expect(document.fileName).toBe("vertrag.pdf");
    await expect(getDocumentForDownload(foreignOffice, document.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
