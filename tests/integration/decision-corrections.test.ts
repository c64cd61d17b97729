// Issue 20, "Decisions and assignments": counts checked against the seats present, one decision
// per TOP, Berichtigung until the minutes are approved, Änderungs-/Aufhebungsbeschluss after,
// assignment edits with history, and the filtered list. Dates come from the clock.
import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { sqlState } from "../../lib/core/db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { getDashboard } from "../../lib/dashboard/get-dashboard.ts";
import { listAmendableDecisions } from "../../lib/decisions/amendments.ts";
import { createAssignment, getAssignment, listDecisionsAndAssignments } from "../../lib/decisions/assignments.ts";
import { correctDecision } from "../../lib/decisions/correct-decision.ts";
import { parseDecisionFilters } from "../../lib/decisions/decision-filters.ts";
import { editAssignment } from "../../lib/decisions/edit-assignment.ts";
import { getDecision } from "../../lib/decisions/get-decision.ts";
import { oparlGet } from "../../lib/oparl/endpoint.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMeeting } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { dateFromNow } from "../support/clock.ts";
import { validateOParl } from "../support/oparl-schema.ts";
import { twoRegions } from "../support/regions.ts";
import { meetingWithDecisionItems, votingBody } from "../support/voting.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;
let body: Awaited<ReturnType<typeof votingBody>>;

/** A meeting of the voting body `daysAgo` days ago (negative: ahead) with `items` decision TOPs. */
const meetingWithItems = (daysAgo: number, items: number, status?: "PLANNED" | "INVITED") =>
  meetingWithDecisionItems(regions.a.region.id, body.body.id, daysAgo, items, status);

/** Attendance rows as the office records them: `present` of the nine members, deputies as given. */
async function recordPresence(meetingId: string, present: number, deputiesPresent = 0) {
  const regionId = regions.a.region.id;
  await withRegion(regionId, async (tx) => {
    for (const [i, m] of body.members.entries())
      await tx.attendance.create({
        data: { regionId, meetingId, membershipId: m.membershipId, status: i < present ? "PRESENT" : "EXCUSED" },
      });
    for (const [i, d] of body.deputies.entries())
      await tx.attendance.create({
        data: { regionId, meetingId, membershipId: d.membershipId, status: i < deputiesPresent ? "PRESENT" : "ABSENT" },
      });
  });
}

async function approveMinutes(meetingId: string) {
  const regionId = regions.a.region.id;
  await withRegion(regionId, (tx) =>
    tx.minutes.create({
      data: { regionId, meetingId, status: "APPROVED", approvedAt: new Date(), approvedBy: "Lenkungskreis" },
    }),
  );
}

const decide = (agendaItemId: string, extra: Record<string, string> = {}) => ({
  agendaItemId,
  text: "Der Lenkungskreis beschließt das Arbeitsprogramm.",
  outcome: "ADOPTED",
  ...extra,
});

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  body = await votingBody(regions.a.region.id, 9, { deputies: 2 });
});

describe("vote counts", () => {
  it("refuses 25/0/1 with 7 of 9 voting seats present, next to the count fields; accepts 7", async () => {
    const { meeting, items } = await meetingWithItems(3, 1);
    await recordPresence(meeting.id, 7);
    const refused = await recordDecision(
      lead,
      decide(items[0]!, { yesCount: "25", noCount: "0", abstainCount: "1" }),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors.yesCount).toEqual([
      "Ja, Nein und Enthaltungen ergeben zusammen 26 Stimmen. In der Sitzung sind nur 7 stimmberechtigte Sitze vertreten (laut Anwesenheit, Stellvertretungen mitgezählt).",
    ]);
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "6", noCount: "1", abstainCount: "1" })),
    ).rejects.toBeInstanceOf(ValidationError);
    const ok = await recordDecision(lead, decide(items[0]!, { yesCount: "5", noCount: "1", abstainCount: "1" }));
    expect(ok).toMatchObject({ yesCount: 5, noCount: 1, abstainCount: 1 });
  });

  it("counts a present deputy for their absent member", async () => {
    const { meeting, items } = await meetingWithItems(4, 1);
    await recordPresence(meeting.id, 6, 2); // members 1–6 present, deputies of members 1 and 2 present too
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "7", noCount: "0", abstainCount: "0" })),
    ).rejects.toMatchObject({ fieldErrors: { yesCount: [expect.stringContaining("nur 6 stimmberechtigte Sitze")] } });
    const { meeting: other, items: otherItems } = await meetingWithItems(5, 1);
    const regionId = regions.a.region.id;
    await recordPresence(other.id, 6);
    // member 7 excused, their deputy? none — but member 1's deputy present while member 1 is absent:
    await withRegion(regionId, async (tx) => {
      await tx.attendance.update({
        where: {
          regionId_meetingId_membershipId: {
            regionId,
            meetingId: other.id,
            membershipId: body.members[0]!.membershipId,
          },
        },
        data: { status: "EXCUSED" },
      });
      await tx.attendance.update({
        where: {
          regionId_meetingId_membershipId: {
            regionId,
            meetingId: other.id,
            membershipId: body.deputies[0]!.membershipId,
          },
        },
        data: { status: "PRESENT" },
      });
    });
    expect(
      await recordDecision(lead, decide(otherItems[0]!, { yesCount: "6", noCount: "0", abstainCount: "0" })),
    ).toMatchObject({
      yesCount: 6,
    });
  });

  it("without recorded attendance: at most the voting seats of the body", async () => {
    const { items } = await meetingWithItems(6, 2);
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "9", noCount: "1", abstainCount: "0" })),
    ).rejects.toMatchObject({
      fieldErrors: { yesCount: [expect.stringContaining("Das Gremium hat nur 9 stimmberechtigte Sitze")] },
    });
    expect(
      await recordDecision(lead, decide(items[1]!, { yesCount: "9", noCount: "0", abstainCount: "0" })),
    ).toMatchObject({ yesCount: 9 });
  });

  it("with a closed poll on the TOP the counts must be the poll's (blank takes them)", async () => {
    const { items } = await meetingWithItems(7, 2);
    const regionId = regions.a.region.id;
    await withRegion(regionId, async (tx) => {
      for (const agendaItemId of items)
        await tx.poll.create({
          data: {
            regionId,
            bodyId: body.body.id,
            agendaItemId,
            title: "Abstimmung zum Arbeitsprogramm",
            method: "YES_NO_ABSTAIN",
            status: "CLOSED",
            closedAt: new Date(),
            result: { method: "YES_NO_ABSTAIN", yes: 5, no: 2, abstain: 1, adopted: true, statement: "Angenommen." },
          },
        });
    });
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "6", noCount: "1", abstainCount: "1" })),
    ).rejects.toMatchObject({
      fieldErrors: { yesCount: [expect.stringContaining("hat Ja 5, Nein 2, Enthaltung 1 ergeben")] },
    });
    expect(
      await recordDecision(lead, decide(items[0]!, { yesCount: "5", noCount: "2", abstainCount: "1" })),
    ).toMatchObject({ yesCount: 5, noCount: 2, abstainCount: 1 });
    expect(await recordDecision(lead, decide(items[1]!))).toMatchObject({ yesCount: 5, noCount: 2, abstainCount: 1 });
  });
});

describe("result and counts agree", () => {
  it("refuses 'angenommen' with no more yes than no votes (next to the result), in the record and in a Berichtigung; a rejection with more yes votes stays possible (two-thirds rules)", async () => {
    const { meeting, items } = await meetingWithItems(12, 3);
    await recordPresence(meeting.id, 9);
    const notAdopted =
      "Mit 3 Ja- und 4 Nein-Stimmen ist ein Antrag nicht angenommen: Dafür braucht er mehr Ja- als Nein-Stimmen. Bitte prüfen Sie das Ergebnis oder die Stimmen.";
    for (const outcome of ["ADOPTED", "ADOPTED_AMENDED"]) {
      const refused = await recordDecision(
        lead,
        decide(items[0]!, { outcome, yesCount: "3", noCount: "4", abstainCount: "2" }),
      ).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fieldErrors).toEqual({ outcome: [notAdopted] });
    }
    // a tie is no majority either
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "4", noCount: "4", abstainCount: "1" })),
    ).rejects.toMatchObject({ fieldErrors: { outcome: [expect.stringContaining("Mit 4 Ja- und 4 Nein-Stimmen")] } });
    // rejected although more voted yes: possible where two thirds are required
    expect(
      await recordDecision(
        lead,
        decide(items[1]!, {
          outcome: "REJECTED",
          yesCount: "5",
          noCount: "4",
          abstainCount: "0",
          reason: "Zwei Drittel nicht erreicht.",
        }),
      ),
    ).toMatchObject({ outcome: "REJECTED", yesCount: 5, noCount: 4 });
    const adopted = await recordDecision(lead, decide(items[2]!, { yesCount: "5", noCount: "4", abstainCount: "0" }));
    await expect(
      correctDecision(lead, {
        decisionId: adopted.id,
        text: adopted.text,
        outcome: "ADOPTED",
        yesCount: "3",
        noCount: "4",
        abstainCount: "2",
        correction: "Stimmen nach Protokollnotiz.",
      }),
    ).rejects.toMatchObject({ fieldErrors: { outcome: [expect.stringContaining("nicht angenommen")] } });
  });
});

describe("one decision per decision TOP", () => {
  it("refuses a second decision on the TOP with a German message", async () => {
    const { items } = await meetingWithItems(8, 1);
    await recordDecision(lead, decide(items[0]!));
    await expect(recordDecision(lead, decide(items[0]!, { text: "Ein zweiter Beschluss." }))).rejects.toMatchObject({
      message: expect.stringContaining("bereits ein Beschluss erfasst"),
    });
  });

  it("of two parallel requests for the same TOP exactly one is recorded", async () => {
    const { items } = await meetingWithItems(9, 1);
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => recordDecision(lead, decide(items[0]!, { text: `Paralleler Beschluss ${n}.` }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const count = await withRegion(regions.a.region.id, (tx) =>
      tx.decision.count({ where: { regionId: regions.a.region.id, agendaItemId: items[0]! } }),
    );
    expect(count).toBe(1);
  });

  it("the database itself refuses a second decision on the TOP", async () => {
    const { items } = await meetingWithItems(10, 1);
    const first = await recordDecision(lead, decide(items[0]!));
    await expect(
      withRegion(regions.a.region.id, (tx) =>
        tx.decision.create({
          data: {
            regionId: regions.a.region.id,
            bodyId: first.bodyId,
            meetingId: first.meetingId,
            agendaItemId: items[0]!,
            text: "Am Anwendungsfall vorbei.",
            outcome: "ADOPTED",
            decidedOn: first.decidedOn,
          },
        }),
      ),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe("Berichtigung", () => {
  it("corrects wording, counts and result with a reason until the minutes are approved; keeps the old version", async () => {
    const { meeting, items } = await meetingWithItems(11, 1);
    await recordPresence(meeting.id, 7);
    const decision = await recordDecision(lead, decide(items[0]!, { yesCount: "5", noCount: "1", abstainCount: "1" }));
    await expect(
      correctDecision(lead, { decisionId: decision.id, text: "Berichtigt.", outcome: "ADOPTED", correction: "" }),
    ).rejects.toMatchObject({ fieldErrors: { correction: [expect.any(String)] } });
    await expect(
      correctDecision(lead, {
        decisionId: decision.id,
        text: decision.text,
        outcome: "ADOPTED",
        yesCount: "25",
        noCount: "0",
        abstainCount: "1",
        correction: "Stimmen falsch übertragen.",
      }),
    ).rejects.toMatchObject({ fieldErrors: { yesCount: [expect.stringContaining("nur 7")] } });
    const corrected = await correctDecision(lead, {
      decisionId: decision.id,
      text: "Der Lenkungskreis beschließt das Arbeitsprogramm 2027.",
      outcome: "ADOPTED_AMENDED",
      yesCount: "6",
      noCount: "0",
      abstainCount: "1",
      correction: "Jahreszahl ergänzt, Stimmen nach Protokollnotiz.",
    });
    expect(corrected).toMatchObject({ number: decision.number, outcome: "ADOPTED_AMENDED", yesCount: 6, noCount: 0 });
    const page = await getDecision(lead, decision.id);
    expect(page.revisions).toEqual([
      expect.objectContaining({
        text: "Der Lenkungskreis beschließt das Arbeitsprogramm.",
        outcome: "ADOPTED",
        yesCount: 5,
        noCount: 1,
        correction: "Jahreszahl ergänzt, Stimmen nach Protokollnotiz.",
      }),
    ]);
    const audit = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({
        where: { regionId: regions.a.region.id, action: "decision.corrected", entityId: decision.id },
      }),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ correction: "Jahreszahl ergänzt, Stimmen nach Protokollnotiz." });

    await approveMinutes(meeting.id);
    expect((await getDecision(lead, decision.id)).canCorrect).toBe(false);
    await expect(
      correctDecision(lead, {
        decisionId: decision.id,
        text: "Nach der Genehmigung geändert.",
        outcome: "ADOPTED",
        correction: "Zu spät.",
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining("Änderungs- oder Aufhebungsbeschluss") });
  });

  it("the app role can neither change nor remove the history of a decision or an assignment", async () => {
    const { items } = await meetingWithItems(13, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    await correctDecision(lead, {
      decisionId: decision.id,
      text: "Berichtigter Text.",
      outcome: "ADOPTED",
      correction: "Tippfehler.",
    });
    const assignment = await createAssignment(lead, { decisionId: decision.id, title: "Verlauf bleibt" });
    await editAssignment(lead, {
      assignmentId: assignment.id,
      title: "Verlauf bleibt stehen",
      description: "",
      status: "OPEN",
    });
    const regionId = regions.a.region.id;
    const attempt = (work: Parameters<typeof withRegion>[1]) =>
      withRegion(regionId, work).then(
        () => "ok",
        (e: unknown) => sqlState(e),
      );
    expect(
      await attempt((tx) =>
        tx.decisionRevision.updateMany({ where: { decisionId: decision.id }, data: { text: "x" } }),
      ),
    ).toBe("42501");
    expect(await attempt((tx) => tx.decisionRevision.deleteMany({ where: { decisionId: decision.id } }))).toBe("42501");
    expect(
      await attempt((tx) =>
        tx.assignmentChange.updateMany({ where: { assignmentId: assignment.id }, data: { toValue: "x" } }),
      ),
    ).toBe("42501");
    expect(await attempt((tx) => tx.assignmentChange.deleteMany({ where: { assignmentId: assignment.id } }))).toBe(
      "42501",
    );
  });

  it("refuses a correction that changes nothing", async () => {
    const { items } = await meetingWithItems(12, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    await expect(
      correctDecision(lead, {
        decisionId: decision.id,
        text: decision.text,
        outcome: "ADOPTED",
        correction: "Nichts.",
      }),
    ).rejects.toMatchObject({ fieldErrors: { text: [expect.stringContaining("unverändert")] } });
  });
});

describe("Änderungs- und Aufhebungsbeschluss", () => {
  it("names the decision it amends or lifts; both directions visible; a lifted decision is 'aufgehoben'", async () => {
    const { meeting, items } = await meetingWithItems(30, 2);
    const original = await recordDecision(lead, decide(items[0]!));
    const other = await recordDecision(lead, decide(items[1]!, { text: "Die MINT-Woche findet statt." }));
    await approveMinutes(meeting.id);
    const later = await meetingWithItems(2, 3);

    await expect(recordDecision(lead, decide(later.items[0]!, { amendmentKind: "AMENDS" }))).rejects.toMatchObject({
      fieldErrors: { amendsId: [expect.any(String)] },
    });
    const amending = await recordDecision(
      lead,
      decide(later.items[0]!, {
        text: "Das Arbeitsprogramm wird um Ziel 4 ergänzt.",
        amendmentKind: "AMENDS",
        amendsId: original.id,
      }),
    );
    const lifting = await recordDecision(
      lead,
      decide(later.items[1]!, { text: "Die MINT-Woche entfällt.", amendmentKind: "REVOKES", amendsId: other.id }),
    );
    await expect(
      recordDecision(lead, decide(later.items[2]!, { amendmentKind: "REVOKES", amendsId: other.id })),
    ).rejects.toMatchObject({
      fieldErrors: {
        amendsId: [`Beschluss ${other.number} ist bereits durch Beschluss ${lifting.number} aufgehoben.`],
      },
    });

    const amended = await getDecision(lead, original.id);
    expect(amended.amendedBy).toEqual([expect.objectContaining({ number: amending.number, amendmentKind: "AMENDS" })]);
    expect(amended.liftedBy).toBeNull();
    const lifted = await getDecision(lead, other.id);
    expect(lifted.liftedBy).toMatchObject({ number: lifting.number });
    expect((await getDecision(lead, lifting.id)).amends).toMatchObject({ number: other.number });
    expect((await listAmendableDecisions(lead)).map((d) => d.id)).not.toContain(other.id);
    const { decisions } = await listDecisionsAndAssignments(lead, { result: "LIFTED" });
    expect(decisions.map((d) => d.number)).toEqual([other.number]);
    // no new assignment from a lifted decision is offered, and a later decision cannot be "amended" by an earlier one
    const earlier = await meetingWithItems(40, 1);
    await expect(
      recordDecision(lead, decide(earlier.items[0]!, { amendmentKind: "AMENDS", amendsId: amending.id })),
    ).rejects.toMatchObject({ fieldErrors: { amendsId: [expect.stringContaining("früherer")] } });
  });
});

describe("Änderungs- und Aufhebungsbeschluss in OParl", () => {
  it("links both directions (relatedPaper, keyword, bildungsnetz:amends / amendedBy / status) and stays valid", async () => {
    const ORIGIN = "https://bildungsnetz.example";
    const paper = async (id: string) => {
      const url = new URL(`${ORIGIN}/api/oparl/v1/body/${regions.a.region.slug}/paper/${id}`);
      const response = await oparlGet(url.pathname.replace(/^\/api\/oparl\/v1\//, "").split("/"), url, ORIGIN);
      return response.body as Record<string, unknown>;
    };
    const { meeting, items } = await meetingWithItems(70, 1);
    const original = await recordDecision(lead, decide(items[0]!, { text: "Die Sprachwoche findet jährlich statt." }));
    await approveMinutes(meeting.id);
    const before = await paper(original.id);
    const later = await meetingWithItems(1, 1);
    const lifting = await recordDecision(
      lead,
      decide(later.items[0]!, { text: "Die Sprachwoche entfällt.", amendmentKind: "REVOKES", amendsId: original.id }),
    );
    const lifted = await paper(original.id);
    const liftingPaper = await paper(lifting.id);
    const url = (id: string) => `${ORIGIN}/api/oparl/v1/body/${regions.a.region.slug}/paper/${id}`;
    expect(lifted).toMatchObject({
      relatedPaper: [url(lifting.id)],
      keyword: ["aufgehoben"],
      "bildungsnetz:status": "aufgehoben",
      "bildungsnetz:amendedBy": [{ paper: url(lifting.id), kind: "aufgehoben durch", outcome: "angenommen" }],
    });
    expect(Date.parse(lifted.modified as string)).toBeGreaterThanOrEqual(Date.parse(before.modified as string));
    expect(liftingPaper).toMatchObject({
      relatedPaper: [url(original.id)],
      keyword: ["Aufhebungsbeschluss"],
      "bildungsnetz:amends": { paper: url(original.id), kind: "hebt auf" },
    });
    expect(validateOParl(lifted)).toEqual([]);
    expect(validateOParl(liftingPaper)).toEqual([]);
  });
});

describe("assignments", () => {
  it("edits title, owner, due date and status with a visible history; due dates make sense; 'überfällig' follows", async () => {
    const { items } = await meetingWithItems(20, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    await expect(
      createAssignment(lead, { decisionId: decision.id, title: "Vor dem Beschluss", dueOn: dateFromNow(-25) }),
    ).rejects.toMatchObject({ fieldErrors: { dueOn: [expect.stringContaining("nicht vor dem Beschluss")] } });
    await expect(
      createAssignment(lead, { decisionId: decision.id, title: "Frist vorbei", dueOn: dateFromNow(-2) }),
    ).rejects.toMatchObject({ fieldErrors: { confirmPastDue: [expect.stringContaining("bestätigen")] } });
    // an absurd date far ahead is refused, too (found walking the portal: 31.12.9999 was stored)
    await expect(
      createAssignment(lead, { decisionId: decision.id, title: "Frist 9999", dueOn: "9999-12-31" }),
    ).rejects.toMatchObject({ fieldErrors: { dueOn: [expect.stringContaining("mehr als 10 Jahre in der Zukunft")] } });
    const assignment = await createAssignment(lead, {
      decisionId: decision.id,
      title: "Arbeitsprogramm veröffentlichen",
      dueOn: dateFromNow(30),
    });
    expect((await getDashboard(lead)).openAssignments.filter((a) => a.id === assignment.id)).toEqual([
      expect.objectContaining({ id: assignment.id, overdue: false }),
    ]);

    const base = {
      assignmentId: assignment.id,
      title: "Arbeitsprogramm im Netz veröffentlichen",
      description: "",
      ownerId: regions.a.person.id,
      status: "IN_PROGRESS",
    };
    await expect(editAssignment(lead, { ...base, dueOn: dateFromNow(-25) })).rejects.toMatchObject({
      fieldErrors: { dueOn: [expect.any(String)] },
    });
    await expect(editAssignment(lead, { ...base, dueOn: dateFromNow(11 * 366) })).rejects.toMatchObject({
      fieldErrors: { dueOn: [expect.stringContaining("mehr als 10 Jahre in der Zukunft")] },
    });
    await expect(editAssignment(lead, { ...base, dueOn: dateFromNow(-1) })).rejects.toMatchObject({
      fieldErrors: { confirmPastDue: [expect.any(String)] },
    });
    const { changes } = await editAssignment(lead, { ...base, dueOn: dateFromNow(-1), confirmPastDue: "on" });
    expect(changes.map((c) => c.field)).toEqual(["Titel", "Verantwortlich", "Frist", "Stand"]);
    expect((await getDashboard(lead)).openAssignments.filter((a) => a.id === assignment.id)).toEqual([
      expect.objectContaining({ id: assignment.id, overdue: true }),
    ]);
    // editing something else keeps the (confirmed) past due date without asking again
    await editAssignment(lead, { ...base, description: "Auf der Website.", dueOn: dateFromNow(-1) });
    await editAssignment(lead, { ...base, description: "Auf der Website.", dueOn: dateFromNow(10) });
    expect((await getDashboard(lead)).openAssignments.filter((a) => a.id === assignment.id)).toEqual([
      expect.objectContaining({ id: assignment.id, overdue: false }),
    ]);

    const page = await getAssignment(lead, assignment.id);
    expect(page.overdue).toBe(false);
    const history = page.changes.map((c) => [c.field, c.fromValue, c.toValue, c.changedBy]);
    expect(history).toEqual(
      expect.arrayContaining([
        ["Titel", "Arbeitsprogramm veröffentlichen", "Arbeitsprogramm im Netz veröffentlichen", regions.a.user.name],
        ["Verantwortlich", "noch offen", expect.stringContaining(regions.a.person.familyName), regions.a.user.name],
        ["Stand", "offen", "in Arbeit", regions.a.user.name],
        ["Beschreibung", "", "Auf der Website.", regions.a.user.name],
      ]),
    );
    expect(history.filter(([field]) => field === "Frist")).toHaveLength(2);
    expect(page.changes[0]!.field).toBe("Frist"); // newest first
  });
});

describe("filtered list", () => {
  it("filters by body, Handlungsfeld, year, result, assignment status and owner; query values are checked", async () => {
    const { items } = await meetingWithItems(50, 2);
    const field = regions.a.fields[0]!;
    const withField = await recordDecision(lead, decide(items[0]!, { fieldOfActionId: field.id }));
    const rejected = await recordDecision(lead, decide(items[1]!, { outcome: "REJECTED", reason: "Kein Geld." }));
    const owned = await createAssignment(lead, {
      decisionId: withField.id,
      title: "Mit Verantwortlicher",
      ownerId: regions.a.person.id,
      dueOn: dateFromNow(5),
    });
    await createAssignment(lead, { decisionId: withField.id, title: "Ohne Verantwortliche" });
    const numbers = async (filters: Parameters<typeof listDecisionsAndAssignments>[1]) =>
      (await listDecisionsAndAssignments(lead, filters)).decisions.map((d) => d.number);

    expect(await numbers({ fieldOfActionId: field.id })).toEqual([withField.number]);
    expect(await numbers({ result: "REJECTED", bodyId: body.body.id })).toContain(rejected.number);
    expect(await numbers({ result: "REJECTED" })).not.toContain(withField.number);
    expect(await numbers({ bodyId: regions.a.steering.id })).toEqual([]);
    const year = withField.decidedOn.getUTCFullYear();
    expect(await numbers({ year })).toContain(withField.number);
    expect(await numbers({ year: year - 5 })).toEqual([]);
    const byOwner = await listDecisionsAndAssignments(lead, { ownerId: regions.a.person.id });
    expect(byOwner.decisions.map((d) => d.number)).toContain(withField.number);
    expect(byOwner.decisions.flatMap((d) => d.assignments.map((a) => a.id))).toEqual(
      expect.arrayContaining([owned.id]),
    );
    expect(byOwner.decisions.flatMap((d) => d.assignments.map((a) => a.title))).not.toContain("Ohne Verantwortliche");
    expect(await numbers({ status: "DONE", fieldOfActionId: field.id })).toEqual([]);
    expect(await numbers({ status: "OPEN", fieldOfActionId: field.id })).toEqual([withField.number]);

    expect(
      parseDecisionFilters({
        gremium: body.body.id,
        jahr: "2027",
        ergebnis: "LIFTED",
        stand: "OVERDUE",
        verantwortlich: "x",
      }),
    ).toEqual({ bodyId: body.body.id, year: 2027, result: "LIFTED", status: "OVERDUE" });
    expect(parseDecisionFilters({ jahr: "'; drop", ergebnis: "toString", stand: ["DONE", "OPEN"] })).toEqual({
      status: "DONE",
    });
    // another region's filters find nothing of this one
    expect((await listDecisionsAndAssignments(foreign, { bodyId: body.body.id })).decisions).toEqual([]);
  });
});

describe("cross-region", () => {
  it("refuses region A's ids to region B's actor in every new use case", async () => {
    const { items } = await meetingWithItems(60, 2);
    const decision = await recordDecision(lead, decide(items[0]!));
    const assignment = await createAssignment(lead, { decisionId: decision.id, title: "Nur in Region A" });
    await expect(
      correctDecision(foreign, {
        decisionId: decision.id,
        text: "Fremd berichtigt.",
        outcome: "ADOPTED",
        correction: "Fremd.",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDecision(foreign, decision.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      editAssignment(foreign, { assignmentId: assignment.id, title: "Fremd", description: "", status: "DONE" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignment(foreign, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    // region B's own TOP naming region A's decision as the one it amends: refused
    const b = regions.b.region.id;
    const bItem = await withRegion(b, async (tx) => {
      const meeting = await createMeeting(tx, b, {
        bodyId: regions.b.steering.id,
        startsAt: new Date(`${dateFromNow(-1)}T10:00:00Z`),
      });
      return tx.agendaItem.create({
        data: { regionId: b, meetingId: meeting.id, position: 1, title: "Fremder Bezug", kind: "DECISION" },
      });
    });
    await expect(
      recordDecision(foreign, decide(bItem.id, { amendmentKind: "REVOKES", amendsId: decision.id })),
    ).rejects.toMatchObject({ fieldErrors: { amendsId: ["Bitte wählen Sie einen Beschluss dieser Region."] } });
    // and region A's decision is untouched
    expect((await getDecision(lead, decision.id)).amendedBy).toEqual([]);
    // an owner from region B is refused in region A
    await expect(
      editAssignment(lead, {
        assignmentId: assignment.id,
        title: "Nur in Region A",
        description: "",
        ownerId: regions.b.person.id,
        status: "OPEN",
      }),
    ).rejects.toMatchObject({ fieldErrors: { ownerId: ["Bitte wählen Sie eine Person dieser Region."] } });
  });
});
