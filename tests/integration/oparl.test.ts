import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { getPublicDocument } from "../../lib/documents/get-public-document.ts";
import { setEmailConsent, setPublicationConsent } from "../../lib/governance/people.ts";
import { listPublicReports, publicReportPdf } from "../../lib/recommendations/public-report.ts";
import { createRecommendation, forwardRecommendation } from "../../lib/recommendations/recommendations.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { attachAgendaDocument, setDocumentPublic } from "../../lib/meetings/agenda-documents.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { oparlGet } from "../../lib/oparl/endpoint.ts";
import { institutionId } from "../../lib/oparl/organization.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { validateOParl } from "../support/oparl-schema.ts";
import { twoRegions } from "../support/regions.ts";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "bn-oparl-"));

const ORIGIN = "https://bildungsnetz.example";
const BASE = `${ORIGIN}/api/oparl/v1`;
const pdf = (text: string) => new File([`%PDF-1.4\n${text}\n%%EOF`], "unterlage.pdf", { type: "application/pdf" });

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;
const ids = {} as Record<
  | "named"
  | "secret"
  | "withdrawn"
  | "namedSeat"
  | "secretSeat"
  | "withdrawnSeat"
  | "rec"
  | "hiddenRec"
  | "meeting"
  | "recItem"
  | "decision"
  | "closedItem"
  | "plainItem"
  | "plainDecision"
  | "publishedDoc"
  | "internalDoc"
  | "closedDoc"
  | "internalMeeting"
  | "gone"
  | "foreignMeeting"
  | "conference"
  | "internalConference",
  string
>;

/** What the endpoint answers for a URL (as the route handler does). */
async function get(url: string) {
  const parsed = new URL(url);
  const segments = parsed.pathname
    .replace(/^\/api\/oparl\/v1\/?/, "")
    .split("/")
    .filter(Boolean);
  return oparlGet(segments, parsed, ORIGIN);
}

const versionOf = (meetingId: string) =>
  withRegion(regions.a.region.id, async (tx) =>
    String(
      (await tx.meeting.findUniqueOrThrow({ where: { regionId_id: { regionId: regions.a.region.id, id: meetingId } } }))
        .version,
    ),
  );
const days = (n: number) => `${new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)}T10:00`;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  const { a, b } = regions;

  await withRegion(a.region.id, async (tx) => {
    await tx.cooperationAgreement.create({
      data: {
        regionId: a.region.id,
        signedOn: new Date("2024-02-01"),
        parties: "Land NRW und Kreis",
        isOpenEnded: true,
      },
    });
    const named = await createPerson(tx, a.region.id, {
      givenName: "Petra",
      familyName: "Öffentlich",
      title: "Dr.",
      organisation: "Schulamt für den Kreis",
      email: "petra@schulamt.example",
      publicationConsent: true,
    });
    const secret = await createPerson(tx, a.region.id, {
      givenName: "Gustav",
      familyName: "Verborgen",
      organisation: "Geheime Stiftung",
      email: "gustav@verborgen.example",
    });
    const withdrawn = await createPerson(tx, a.region.id, {
      givenName: "Wilma",
      familyName: "Widerruf",
      email: "wilma@widerruf.example",
      publicationConsent: true,
    });
    ids.named = named.id;
    ids.secret = secret.id;
    ids.withdrawn = withdrawn.id;
    ids.namedSeat = (
      await createMembership(tx, a.region.id, {
        bodyId: a.steering.id,
        personId: named.id,
        seatCategoryId: a.category("schulaufsicht").id,
        function: "CHAIR",
      })
    ).id;
    ids.secretSeat = (
      await createMembership(tx, a.region.id, {
        bodyId: a.steering.id,
        personId: secret.id,
        seatCategoryId: a.category("kommune").id,
      })
    ).id;
    ids.withdrawnSeat = (
      await createMembership(tx, a.region.id, {
        bodyId: a.steering.id,
        personId: withdrawn.id,
        seatCategoryId: a.category("kreis").id,
      })
    ).id;
  });
  await setEmailConsent(lead, { personId: ids.named, emailConsent: "on" });
  await setPublicationConsent(lead, { personId: ids.withdrawn, publicationConsent: "" });

  const field = a.fields[0]!;
  const rec = await createRecommendation(lead, {
    title: "Übergänge gemeinsam gestalten",
    text: "Die Konferenz empfiehlt Tandems aus Kita und Grundschule.",
    fieldOfActionId: field.id,
    isPublic: "on",
  });
  const hidden = await createRecommendation(lead, {
    title: "Verdeckte Empfehlung zur Personalplanung",
    text: "Nur intern.",
    fieldOfActionId: field.id,
  });
  ids.rec = rec.id;
  ids.hiddenRec = hidden.id;
  // both were recorded at an earlier conference day (before the conference below began)
  await withRegion(a.region.id, (tx) =>
    tx.recommendation.updateMany({
      where: { regionId: a.region.id, id: { in: [rec.id, hidden.id] } },
      data: { createdAt: new Date(Date.now() - 2 * 86_400_000) },
    }),
  );

  const meeting = await createMeeting(lead, {
    bodyId: a.steering.id,
    title: "7. Sitzung Lenkungskreis",
    startsAt: days(5),
    location: "Kreishaus, Raum 101",
    isPublic: "on",
  });
  ids.meeting = meeting.id;
  const forwarded = await forwardRecommendation(lead, { recommendationId: rec.id, meetingId: meeting.id });
  ids.recItem = forwarded.item.id;
  const decision = await recordDecision(lead, {
    agendaItemId: forwarded.item.id,
    text: "Der Lenkungskreis beauftragt das Bildungsbüro mit drei Tandems.",
    outcome: "ADOPTED",
    yesCount: "8",
    noCount: "1",
    abstainCount: "0",
  });
  ids.decision = decision.id;
  const closed = await addAgendaItem(lead, {
    meetingId: meeting.id,
    version: await versionOf(meeting.id),
    title: "Vertrauliche Personalangelegenheit",
    kind: "DISCUSSION",
    isPublic: "",
  });
  ids.closedItem = closed.id;
  const plain = await addAgendaItem(lead, {
    meetingId: meeting.id,
    version: await versionOf(meeting.id),
    title: "Haushalt des Bildungsbüros",
    kind: "DECISION",
    isPublic: "on",
  });
  ids.plainItem = plain.id;
  ids.plainDecision = (
    await recordDecision(lead, {
      agendaItemId: plain.id,
      text: "Der Haushalt wird beschlossen.",
      outcome: "ADOPTED_AMENDED",
      reason: "Mit einer Kürzung.",
    })
  ).id;

  const published = await attachAgendaDocument(lead, plain.id, "Haushaltsplan", pdf("Haushaltsplan"));
  await setDocumentPublic(lead, { documentId: published.id, isPublic: "on" });
  const internal = await attachAgendaDocument(lead, plain.id, "Interner Entwurf", pdf("Entwurf"));
  const onClosedItem = await attachAgendaDocument(lead, closed.id, "Vertrauliche Personalakte", pdf("Akte"));
  await setDocumentPublic(lead, { documentId: onClosedItem.id, isPublic: "on" });
  ids.publishedDoc = published.id;
  ids.internalDoc = internal.id;
  ids.closedDoc = onClosedItem.id;

  ids.internalMeeting = (
    await createMeeting(lead, {
      bodyId: a.steering.id,
      title: "Klausurtagung hinter verschlossenen Türen",
      startsAt: days(9),
      location: "Hinterzimmer",
    })
  ).id;
  const gone = await createMeeting(lead, {
    bodyId: a.conference.id,
    title: "Abgesagte Konferenz",
    startsAt: days(12),
    location: "Aula",
    isPublic: "on",
  });
  ids.gone = gone.id;
  // No use case deletes a meeting yet; the soft delete is what one would write.
  await withRegion(a.region.id, (tx) =>
    tx.meeting.update({
      where: { regionId_id: { regionId: a.region.id, id: gone.id } },
      data: { deletedAt: new Date() },
    }),
  );

  // Two conferences that have just begun: the public one gets a public report, the internal one nothing.
  await withRegion(a.region.id, async (tx) => {
    ids.conference = (
      await tx.event.create({
        data: {
          regionId: a.region.id,
          kind: "CONFERENCE",
          title: "4. Bildungskonferenz",
          startsAt: new Date(Date.now() - 60_000),
          location: "Stadthalle",
          capacity: 100,
        },
      })
    ).id;
    ids.internalConference = (
      await tx.event.create({
        data: {
          regionId: a.region.id,
          kind: "CONFERENCE",
          title: "Geschlossene Konferenzrunde",
          startsAt: new Date(Date.now() - 120_000),
          location: "Kreishaus",
          capacity: 20,
          isPublic: false,
        },
      })
    ).id;
  });

  ids.foreignMeeting = (
    await createMeeting(foreign, {
      bodyId: b.steering.id,
      title: "Sitzung der Nachbarregion",
      startsAt: days(3),
      location: "Rathaus",
      isPublic: "on",
    })
  ).id;
});

/** Follows every OParl URL reachable from /system inside the two test regions. */
async function walk() {
  const allowed = [regions.a.region.slug, regions.b.region.slug].map((slug) => `${BASE}/body/${slug}`);
  const queue = [`${BASE}/system`];
  const seen = new Set<string>();
  const answers = new Map<string, { status: number; body: Record<string, unknown> }>();
  const objects: Record<string, unknown>[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const answer = await get(url);
    answers.set(url, answer);
    const found = (value: unknown): void => {
      if (typeof value === "string" && value.startsWith(`${BASE}/`)) {
        const target = value.split("?")[0]!;
        if (
          target === `${BASE}/system` ||
          target === `${BASE}/body` ||
          allowed.some((prefix) => target === prefix || target.startsWith(`${prefix}/`))
        )
          queue.push(value);
      } else if (Array.isArray(value)) value.forEach(found);
      else if (value && typeof value === "object") Object.values(value).forEach(found);
    };
    found(answer.body);
    const data = answer.body.data;
    if (Array.isArray(data)) objects.push(...(data as Record<string, unknown>[]));
    else if (answer.body.type) objects.push(answer.body);
  }
  return { answers, objects };
}

describe("OParl 1.1 endpoint", () => {
  it("serves only valid OParl objects, and every URL it returns resolves", async () => {
    const { answers, objects } = await walk();
    const failed = [...answers].filter(([, a]) => a.status !== 200).map(([url, a]) => `${a.status} ${url}`);
    expect(failed).toEqual([]);
    const embedded: Record<string, unknown>[] = [];
    const problems = objects.flatMap((o) => validateOParl(o, "", undefined, embedded));
    expect(problems).toEqual([]);
    // Embedded objects have their own URL, and it answers with the same object.
    for (const object of embedded.filter((o) => String(o.id).startsWith(`${BASE}/body/${regions.a.region.slug}/`))) {
      const alone = await get(String(object.id));
      expect(alone.status, String(object.id)).toBe(200);
      expect(alone.body.type).toBe(object.type);
    }
    const types = new Set(objects.concat(embedded).map((o) => String(o.type).split("/").pop()));
    expect([...types].sort()).toEqual([
      "AgendaItem",
      "Body",
      "Consultation",
      "File",
      "LegislativeTerm",
      "Location",
      "Meeting",
      "Membership",
      "Organization",
      "Paper",
      "Person",
      "System",
    ]);
  });

  it("never shows anything non-public: closed TOPs, internal meetings, documents and recommendations, people without consent", async () => {
    const { answers } = await walk();
    const text = JSON.stringify([...answers.values()].map((a) => a.body));
    for (const secret of [
      "Geschlossene Konferenzrunde",
      "Vertrauliche Personalangelegenheit",
      "Vertrauliche Personalakte",
      "Interner Entwurf",
      "Klausurtagung",
      "Hinterzimmer",
      "Verdeckte Empfehlung",
      "Verborgen",
      "gustav@",
      "Geheime Stiftung",
      "Widerruf",
      "wilma@",
      "Abgesagte Konferenz",
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    for (const id of [
      ids.internalConference,
      ids.closedItem,
      ids.internalMeeting,
      ids.internalDoc,
      ids.closedDoc,
      ids.hiddenRec,
      ids.secret,
      ids.secretSeat,
    ])
      expect(text, id).not.toContain(id);
    // consented: name, and the address because of its own consent
    expect(text).toContain("Petra");
    expect(text).toContain("petra@schulamt.example");
    const body = `${BASE}/body/${regions.a.region.slug}`;
    for (const [segment, id] of [
      ["agenda-item", ids.closedItem],
      ["meeting", ids.internalMeeting],
      ["file", ids.internalDoc],
      ["file", ids.closedDoc],
      ["paper", ids.hiddenRec],
      ["person", ids.secret],
      ["membership", ids.secretSeat],
    ] as const) {
      expect((await get(`${body}/${segment}/${id}`)).status, `${segment}/${id}`).toBe(404);
    }
    // the file's download: the published one yes, the others not
    expect(await getPublicDocument(regions.a.region.id, ids.publishedDoc)).not.toBeNull();
    expect(await getPublicDocument(regions.a.region.id, ids.internalDoc)).toBeNull();
    expect(await getPublicDocument(regions.a.region.id, ids.closedDoc)).toBeNull();
    expect(await getPublicDocument(regions.b.region.id, ids.publishedDoc)).toBeNull();
  });

  it("publishes the path of a recommendation, the decision with its votes, and memberships on behalf of an institution", async () => {
    const body = `${BASE}/body/${regions.a.region.slug}`;
    const meeting = (await get(`${body}/meeting/${ids.meeting}`)).body;
    const items = meeting.agendaItem as Record<string, unknown>[];
    expect(items.map((i) => i.name)).toEqual([
      "Empfehlung der Bildungskonferenz: Übergänge gemeinsam gestalten",
      "Haushalt des Bildungsbüros",
    ]);
    expect(items[0]).toMatchObject({
      result: "angenommen",
      "bildungsnetz:voteCount": { yes: 8, no: 1, abstain: 0 },
      consultation: `${body}/consultation/${ids.recItem}`,
    });
    expect(items[1]).toMatchObject({
      result: "mit Änderungen angenommen",
      resolutionText: "Der Haushalt wird beschlossen.\n\nBegründung: Mit einer Kürzung.",
    });
    const [file] = items[1]!.auxiliaryFile as Record<string, unknown>[];
    expect(file).toMatchObject({
      name: "Haushaltsplan",
      accessUrl: `${ORIGIN}/${regions.a.region.slug}/dokumente/${ids.publishedDoc}`,
      sha512Checksum: expect.stringMatching(/^[0-9a-f]{128}$/),
    });

    const paper = (await get(`${body}/paper/${ids.rec}`)).body;
    expect(paper).toMatchObject({
      paperType: "Empfehlung der Bildungskonferenz",
      relatedPaper: [`${body}/paper/${ids.decision}`],
      "bildungsnetz:status": expect.any(String),
    });
    expect((paper.consultation as Record<string, unknown>[]).map((c) => [c.role, c.organization])).toEqual([
      ["Empfehlung", [`${body}/organization/${regions.a.conference.id}`]],
      ["Beratung und Beschlussfassung", [`${body}/organization/${regions.a.steering.id}`]],
    ]);
    const decision = (await get(`${body}/paper/${ids.decision}`)).body;
    expect(decision).toMatchObject({
      paperType: "Beschluss",
      relatedPaper: [`${body}/paper/${ids.rec}`],
      "bildungsnetz:outcome": "angenommen",
    });

    const person = (await get(`${body}/person/${ids.named}`)).body;
    expect(person).toMatchObject({ name: "Dr. Petra Öffentlich", email: ["petra@schulamt.example"], title: ["Dr."] });
    const [seat] = person.membership as Record<string, unknown>[];
    expect(seat).toMatchObject({
      role: "Vorsitz",
      votingRight: true,
      onBehalfOf: `${body}/organization/${institutionId("Schulamt für den Kreis")}`,
      "bildungsnetz:seatCategory": "Schulaufsicht",
    });
    expect((await get(String(seat!.onBehalfOf))).body).toMatchObject({
      name: "Schulamt für den Kreis",
      organizationType: "Institution",
    });
    const steering = (await get(`${body}/organization/${regions.a.steering.id}`)).body;
    expect(steering.membership).toEqual([`${body}/membership/${ids.namedSeat}`]);
  });

  it("publishes the report to a Bildungskonferenz that has begun as Paper with its PDF, with public content only", async () => {
    const body = `${BASE}/body/${regions.a.region.slug}`;
    const paper = (await get(`${body}/paper/${ids.conference}`)).body;
    expect(paper).toMatchObject({
      paperType: "Bericht an die Bildungskonferenz",
      name: "Bericht an die Bildungskonferenz „4. Bildungskonferenz“",
      relatedPaper: [`${body}/paper/${ids.rec}`],
      originatorOrganization: [`${body}/organization/${regions.a.office.id}`],
      mainFile: {
        id: `${body}/file/${ids.conference}`,
        mimeType: "application/pdf",
        accessUrl: `${ORIGIN}/${regions.a.region.slug}/veranstaltungen/${ids.conference}/bericht.pdf`,
      },
    });
    expect((await get(`${body}/file/${ids.conference}`)).body).toMatchObject({
      paper: [`${body}/paper/${ids.conference}`],
    });
    expect((await get(`${body}/paper/${ids.internalConference}`)).status).toBe(404);
    const [report] = await withRegion(regions.a.region.id, (tx) =>
      listPublicReports(tx, regions.a.region.id, ids.conference),
    );
    const titles = report!.report.fields.flatMap((f) => f.recommendations.map((r) => r.title));
    expect(titles).toEqual(["Übergänge gemeinsam gestalten"]);
    expect(report!.report.since).toBeNull(); // the internal conference before it does not count
    const pdf = await publicReportPdf(regions.a.region.id, ids.conference);
    expect(pdf!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await publicReportPdf(regions.a.region.id, ids.internalConference)).toBeNull();
    expect(await publicReportPdf(regions.b.region.id, ids.conference)).toBeNull();
  });

  it("shows what is gone as deleted: a deleted meeting, a person whose consent was withdrawn, and their seat", async () => {
    const body = `${BASE}/body/${regions.a.region.slug}`;
    for (const [segment, id] of [
      ["meeting", ids.gone],
      ["person", ids.withdrawn],
      ["membership", ids.withdrawnSeat],
    ] as const) {
      const answer = await get(`${body}/${segment}/${id}`);
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body).sort()).toEqual(["created", "deleted", "id", "modified", "type"]);
      expect(answer.body.deleted).toBe(true);
    }
    // withdrawing the publication consent took the e-mail consent with it
    await expect(setEmailConsent(lead, { personId: ids.withdrawn, emailConsent: "on" })).rejects.toMatchObject({
      fieldErrors: { emailConsent: [expect.stringContaining("namentlich")] },
    });
  });

  it("pages with next links, filters by time, omits embedded objects on request, and refuses bad parameters in German", async () => {
    const body = `${BASE}/body/${regions.a.region.slug}`;
    const all = (await get(`${body}/meeting`)).body.data as Record<string, unknown>[];
    expect(all.map((m) => m.id).sort()).toEqual(
      [`${body}/meeting/${ids.meeting}`, `${body}/meeting/${ids.gone}`].sort(),
    );
    const paged: unknown[] = [];
    let next: string | undefined = `${body}/agenda-item?limit=1`;
    let pages = 0;
    while (next) {
      const answer = await get(next);
      expect(answer.status).toBe(200);
      expect((answer.body.data as unknown[]).length).toBeLessThanOrEqual(1);
      paged.push(...(answer.body.data as { id: string }[]).map((o) => o.id));
      next = (answer.body.links as { next?: string }).next;
      pages += 1;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.sort()).toEqual([`${body}/agenda-item/${ids.recItem}`, `${body}/agenda-item/${ids.plainItem}`].sort());

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await get(`${body}/meeting?modified_since=${encodeURIComponent(future)}`)).body.data).toEqual([]);
    expect((await get(`${body}/paper?created_until=2000-01-01T00:00:00Z`)).body.data).toEqual([]);
    const lean = (await get(`${body}/meeting?omit_internal=true`)).body.data as Record<string, unknown>[];
    expect(lean.find((m) => m.id === `${body}/meeting/${ids.meeting}`)).not.toHaveProperty("agendaItem");

    const bad = await get(`${body}/meeting?modified_since=gestern&limit=0`);
    expect(bad.status).toBe(400);
    expect(String(bad.body.message)).toMatch(
      /modified_since ist ein Zeitpunkt nach ISO 8601.*limit ist eine ganze Zahl/,
    );
    expect((await get(`${body}/meeting?after=kaputt`)).status).toBe(400);
    expect((await get(`${body}/sitzung`)).status).toBe(404);
    expect((await get(`${body}/meeting/nicht-da`)).status).toBe(404);
  });

  it("pages the file list like every other list: limit=1 with next links yields exactly the unpaged files", async () => {
    const body = `${BASE}/body/${regions.a.region.slug}`;
    for (const n of [1, 2, 3]) {
      const extra = await attachAgendaDocument(lead, ids.plainItem, `Anlage ${n} zum Paging`, pdf(`Paging ${n}`));
      await setDocumentPublic(lead, { documentId: extra.id, isPublic: "on" });
    }
    const all = ((await get(`${body}/file?limit=250`)).body.data as { id: string }[]).map((f) => f.id);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const paged: string[] = [];
    let next: string | undefined = `${body}/file?limit=1`;
    while (next) {
      const answer = await get(next);
      expect(answer.status).toBe(200);
      paged.push(...(answer.body.data as { id: string }[]).map((f) => f.id));
      next = (answer.body.links as { next?: string }).next;
    }
    expect(paged.sort()).toEqual([...all].sort());
  });

  it("keeps the regions apart: a Body's lists hold only its own objects, and foreign ids answer 404", async () => {
    const mine = `${BASE}/body/${regions.a.region.slug}`;
    const theirs = `${BASE}/body/${regions.b.region.slug}`;
    for (const segment of [
      "organization",
      "person",
      "membership",
      "meeting",
      "agenda-item",
      "paper",
      "consultation",
      "file",
      "location",
      "legislative-term",
    ]) {
      const data = (await get(`${mine}/${segment}?limit=250`)).body.data as { id: string }[];
      for (const object of data) expect(object.id.startsWith(`${mine}/${segment}/`), object.id).toBe(true);
      expect(JSON.stringify(data)).not.toContain("Nachbarregion");
    }
    expect(((await get(`${theirs}/meeting`)).body.data as { id: string }[]).map((m) => m.id)).toEqual([
      `${theirs}/meeting/${ids.foreignMeeting}`,
    ]);
    expect((await get(`${mine}/meeting/${ids.foreignMeeting}`)).status).toBe(404);
    expect((await get(`${theirs}/meeting/${ids.meeting}`)).status).toBe(404);
    expect((await get(`${theirs}/paper/${ids.rec}`)).status).toBe(404);
    expect((await get(`${theirs}/organization/${regions.a.steering.id}`)).status).toBe(404);
    expect((await get(`${BASE}/body/gibt-es-nicht`)).status).toBe(404);
  });
});
