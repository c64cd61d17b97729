import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { searchIntern, type SearchGroup } from "../../lib/search/search-intern.ts";
import { parseSearchQuery } from "../../lib/search/search-query.ts";
import { snippetParts } from "../../lib/search/search-query.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMeeting, createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { berlinIso, dateFromNow, daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreignLead: Actor;
let conferenceMember: Actor;
const ids: Record<string, string> = {};

const search = (actor: Actor, q: string, art?: string) => searchIntern(actor, parseSearchQuery({ q, art }));
const titles = (groups: SearchGroup[], kind: SearchGroup["kind"]) =>
  groups.find((g) => g.kind === kind)?.hits.map((h) => h.title) ?? [];
const counts = (groups: SearchGroup[]) => Object.fromEntries(groups.map((g) => [g.kind, g.total]));

async function fillRegion(side: "a" | "b", word: string) {
  const { region, steering, conference } = regions[side];
  const regionId = region.id;
  return withRegion(regionId, async (tx) => {
    const steeringMeeting = await createMeeting(tx, regionId, {
      bodyId: steering.id,
      title: `Lenkungskreis ${word}sberatung`,
      startsAt: berlinIso(daysFromNow(-7, "10:00")),
    });
    const item = await tx.agendaItem.create({
      data: {
        regionId,
        meetingId: steeringMeeting.id,
        position: 1,
        number: "TOP 1",
        title: `${word}splan der Schulentwicklung`,
        description: "Förderung für Mädchen in MINT <b>fett</b>",
        kind: "DECISION",
      },
    });
    const minutes = await tx.minutes.create({
      data: { regionId, meetingId: steeringMeeting.id, status: "CIRCULATED", preamble: "Begrüßung" },
    });
    await tx.minutesEntry.create({
      data: {
        regionId,
        minutesId: minutes.id,
        agendaItemId: item.id,
        text: `Der ${word}splan wurde ausführlich erläutert.`,
      },
    });
    await tx.document.create({
      data: {
        regionId,
        title: `${word}sentwurf 2027`,
        fileName: "entwurf.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "x",
        storageKey: `k-${item.id}`,
        meetingId: steeringMeeting.id,
        agendaItemId: item.id,
      },
    });
    const decision = await tx.decision.create({
      data: {
        regionId,
        bodyId: steering.id,
        meetingId: steeringMeeting.id,
        agendaItemId: item.id,
        number: "LK 2026/1",
        text: `Der ${word}splan wird beschlossen.`,
        outcome: "ADOPTED",
        decidedOn: new Date(dateFromNow(-7)),
      },
    });
    await tx.assignment.create({ data: { regionId, decisionId: decision.id, title: `${word}splan umsetzen` } });
    const conferenceMeeting = await createMeeting(tx, regionId, {
      bodyId: conference.id,
      title: `Bildungskonferenz zum ${word}`,
      startsAt: berlinIso(daysFromNow(-3, "17:00")),
    });
    const conferenceItem = await tx.agendaItem.create({
      data: { regionId, meetingId: conferenceMeeting.id, position: 1, title: "Begrüßung", kind: "INFORMATION" },
    });
    const draft = await tx.minutes.create({ data: { regionId, meetingId: conferenceMeeting.id, status: "DRAFT" } });
    await tx.minutesEntry.create({
      data: { regionId, minutesId: draft.id, agendaItemId: conferenceItem.id, text: `Entwurf zum ${word}` },
    });
    const field = await tx.fieldOfAction.create({ data: { regionId, slug: `feld-${side}`, name: "Ganztag" } });
    await tx.recommendation.create({
      data: {
        regionId,
        bodyId: conference.id,
        fieldOfActionId: field.id,
        title: `Mehr ${word}smittel für den Ganztag`,
        text: "Die Konferenz empfiehlt es.",
      },
    });
    return { steeringMeeting: steeringMeeting.id, conferenceMeeting: conferenceMeeting.id };
  });
}

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
  Object.assign(ids, await fillRegion("a", "Haushalt"));
  await fillRegion("b", "Haushalt");
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, async (tx) => {
    await grantRole(tx, regions.a.region.id, user.id, "CONFERENCE_MEMBER");
    const person = await createPerson(tx, regions.a.region.id, { userId: user.id });
    await createMembership(tx, regions.a.region.id, {
      bodyId: regions.a.conference.id,
      personId: person.id,
      seatCategoryId: regions.a.category("kommune").id,
    });
  });
  conferenceMember = await actorFor(regions.a.region.id, user.id);
});

describe("internal search", () => {
  it("finds every kind the office may open, grouped with counts, with German stemming and ä/ae", async () => {
    const groups = await search(lead, "Haushaltsplan");
    expect(counts(groups)).toEqual({
      meetings: 0,
      agendaItems: 1,
      minutes: 1,
      decisions: 1,
      assignments: 1,
      recommendations: 0,
      documents: 0,
    });
    expect(titles(groups, "agendaItems")).toEqual(["TOP 1 Haushaltsplan der Schulentwicklung"]);
    expect(groups.find((g) => g.kind === "minutes")!.hits[0]).toMatchObject({
      meetingId: ids.steeringMeeting,
      context: "TOP 1 Haushaltsplan der Schulentwicklung",
    });
    expect(titles(await search(lead, "Maedchen"), "agendaItems")).toEqual(["TOP 1 Haushaltsplan der Schulentwicklung"]);
    expect(titles(await search(lead, "Haushaltsmittel"), "recommendations")).toEqual([
      "Mehr Haushaltsmittel für den Ganztag",
    ]);
  });

  it("matches the last word as a prefix and marks hits in the snippet as text", async () => {
    const groups = await search(lead, "Haushaltsentw");
    expect(titles(groups, "documents")).toEqual(["Haushaltsentwurf 2027"]);
    const top = (await search(lead, "Schulentwicklung Mädchen")).find((g) => g.kind === "agendaItems")!.hits[0]!;
    const parts = snippetParts(top.snippet);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(
      expect.arrayContaining(["Schulentwicklung", "Mädchen"]),
    );
    // Markup in stored text never becomes markup: ts_headline drops tags, the page renders the parts as text.
    expect(parts.map((p) => p.text).join("")).toMatch(/MINT\s+fett/);
  });

  it("shows draft minutes only to the office", async () => {
    expect(titles(await search(lead, "Entwurf zum Haushalt"), "minutes")).toEqual([
      "Protokoll: Bildungskonferenz zum Haushalt",
    ]);
    expect(counts(await search(conferenceMember, "Entwurf zum Haushalt")).minutes).toBe(0);
  });

  it("a conference member finds nothing of the Lenkungskreis: no meeting, TOP, minutes, document, decision, assignment", async () => {
    const groups = await search(conferenceMember, "Haushalt");
    expect(counts(groups)).toEqual({
      meetings: 1,
      agendaItems: 0,
      minutes: 0,
      decisions: 0,
      assignments: 0,
      recommendations: 1,
      documents: 0,
    });
    expect(titles(groups, "meetings")).toEqual(["Bildungskonferenz zum Haushalt"]);
    const officeCounts = counts(await search(lead, "Haushalt"));
    expect(officeCounts).toMatchObject({ meetings: 2, documents: 1, decisions: 1, assignments: 1 });
  });

  it("a Bildungspartner (no meeting rights) finds no meeting, TOP, minutes, decision or meeting document", async () => {
    const partner: Actor = { ...lead, can: (p) => p === "intern.view" || p === "offers.propose" };
    expect(Object.values(counts(await search(partner, "Haushalt"))).every((n) => n === 0)).toBe(true);
  });

  it("never finds another region's records", async () => {
    const mine = await search(lead, "Haushalt");
    const theirs = await search(foreignLead, "Haushalt");
    const idsOf = (groups: SearchGroup[]) => groups.flatMap((g) => g.hits.map((h) => h.id));
    expect(idsOf(mine).length).toBeGreaterThan(5);
    expect(idsOf(theirs).length).toBe(idsOf(mine).length);
    expect(idsOf(theirs).filter((id) => idsOf(mine).includes(id))).toEqual([]);
    expect(idsOf(theirs)).not.toContain(ids.steeringMeeting);
  });

  it("answers empty, huge, emoji and operator-only queries without an error", async () => {
    for (const q of ["", "   ", "😀", "-", '"', "or", "!!! & | :* ( )", "'", "\\", "a:* & b", "-Haushalt", "\u0000x"]) {
      const groups = await search(lead, q);
      expect(Array.isArray(groups), q).toBe(true);
    }
    expect(await search(lead, "")).toEqual([]);
    const huge = await search(lead, "Haushalt ".repeat(5_000));
    expect(counts(huge).meetings).toBe(1); // "Bildungskonferenz zum Haushalt"; the cut-off last word a prefix
    expect(counts(await search(lead, "Haushalt -Schulentwicklung")).agendaItems).toBe(0);
    expect(counts(await search(lead, '"Haushaltsplan der"')).agendaItems).toBe(1);
  });

  it("lists more hits of one kind with art=…", async () => {
    const groups = await search(lead, "Haushalt", "meetings");
    expect(groups.map((g) => g.kind)).toEqual(["meetings"]);
    expect(groups[0]!.total).toBe(2);
  });
});
