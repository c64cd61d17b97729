import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { getDashboard } from "../../lib/dashboard/get-dashboard.ts";
import { createAssignment, listDecisionsAndAssignments, updateAssignment } from "../../lib/decisions/assignments.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { dateFromNow, daysFromNow } from "../support/clock.ts";

// a meeting four weeks back, whatever day the suite runs (a meeting more than a year back is refused)
const meetingStart = daysFromNow(-27, "14:00");
const year = meetingStart.slice(0, 4);

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let decisionItem: string;
let secondItem: string;
let parallelItems: string[];
let infoItem: string;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  const meeting = await createMeeting(lead, {
    bodyId: regions.a.steering.id,
    title: "4. Sitzung",
    startsAt: meetingStart,
    location: "Raum 2",
    isPublic: "on",
  });
  decisionItem = (
    await addAgendaItem(lead, {
      meetingId: meeting.id,
      version: "1",
      title: "Arbeitsprogramm 2027",
      kind: "DECISION",
      isPublic: "on",
    })
  ).id;
  infoItem = (await addAgendaItem(lead, { meetingId: meeting.id, version: "2", title: "Bericht", kind: "INFORMATION" }))
    .id;
  // one decision per decision TOP: each further decision gets its own TOP
  const more: string[] = [];
  for (const [i, title] of ["MINT-Woche", "Parallel 1", "Parallel 2", "Parallel 3"].entries())
    more.push(
      (await addAgendaItem(lead, { meetingId: meeting.id, version: String(3 + i), title, kind: "DECISION" })).id,
    );
  [secondItem, ...parallelItems] = more as [string, ...string[]];
});

describe("decisions and assignments", () => {
  it("records numbered decisions on decision TOPs, with complete counts or none", async () => {
    const first = await recordDecision(lead, {
      agendaItemId: decisionItem,
      text: "Der Lenkungskreis beschließt das Arbeitsprogramm 2027.",
      outcome: "ADOPTED",
      yesCount: "7",
      noCount: "1",
      abstainCount: "1",
      fieldOfActionId: regions.a.fields[1]!.id,
    });
    expect(first).toMatchObject({ number: `${year}/001`, yesCount: 7, isPublic: true });
    expect(first.decidedOn.toISOString().slice(0, 10)).toBe(meetingStart.slice(0, 10));
    const second = await recordDecision(lead, {
      agendaItemId: secondItem,
      text: "Die MINT-Woche wird verschoben.",
      outcome: "DEFERRED",
    });
    expect(second.number).toBe(`${year}/002`);
    await expect(
      recordDecision(lead, {
        agendaItemId: parallelItems[0]!,
        text: "Unvollständig gezählt.",
        outcome: "ADOPTED",
        yesCount: "5",
      }),
    ).rejects.toMatchObject({ fieldErrors: { yesCount: [expect.stringContaining("vollständig")] } });
    await expect(
      recordDecision(lead, { agendaItemId: parallelItems[0]!, text: "Abgelehnt ohne Grund.", outcome: "REJECTED" }),
    ).rejects.toMatchObject({ fieldErrors: { reason: ["Bitte begründen Sie die Ablehnung."] } });
    await expect(
      recordDecision(lead, { agendaItemId: infoItem, text: "Zu einem Bericht.", outcome: "ADOPTED" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("concurrent decisions get distinct numbers", async () => {
    const made = await Promise.all(
      parallelItems.map((agendaItemId, n) =>
        recordDecision(lead, { agendaItemId, text: `Paralleler Beschluss ${n + 1}.`, outcome: "ADOPTED" }),
      ),
    );
    expect(new Set(made.map((d) => d.number)).size).toBe(3);
  });

  it("assignments follow adopted decisions; notes are appended; overdue ones show on the dashboard", async () => {
    const { decisions } = await listDecisionsAndAssignments(lead);
    const adopted = decisions.find((d) => d.number === `${year}/001`)!;
    const deferred = decisions.find((d) => d.number === `${year}/002`)!;
    await expect(createAssignment(lead, { decisionId: deferred.id, title: "Verschieben" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const assignment = await createAssignment(lead, {
      decisionId: adopted.id,
      title: "Arbeitsprogramm veröffentlichen",
      ownerId: regions.a.person.id,
      // after the decision (27 days ago) and already past: only with the explicit confirmation
      dueOn: dateFromNow(-20),
      confirmPastDue: "on",
    });
    await updateAssignment(lead, { assignmentId: assignment.id, status: "IN_PROGRESS", note: "Entwurf liegt vor." });
    const updated = await updateAssignment(lead, {
      assignmentId: assignment.id,
      status: "IN_PROGRESS",
      note: "Abstimmung mit Schulamt.",
    });
    expect(updated.progressNotes.split("\n")).toHaveLength(2);
    expect(updated.progressNotes).toMatch(/: Entwurf liegt vor\.\n.*: Abstimmung mit Schulamt\.$/);

    const dashboard = await getDashboard(lead);
    expect(dashboard.openAssignments).toEqual([
      expect.objectContaining({ title: "Arbeitsprogramm veröffentlichen", overdue: true }),
    ]);
    await updateAssignment(lead, { assignmentId: assignment.id, status: "DONE", note: "" });
    expect((await getDashboard(lead)).openAssignments).toEqual([]);
  });

  it("cross-region: another region's agenda item, decision or assignment is not found", async () => {
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    const { decisions } = await listDecisionsAndAssignments(lead);
    const decision = decisions[0]!;
    const assignment = await createAssignment(lead, {
      decisionId: decisions.find((d) => d.outcome === "ADOPTED")!.id,
      title: "Nur hier",
    });
    for (const attempt of [
      () => recordDecision(foreign, { agendaItemId: decisionItem, text: "Fremder Beschluss.", outcome: "ADOPTED" }),
      () => createAssignment(foreign, { decisionId: decision.id, title: "Fremder Auftrag" }),
      () => updateAssignment(foreign, { assignmentId: assignment.id, status: "DONE", note: "" }),
    ])
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect((await listDecisionsAndAssignments(foreign)).decisions).toEqual([]);
  });
});

describe("public view of meetings", () => {
  it("shows public meetings with only their public TOPs and decisions; never non-public ones or other regions'", async () => {
    const { listPublicMeetings } = await import("../../lib/meetings/list-public-meetings.ts");
    const closed = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Nichtöffentliche Klausur",
      startsAt: daysFromNow(-25, "09:00"),
      location: "Raum 3",
    });
    await addAgendaItem(lead, {
      meetingId: closed.id,
      version: "1",
      title: "Geheimer Punkt",
      kind: "DISCUSSION",
      isPublic: "on",
    });
    const open = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Öffentliche Sitzung",
      startsAt: daysFromNow(-24, "09:00"),
      location: "Ratssaal",
      isPublic: "on",
    });
    await addAgendaItem(lead, {
      meetingId: open.id,
      version: "1",
      title: "Öffentlicher Punkt",
      kind: "DECISION",
      isPublic: "on",
    });
    const hidden = await addAgendaItem(lead, {
      meetingId: open.id,
      version: "2",
      title: "Personalsache",
      kind: "DECISION",
    });
    await recordDecision(lead, {
      agendaItemId: hidden.id,
      text: "Vertrauliche Personalentscheidung.",
      outcome: "ADOPTED",
    });

    const text = JSON.stringify(await listPublicMeetings(regions.a.region.id, regions.a.steering.id));
    expect(text).toContain("Öffentliche Sitzung");
    expect(text).toContain("Öffentlicher Punkt");
    expect(text).toContain("Der Lenkungskreis beschließt das Arbeitsprogramm 2027.");
    for (const secret of [
      "Nichtöffentliche Klausur",
      "Geheimer Punkt",
      "Personalsache",
      "Vertrauliche Personalentscheidung",
    ])
      expect(text).not.toContain(secret);
    expect(JSON.stringify(await listPublicMeetings(regions.b.region.id, regions.a.steering.id))).not.toContain(
      "Öffentliche Sitzung",
    );
  });
});
