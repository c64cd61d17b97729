import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { renderDocument } from "../../lib/core/pdf/render.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument, setDocumentPublic } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { publicSitzungsmappePdf, sitzungsmappePdf } from "../../lib/meetings/sitzungsmappe.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { pdfProblems } from "../support/pdf.ts";
import { twoRegions } from "../support/regions.ts";

const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** An attachment of `pages` pages, each saying which sheet it is ("Anlage A, Blatt 2"). */
async function attachment(name: string, pages: number): Promise<File> {
  const { pdf } = await renderDocument({
    title: name,
    kind: "Anlage",
    date: new Date(),
    letterhead: { regionName: "Fremdes Amt", footer: [] },
    blocks: Array.from({ length: pages }, (_, i) => [
      ...(i > 0 ? [{ kind: "pageBreak" as const }] : []),
      { kind: "paragraph" as const, runs: [{ text: `${name}, Blatt ${i + 1}` }] },
    ]).flat(),
  });
  return new File([new Uint8Array(pdf)], `${name.toLowerCase().replace(/\W+/g, "-")}.pdf`);
}

async function pagesOf(pdf: Uint8Array) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  const outline = await proxy.getOutline();
  const pageOf = async (dest: unknown) => proxy.getPageIndex((dest as [{ num: number; gen: number }])[0]);
  const bookmarks = await Promise.all(
    outline.map(async (o) => ({
      title: o.title,
      page: await pageOf(o.dest),
      items: await Promise.all(o.items.map(async (i) => ({ title: i.title, page: await pageOf(i.dest) }))),
    })),
  );
  return { pages: text.map((t) => t.replace(/\s+/g, " ")), bookmarks };
}

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let member: Actor;
let outsider: Actor;
let foreign: Actor;
let meetingId: string;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  const [memberUser, outsiderUser] = [
    await withoutRegion((tx) => createUser(tx)),
    await withoutRegion((tx) => createUser(tx)),
  ];
  await withRegion(regions.a.region.id, async (tx) => {
    for (const user of [memberUser, outsiderUser]) await grantRole(tx, regions.a.region.id, user.id, "STEERING_MEMBER");
    const person = await createPerson(tx, regions.a.region.id, { userId: memberUser.id });
    await createMembership(tx, regions.a.region.id, {
      bodyId: regions.a.steering.id,
      personId: person.id,
      seatCategoryId: regions.a.category("kreis").id,
    });
  });
  member = await actorFor(regions.a.region.id, memberUser.id);
  outsider = await actorFor(regions.a.region.id, outsiderUser.id);

  meetingId = (
    await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "7. Sitzung des Lenkungskreises",
      startsAt: daysFromNow(10, "15:00"),
      location: "Kreishaus",
      isPublic: "on",
    })
  ).id;
  const top = async (version: number, title: string, isPublic: boolean) =>
    (
      await addAgendaItem(lead, {
        meetingId,
        version: String(version),
        title,
        kind: "DISCUSSION",
        ...(isPublic ? { isPublic: "on" } : {}),
      })
    ).id;
  const first = await top(1, "Haushalt 2027", true);
  const second = await top(2, "Übergang Schule–Beruf", true);
  const third = await top(3, "Personalangelegenheiten", false);
  const publish = async (document: { id: string }) =>
    setDocumentPublic(lead, { documentId: document.id, isPublic: "on" });
  await publish(await attachAgendaDocument(lead, first, "Anlage A", await attachment("Anlage A", 3)));
  await attachAgendaDocument(lead, first, "Anlage B", await attachment("Anlage B", 2));
  await publish(await attachAgendaDocument(lead, second, "Foto vom Standort", new File([PNG_1x1], "foto.png")));
  await publish(await attachAgendaDocument(lead, second, "Anlage C", await attachment("Anlage C", 1)));
  await attachAgendaDocument(lead, third, "Anlage D", await attachment("Anlage D", 4));
});

describe("the Sitzungsmappe", () => {
  it("binds invitation, contents and every PDF attachment in agenda order, with page numbers and bookmarks per TOP", async () => {
    const { pdf, fileName } = await sitzungsmappePdf(lead, meetingId);
    expect(fileName).toMatch(/^sitzungsmappe-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await pdfProblems(pdf)).toEqual([]);
    const { pages, bookmarks } = await pagesOf(pdf);
    const contents = pages.findIndex((p) => p.includes("Inhaltsverzeichnis der Sitzungsmappe"));
    const firstAttachment = pages.findIndex((p) => p.includes("Anlage A, Blatt 1"));
    expect(contents).toBeGreaterThan(0);
    expect(firstAttachment).toBeGreaterThan(contents);
    // invitation pages + contents pages + 3 + 2 + 1 + 4 attachment pages, nothing else
    expect(pages).toHaveLength(contents + (firstAttachment - contents) + 10);
    for (let i = 0; i < firstAttachment; i++) expect(pages[i]).toContain(`Seite ${i + 1} von ${pages.length}`);
    expect(pages[0]).toContain("Einladung");

    // The contents name the page on which each attachment starts, in agenda order.
    const order = ["Anlage A", "Anlage B", "Anlage C", "Anlage D"];
    const starts = order.map((name) => {
      const match = new RegExp(`${name} \\((\\d+) Seiten?\\) (\\d+)`).exec(pages[contents]!);
      expect(match, name).not.toBeNull();
      return Number(match![2]);
    });
    starts.forEach((start, i) => expect(pages[start - 1]).toContain(`${order[i]}, Blatt 1`));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(pages[contents]).toContain("Foto vom Standort – foto.png: keine PDF-Datei, nicht eingebunden");

    expect(bookmarks.map((b) => b.title)).toEqual([
      "Einladung und Tagesordnung",
      "Inhaltsverzeichnis der Sitzungsmappe",
      "TOP 1: Haushalt 2027",
      "TOP 2: Übergang Schule–Beruf",
      "TOP 3: Personalangelegenheiten",
    ]);
    expect(bookmarks[1]!.page).toBe(contents);
    expect(bookmarks[2]!.items).toEqual([
      { title: "Anlage A", page: starts[0]! - 1 },
      { title: "Anlage B", page: starts[1]! - 1 },
    ]);
    expect(bookmarks[3]!.items).toEqual([{ title: "Anlage C", page: starts[2]! - 1 }]);
    expect(bookmarks[4]!.page).toBe(starts[3]! - 1);
  });

  it("members of the body get the same; people without access to the meeting and other regions get nothing", async () => {
    const forMember = await pagesOf((await sitzungsmappePdf(member, meetingId)).pdf);
    expect(forMember.pages.some((p) => p.includes("Anlage D, Blatt 4"))).toBe(true);
    await expect(sitzungsmappePdf(outsider, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sitzungsmappePdf(foreign, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the public download holds public TOPs and published documents only", async () => {
    const found = (await publicSitzungsmappePdf(regions.a.region.id, meetingId))!;
    expect(found.fileName).toMatch(/-oeffentlich\.pdf$/);
    expect(await pdfProblems(found.pdf)).toEqual([]);
    const { pages, bookmarks } = await pagesOf(found.pdf);
    const text = pages.join(" ");
    for (const shown of ["Anlage A, Blatt 3", "Anlage C, Blatt 1", "Foto vom Standort", "TOP 2: Übergang Schule–Beruf"])
      expect(text).toContain(shown);
    for (const hidden of ["Anlage B", "Anlage D", "Personalangelegenheiten"]) expect(text).not.toContain(hidden);
    const contents = pages.findIndex((p) => p.includes("Inhaltsverzeichnis der Sitzungsmappe"));
    const firstAttachment = pages.findIndex((p) => p.includes("Anlage A, Blatt 1"));
    expect(pages).toHaveLength(firstAttachment + 4);
    expect(contents).toBeLessThan(firstAttachment);
    expect(bookmarks.map((b) => b.title)).toEqual([
      "Einladung und Tagesordnung",
      "Inhaltsverzeichnis der Sitzungsmappe",
      "TOP 1: Haushalt 2027",
      "TOP 2: Übergang Schule–Beruf",
    ]);
    expect(await publicSitzungsmappePdf(regions.b.region.id, meetingId)).toBeNull();
    expect(await publicSitzungsmappePdf(regions.a.region.id, "kein-uuid")).toBeNull();
    const internal = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Interne Sitzung",
      startsAt: daysFromNow(12, "15:00"),
      location: "Kreishaus",
    });
    expect(await publicSitzungsmappePdf(regions.a.region.id, internal.id)).toBeNull();
  });
});
