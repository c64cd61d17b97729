import { beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument, setDocumentPublic } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { publicSitzungsmappePdf, sitzungsmappePdf } from "../../lib/meetings/sitzungsmappe.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

// Attack on the Sitzungsmappe: attachments that are PDFs only by their first bytes. Each must be
// listed as unreadable; the Sitzungsmappe (internal and public) must still be delivered.

/** A PDF of the given objects (1 0 obj is the catalogue) with a correct cross-reference table. */
function pdfOf(objects: string[]): Buffer {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const HOSTILE: Record<string, Buffer> = {
  // pdf-lib loads it and counts one page, but copying the page recurses without end.
  "Seite ist ihr eigener Elternknoten": pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
  ]),
  "Seitenbaum im Kreis über Parent": pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ]),
  "Seitenbaum im Kreis über Kids": pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
  ]),
  "Nur Kopfzeile": Buffer.from("%PDF-1.7\n"),
  Verschlüsselt: Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 3 0 R >>\n%%EOF\n",
  ),
};

let lead: Actor;
let regionId: string;
let meetingId: string;

beforeAll(async () => {
  const regions = await twoRegions();
  regionId = regions.a.region.id;
  lead = await actorFor(regionId, regions.a.user.id);
  meetingId = (
    await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Sitzung mit kaputten Anlagen",
      startsAt: daysFromNow(10, "15:00"),
      location: "Kreishaus",
      isPublic: "on",
    })
  ).id;
  const top = await addAgendaItem(lead, {
    meetingId,
    version: "1",
    title: "Anlagen",
    kind: "DISCUSSION",
    isPublic: "on",
  });
  for (const [title, bytes] of Object.entries(HOSTILE)) {
    const document = await attachAgendaDocument(lead, top.id, title, new File([new Uint8Array(bytes)], "anlage.pdf"));
    await setDocumentPublic(lead, { documentId: document.id, isPublic: "on" });
  }
});

async function textOf(pdf: Uint8Array) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("attack2: hostile PDF attachments in the Sitzungsmappe", () => {
  it("a PDF whose page tree loops (page is its own parent) is listed as unreadable, internal and public", async () => {
    const internal = await sitzungsmappePdf(lead, meetingId);
    const published = await publicSitzungsmappePdf(regionId, meetingId);
    expect(published).not.toBeNull();
    for (const { pdf } of [internal, published!]) {
      const text = await textOf(pdf);
      for (const title of Object.keys(HOSTILE)) expect(text).toContain(`${title} – anlage.pdf: PDF nicht lesbar`);
    }
  });
});
