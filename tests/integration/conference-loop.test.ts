import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { createAssignment, updateAssignment } from "../../lib/decisions/assignments.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { addEventForum, createEvent } from "../../lib/events/manage-events.ts";
import { buildConferenceReport } from "../../lib/recommendations/conference-report.ts";
import { conferenceReportPdf } from "../../lib/recommendations/conference-report-pdf.ts";
import {
  getFieldOfActionOverview,
  getPublicFieldOfAction,
  updateFieldOfAction,
} from "../../lib/fields-of-action/field-of-action.ts";
import { getChain } from "../../lib/recommendations/get-chain.ts";
import {
  createRecommendation,
  forwardRecommendation,
  getRecommendation,
  listRecommendations,
} from "../../lib/recommendations/recommendations.ts";
import { addAgendaItem, removeAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { createOffer, setOfferStatus } from "../../lib/offers/manage-offers.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;

const local = (days: number, time = "14:00") =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const recordOf = (id: string) =>
  withRegion(regions.a.region.id, (tx) =>
    tx.recommendation.findUniqueOrThrow({ where: { regionId_id: { regionId: regions.a.region.id, id } } }),
  );

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
});

describe("the closed loop: recommendation → decision → assignment → offer → report", () => {
  it("follows a recommendation through the Lenkungskreis to assignments and offers, and shows the whole chain from every object", async () => {
    const field = regions.a.fields[1]!;
    const conference = await createEvent(lead, {
      kind: "CONFERENCE",
      title: "3. Bildungskonferenz",
      startsAt: local(-40, "09:00"),
      location: "Kreishaus",
      capacity: "120",
      isPublic: "on",
    });
    const forum = await addEventForum(lead, {
      eventId: conference.id,
      title: `Forum ${field.name}`,
      fieldOfActionId: field.id,
    });

    // an older recommendation, decided before the last conference: not in this report
    const old = await withRegion(regions.a.region.id, (tx) =>
      tx.recommendation.create({
        data: {
          regionId: regions.a.region.id,
          bodyId: regions.a.conference.id,
          fieldOfActionId: field.id,
          title: "Alte Empfehlung",
          text: "Schon lange erledigt.",
          status: "DECIDED",
          createdAt: new Date(Date.now() - 400 * 86_400_000),
        },
      }),
    );

    const rec = await createRecommendation(lead, {
      title: "Sprachförderung am Übergang Kita–Grundschule stärken",
      text: "Die Bildungskonferenz empfiehlt gemeinsame Fortbildungen für Kita- und Grundschulkräfte.",
      fieldOfActionId: field.id,
      eventForumId: forum.id,
      isPublic: "on",
    });
    expect(rec).toMatchObject({
      status: "SUBMITTED",
      forum: `Forum ${field.name}`,
      eventId: conference.id,
      bodyId: regions.a.conference.id,
    });

    const steering1 = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "5. Sitzung Lenkungskreis",
      startsAt: local(10),
      location: "Raum 1",
      isPublic: "on",
    });
    const steering2 = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "6. Sitzung Lenkungskreis",
      startsAt: local(20),
      location: "Raum 1",
      isPublic: "on",
    });
    const conferenceMeeting = await createMeeting(lead, {
      bodyId: regions.a.conference.id,
      title: "Konferenzsitzung",
      startsAt: local(15),
      location: "Aula",
    });
    expect((await getRecommendation(lead, rec.id)).meetings.map((m) => m.id)).toEqual([steering1.id, steering2.id]);

    await expect(
      forwardRecommendation(lead, { recommendationId: rec.id, meetingId: conferenceMeeting.id }),
    ).rejects.toMatchObject({ fieldErrors: { meetingId: [expect.stringContaining("Lenkungskreis")] } });
    const first = await forwardRecommendation(lead, { recommendationId: rec.id, meetingId: steering1.id });
    expect(first.item).toMatchObject({
      kind: "DECISION",
      number: "TOP 1",
      recommendationId: rec.id,
      title: "Empfehlung der Bildungskonferenz: Sprachförderung am Übergang Kita–Grundschule stärken",
    });
    expect((await recordOf(rec.id)).status).toBe("FORWARDED");
    await expect(forwardRecommendation(lead, { recommendationId: rec.id, meetingId: steering2.id })).rejects.toThrow(
      /bereits auf der Tagesordnung: 5\. Sitzung Lenkungskreis, TOP 1/,
    );

    // deferred: it may go to the next meeting
    const deferred = await recordDecision(lead, {
      agendaItemId: first.item.id,
      text: "Der Lenkungskreis vertagt die Empfehlung.",
      outcome: "DEFERRED",
    });
    expect(deferred).toMatchObject({ recommendationId: rec.id, fieldOfActionId: field.id });
    expect((await recordOf(rec.id)).status).toBe("FORWARDED");
    const second = await forwardRecommendation(lead, { recommendationId: rec.id, meetingId: steering2.id });
    const adopted = await recordDecision(lead, {
      agendaItemId: second.item.id,
      text: "Der Lenkungskreis greift die Empfehlung auf und beauftragt das Bildungsbüro.",
      outcome: "ADOPTED",
      yesCount: "9",
      noCount: "0",
      abstainCount: "1",
    });
    expect(adopted).toMatchObject({ recommendationId: rec.id, fieldOfActionId: field.id });
    expect((await recordOf(rec.id)).status).toBe("DECIDED");
    await expect(
      forwardRecommendation(lead, { recommendationId: rec.id, meetingId: steering2.id }),
    ).rejects.toBeInstanceOf(ConflictError);

    const overdue = await createAssignment(lead, {
      decisionId: adopted.id,
      title: "Fortbildungsreihe konzipieren",
      dueOn: local(25).slice(0, 10),
    });
    // an overdue assignment for the report, set directly: the use case refuses a due date before
    // the decision, and this decision lies ahead
    await withRegion(regions.a.region.id, (tx) =>
      tx.assignment.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: overdue.id } },
        data: { dueOn: new Date(`${local(-3).slice(0, 10)}T00:00:00Z`) },
      }),
    );
    const done = await createAssignment(lead, {
      decisionId: adopted.id,
      title: "Kitas und Grundschulen anschreiben",
      dueOn: local(30).slice(0, 10),
    });
    const onTrack = await createAssignment(lead, {
      decisionId: adopted.id,
      title: "Evaluation vorbereiten",
      dueOn: local(60).slice(0, 10),
    });
    await updateAssignment(lead, { assignmentId: done.id, status: "DONE", note: "Alle angeschrieben." });

    const project = await createOffer(lead, {
      title: "Tandem-Fortbildung Sprachbildung",
      summary: "Kita- und Grundschulkräfte lernen gemeinsam.",
      kind: "TRAINING",
      isFree: "on",
      assignmentId: overdue.id,
      [`field:${field.id}`]: "on",
    });
    expect(project).toMatchObject({ assignmentId: overdue.id, decisionId: adopted.id });
    await setOfferStatus(lead, { offerId: project.id, step: "publish" });

    const fromEverywhere = await Promise.all([
      getChain(lead, { kind: "recommendation", id: rec.id }),
      getChain(lead, { kind: "decision", id: deferred.id }),
      getChain(lead, { kind: "decision", id: adopted.id }),
      getChain(lead, { kind: "assignment", id: done.id }),
      getChain(lead, { kind: "offer", id: project.id }),
    ]);
    for (const chain of fromEverywhere) {
      expect(chain.recommendation).toMatchObject({
        id: rec.id,
        forum: `Forum ${field.name}`,
        event: { id: conference.id, title: "3. Bildungskonferenz" },
      });
      expect(chain.hearings.map((h) => h.meeting.title)).toEqual([
        "5. Sitzung Lenkungskreis",
        "6. Sitzung Lenkungskreis",
      ]);
      expect(chain.decisions.map((d) => d.outcome)).toEqual(["DEFERRED", "ADOPTED"]);
      const assignments = chain.decisions[1]!.assignments;
      expect(assignments.map((a) => [a.title, a.light])).toEqual([
        ["Fortbildungsreihe konzipieren", "overdue"],
        ["Kitas und Grundschulen anschreiben", "done"],
        ["Evaluation vorbereiten", "on-track"],
      ]);
      expect(assignments[0]!.offers.map((o) => o.title)).toEqual(["Tandem-Fortbildung Sprachbildung"]);
      expect(chain.decisions[1]!.offers.map((o) => o.id)).toEqual([project.id]);
    }
    expect(onTrack.id).toBe(fromEverywhere[0].decisions[1]!.assignments[2]!.id);

    // a second recommendation, forwarded but not yet decided
    const open = await forwardRecommendation(lead, {
      recommendationId: (
        await createRecommendation(lead, {
          title: "Zweite Empfehlung",
          text: "Noch offen, nicht entschieden.",
          fieldOfActionId: field.id,
        })
      ).id,
      meetingId: steering2.id,
    });
    expect(open.item.number).toBe("TOP 2");
    // and a decision of the Lenkungskreis in the same field that came from no recommendation
    const budgetItem = await addAgendaItem(lead, {
      meetingId: steering1.id,
      version: "2",
      title: "Budget Sprachbildung",
      kind: "DECISION",
    });
    const budget = await recordDecision(lead, {
      agendaItemId: budgetItem.id,
      text: "Das Budget für Sprachbildung wird erhöht.",
      outcome: "ADOPTED",
      fieldOfActionId: field.id,
    });

    const report = await buildConferenceReport(lead);
    expect(report.since).toMatchObject({ title: "3. Bildungskonferenz" });
    const section = report.fields.find((f) => f.id === field.id)!;
    expect(section.recommendations.map((r) => r.title)).toEqual([
      "Sprachförderung am Übergang Kita–Grundschule stärken",
      "Zweite Empfehlung",
    ]);
    expect(section.recommendations.map((r) => r.title)).not.toContain(old.title);
    expect(section.recommendations[0]!.decisions[1]!.assignments.map((a) => a.light)).toEqual([
      "overdue",
      "done",
      "on-track",
    ]);
    expect(section.recommendations[1]!.decisions).toEqual([]);
    expect(section.recommendations[1]!.hearings.map((h) => `${h.meeting.title}, ${h.number}`)).toEqual([
      "6. Sitzung Lenkungskreis, TOP 2",
    ]);
    expect(section.decisions.map((d) => d.id)).toEqual([budget.id]);
    expect(report.totals).toMatchObject({
      recommendations: 2,
      decisions: 3,
      done: 1,
      overdue: 1,
      "on-track": 1,
      offers: 1,
    });
    expect(report.fields.filter((f) => f.id !== field.id).every((f) => f.recommendations.length === 0)).toBe(true);
    const { pdf, fileName } = await conferenceReportPdf(lead);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/StructTreeRoot");
    expect(fileName).toMatch(/^bericht-bildungskonferenz-\d{4}-\d{2}-\d{2}\.pdf$/);

    // the Handlungsfeld page, inside and public
    const inside = await getFieldOfActionOverview(lead, field.slug);
    expect(inside.recommendations.map((r) => r.id)).toContain(rec.id);
    expect(inside.decisions.map((d) => d.number).sort()).toEqual(
      [deferred.number, adopted.number, budget.number].sort(),
    );
    expect(inside.assignments.map((a) => a.light).sort()).toEqual(["done", "on-track", "overdue"]);
    expect(inside.offers.map((o) => o.id)).toContain(project.id);
    const hidden = await createRecommendation(lead, {
      title: "Interne Empfehlung",
      text: "Nur für den internen Gebrauch.",
      fieldOfActionId: field.id,
      isPublic: "",
    });
    const outside = (await getPublicFieldOfAction(regions.a.region.id, field.slug))!;
    expect(outside.recommendations.map((r) => r.id)).toContain(rec.id);
    expect(outside.recommendations.map((r) => r.id)).not.toContain(hidden.id);
    expect(outside.decisions.map((d) => d.number).sort()).toEqual([deferred.number, adopted.number].sort()); // the budget TOP was not public
    expect(outside.offers.map((o) => o.id)).toEqual([project.id]);
    expect(await getPublicFieldOfAction(regions.a.region.id, "gibt-es-nicht")).toBeNull();
    await updateFieldOfAction(lead, {
      fieldOfActionId: field.id,
      description: field.description,
      goals: "Jedes Kind erlebt einen begleiteten Übergang.",
    });
    expect((await getPublicFieldOfAction(regions.a.region.id, field.slug))!.field.goals).toBe(
      "Jedes Kind erlebt einen begleiteten Übergang.",
    );
  });

  it("a forwarded recommendation taken off the agenda undecided is open again", async () => {
    const rec = await createRecommendation(lead, {
      title: "Lernorte sichtbar machen",
      text: "Eine Karte aller außerschulischen Lernorte.",
      fieldOfActionId: regions.a.fields[2]!.id,
    });
    const meeting = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Sondersitzung",
      startsAt: local(12),
      location: "Raum 3",
    });
    const { item } = await forwardRecommendation(lead, { recommendationId: rec.id, meetingId: meeting.id });
    expect((await recordOf(rec.id)).status).toBe("FORWARDED");
    await removeAgendaItem(lead, { meetingId: meeting.id, version: "2", itemId: item.id });
    expect((await recordOf(rec.id)).status).toBe("SUBMITTED");
    expect((await listRecommendations(lead)).recommendations.find((r) => r.id === rec.id)).toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("cross-region: recommendations, chains, forwarding, reports and Handlungsfeld pages stay in their region", async () => {
    const rec = await createRecommendation(lead, {
      title: "Nur in Region A",
      text: "Diese Empfehlung gehört Region A.",
      fieldOfActionId: regions.a.fields[0]!.id,
    });
    const meetingA = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Sitzung A",
      startsAt: local(9),
      location: "A",
    });
    const meetingB = await createMeeting(foreign, {
      bodyId: regions.b.steering.id,
      title: "Sitzung B",
      startsAt: local(9),
      location: "B",
    });
    const { item } = await forwardRecommendation(lead, { recommendationId: rec.id, meetingId: meetingA.id });
    const decision = await recordDecision(lead, {
      agendaItemId: item.id,
      text: "Angenommen in Region A.",
      outcome: "ADOPTED",
    });
    const assignment = await createAssignment(lead, { decisionId: decision.id, title: "Auftrag A" });

    await expect(getRecommendation(foreign, rec.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      forwardRecommendation(foreign, { recommendationId: rec.id, meetingId: meetingB.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    for (const start of [
      { kind: "recommendation", id: rec.id },
      { kind: "decision", id: decision.id },
      { kind: "assignment", id: assignment.id },
    ] as const) {
      await expect(getChain(foreign, start)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      updateFieldOfAction(foreign, { fieldOfActionId: regions.a.fields[0]!.id, goals: "Fremde Ziele" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createRecommendation(foreign, {
        title: "Fremdes Feld",
        text: "Mit dem Handlungsfeld von Region A.",
        fieldOfActionId: regions.a.fields[0]!.id,
      }),
    ).rejects.toMatchObject({ fieldErrors: { fieldOfActionId: [expect.any(String)] } });
    const recB = await createRecommendation(foreign, {
      title: "Empfehlung B",
      text: "Diese Empfehlung gehört Region B.",
      fieldOfActionId: regions.b.fields[0]!.id,
      isPublic: "on",
    });
    await expect(
      forwardRecommendation(lead, { recommendationId: recB.id, meetingId: meetingA.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      forwardRecommendation(foreign, { recommendationId: recB.id, meetingId: meetingA.id }),
    ).rejects.toMatchObject({ fieldErrors: { meetingId: [expect.any(String)] } });
    await expect(
      createOffer(foreign, { title: "Angebot B", kind: "PROJECT", isFree: "on", assignmentId: assignment.id }),
    ).rejects.toMatchObject({ fieldErrors: { assignmentId: [expect.any(String)] } });

    const reportB = await buildConferenceReport(foreign);
    const titlesB = reportB.fields.flatMap((f) => f.recommendations.map((r) => r.title));
    expect(titlesB).toEqual(["Empfehlung B"]);
    expect((await listRecommendations(foreign)).recommendations.map((r) => r.title)).toEqual(["Empfehlung B"]);
    const publicB = (await getPublicFieldOfAction(regions.b.region.id, regions.a.fields[0]!.slug))!; // same standard slug, other region
    expect(publicB.recommendations.map((r) => r.title)).toEqual(["Empfehlung B"]);
    expect(publicB.decisions).toEqual([]);
  });
});
