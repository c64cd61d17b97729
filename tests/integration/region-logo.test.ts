import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { invitationPdf } from "../../lib/meetings/meeting-pdf.ts";
import { getRegionLogo, LOGO_TOO_LARGE, removeRegionLogo, saveRegionLogo } from "../../lib/regions/region-logo.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { pdfProblems } from "../support/pdf.ts";
import { twoRegions } from "../support/regions.ts";

const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Logo -->
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#06352a"/><stop offset="1" stop-color="#1f6f43"/></linearGradient></defs>
  <rect width="240" height="80" rx="12" fill="url(#g)"/><circle cx="40" cy="40" r="24" fill="#fff"/>
</svg>`;
const file = (content: string | Buffer, name: string) => new File([new Uint8Array(Buffer.from(content))], name);
/** The German message next to the file field when the upload is refused. */
const refused = async (f: File) => {
  const error = await saveRegionLogo(lead, f).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.file![0];
};
const imagesIn = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Subtype \/Image/g) ?? []).length;

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;
let member: Actor;
let meetingId: string;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, user.id, "STEERING_MEMBER"));
  member = await actorFor(regions.a.region.id, user.id);
  meetingId = (
    await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Sitzung mit Logo",
      startsAt: daysFromNow(14, "10:00"),
      location: "Raum 1",
    })
  ).id;
});

describe("the office's logo in the letterhead", () => {
  it("a PNG is stored by content and printed in the letterhead of the region's PDFs", async () => {
    expect(imagesIn((await invitationPdf(lead, meetingId)).pdf)).toBe(0);
    const saved = await saveRegionLogo(lead, file(PNG_1x1, "logo.png"));
    expect(saved).toMatchObject({ fileName: "logo.png", uploadedType: "image/png", width: 1, height: 1 });
    const { pdf } = await invitationPdf(lead, meetingId);
    expect(imagesIn(pdf)).toBeGreaterThan(0);
    expect(await pdfProblems(pdf)).toEqual([]);
  });

  it("an SVG is rasterised to PNG; one that reaches for other files or declares entities is refused", async () => {
    const saved = await saveRegionLogo(lead, file(SVG, "logo.svg"));
    expect(saved).toMatchObject({ uploadedType: "image/svg+xml", width: 800, height: 267 });
    const stored = (await getRegionLogo(lead))!;
    expect(stored.mimeType).toBe("image/png");
    expect(Buffer.from(stored.bytes).subarray(1, 4).toString("latin1")).toBe("PNG");
    for (const [svg, message] of [
      [SVG.replace("<rect", '<image href="file:///etc/passwd" width="10" height="10"/><rect'), /verweist auf andere/],
      [SVG.replace('fill="url(#g)"', 'style="fill:url(https://example.org/x.svg#a)"'), /verweist auf andere/],
      [`<!DOCTYPE svg [<!ENTITY a "aaaa">]>${SVG.replace(/^<\?xml[^>]*>/, "")}`, /DOCTYPE/],
      ['<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="1"></svg>', /keine brauchbare Größe/],
    ] as const)
      expect(await refused(file(svg, "böse.svg"))).toMatch(message);
  });

  it("other types, broken images and files over 1 MB are refused with a German message", async () => {
    expect(await refused(file("%PDF-1.7 kein Bild", "logo.png"))).toMatch(/Erlaubt sind PNG, JPEG und SVG/);
    expect(await refused(file(PNG_1x1.subarray(0, 30), "kaputt.png"))).toMatch(/beschädigt/);
    expect(await refused(file(Buffer.alloc(1024 * 1024 + 1, 0x89), "gross.png"))).toBe(LOGO_TOO_LARGE);
    expect(await refused(file("", "leer.png"))).toMatch(/Bitte wählen Sie/);
  });

  it("replacing keeps one logo, removing takes it out of the letterhead; both are in the history", async () => {
    await saveRegionLogo(lead, file(PNG_1x1, "neu.png"));
    expect((await getRegionLogo(lead))!.fileName).toBe("neu.png");
    const removed = await removeRegionLogo(lead);
    expect(removed).not.toBeNull();
    expect(await getRegionLogo(lead)).toBeNull();
    expect(imagesIn((await invitationPdf(lead, meetingId)).pdf)).toBe(0);
    expect(await removeRegionLogo(lead)).toBeNull();
    const history = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({
        where: { regionId: regions.a.region.id, entityType: "RegionLogo" },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      }),
    );
    expect(history.map((h) => h.action)).toEqual([
      "region.logo.saved",
      "region.logo.saved",
      "region.logo.saved",
      "region.logo.removed",
    ]);
  });

  it("stays in its region: another region neither sees nor removes it, members may not change it", async () => {
    await saveRegionLogo(lead, file(PNG_1x1, "a.png"));
    expect(await getRegionLogo(foreign)).toBeNull();
    expect(await removeRegionLogo(foreign)).toBeNull();
    expect((await getRegionLogo(lead))!.fileName).toBe("a.png");
    const seenFromB = await withRegion(regions.b.region.id, (tx) => tx.regionLogo.findMany());
    expect(seenFromB).toEqual([]);
    await expect(
      withRegion(regions.b.region.id, (tx) =>
        tx.regionLogo.updateMany({ where: { regionId: regions.a.region.id }, data: { fileName: "fremd.png" } }),
      ),
    ).resolves.toEqual({ count: 0 });
    await expect(saveRegionLogo(member, file(PNG_1x1, "m.png"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRegionLogo(member)).rejects.toBeInstanceOf(NotFoundError);
  });
});
