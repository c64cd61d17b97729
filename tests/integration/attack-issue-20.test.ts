// Issue 20 attacked from outside (as the probe of issue 19 did): status abuse, races and
// hostile input against the office's new meeting, attendance and decision features. Each test
// is named after the defect it found; dates come from the clock.
import { beforeAll, describe, expect, it } from "vitest";
import { withRegion, type Tx } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { createAssignment, getAssignment, updateAssignment } from "../../lib/decisions/assignments.ts";
import { editAssignment } from "../../lib/decisions/edit-assignment.ts";
import { correctDecision } from "../../lib/decisions/correct-decision.ts";
import { getDecision } from "../../lib/decisions/get-decision.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { recordAttendance } from "../../lib/meetings/record-attendance.ts";
import { sendInvitation } from "../../lib/meetings/send-invitation.ts";
import { setMeetingStatus } from "../../lib/meetings/set-meeting-status.ts";
import { updateMeeting } from "../../lib/meetings/update-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMeeting } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { berlinIso, dateFromNow, daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";
import { meetingWithDecisionItems, memberActor, votingBody } from "../support/voting.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let body: Awaited<ReturnType<typeof votingBody>>;

/** A meeting of the voting body `daysAgo` days ago (negative: ahead) with `items` decision TOPs. */
const meetingWithItems = (daysAgo: number, items: number, status?: "PLANNED" | "INVITED") =>
  meetingWithDecisionItems(regions.a.region.id, body.body.id, daysAgo, items, status);

async function approveMinutes(meetingId: string) {
  const regionId = regions.a.region.id;
  await withRegion(regionId, (tx) =>
    tx.minutes.create({
      data: { regionId, meetingId, status: "APPROVED", approvedAt: new Date(), approvedBy: "Lenkungskreis" },
    }),
  );
}

const outboxCount = (regionId: string) => withRegion(regionId, (tx) => tx.outboxEmail.count({ where: { regionId } }));

const decide = (agendaItemId: string, extra: Record<string, string> = {}) => ({
  agendaItemId,
  text: "Der Arbeitskreis beschließt das Arbeitsprogramm.",
  outcome: "ADOPTED",
  ...extra,
});

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  body = await votingBody(regions.a.region.id, 5, { deputies: 1 });
});

describe("meeting status abuse", () => {
  it("a held meeting cannot be cancelled by a forged post (no cancellation mail for a meeting that took place)", async () => {
    const { meeting } = await meetingWithItems(3, 0);
    await setMeetingStatus(lead, { meetingId: meeting.id, status: "HELD" });
    const before = await outboxCount(regions.a.region.id);
    await expect(setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const stored = await withRegion(regions.a.region.id, (tx) => tx.meeting.findFirst({ where: { id: meeting.id } }));
    expect(stored?.status).toBe("HELD");
    expect(await outboxCount(regions.a.region.id)).toBe(before);
  });

  it("a held meeting cannot be set back to planned and then edited", async () => {
    const { meeting } = await meetingWithItems(3, 0);
    await setMeetingStatus(lead, { meetingId: meeting.id, status: "HELD" });
    await expect(setMeetingStatus(lead, { meetingId: meeting.id, status: "PLANNED" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      updateMeeting(lead, {
        meetingId: meeting.id,
        bodyId: body.body.id,
        title: "Nachträglich umgeschrieben",
        startsAt: daysFromNow(-2, "10:00"),
        location: "Anderswo",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("'eingeladen' is only reached by sending the invitation, not by a forged status post", async () => {
    const { meeting } = await meetingWithItems(-20, 0, "PLANNED");
    await expect(setMeetingStatus(lead, { meetingId: meeting.id, status: "INVITED" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a cancelled meeting cannot be reopened as planned by a forged post", async () => {
    const { meeting } = await meetingWithItems(-20, 0);
    await setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" });
    await expect(setMeetingStatus(lead, { meetingId: meeting.id, status: "PLANNED" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});

describe("races", () => {
  it("two parallel Berichtigungen of one decision keep both earlier versions in the history", async () => {
    const { items } = await meetingWithItems(4, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    const correction = (text: string) =>
      correctDecision(lead, { decisionId: decision.id, text, outcome: "ADOPTED", correction: `Berichtigt: ${text}` });
    await Promise.all([correction("Fassung A des Beschlusses."), correction("Fassung B des Beschlusses.")]);
    const page = await getDecision(lead, decision.id);
    // one revision holds the original wording, the other the wording the first correction stored
    expect(page.revisions.map((r) => r.text).sort()).toEqual(
      [
        decision.text,
        page.text === "Fassung A des Beschlusses." ? "Fassung B des Beschlusses." : "Fassung A des Beschlusses.",
      ].sort(),
    );
  });

  it("two parallel Aufhebungsbeschlüsse of one decision: only one lifts it", async () => {
    const earlier = await meetingWithItems(30, 1);
    const original = await recordDecision(lead, decide(earlier.items[0]!));
    await approveMinutes(earlier.meeting.id);
    const later = await meetingWithItems(2, 2);
    const lift = (item: string) =>
      recordDecision(
        lead,
        decide(item, { text: "Der Beschluss wird aufgehoben.", amendmentKind: "REVOKES", amendsId: original.id }),
      );
    const results = await Promise.allSettled([lift(later.items[0]!), lift(later.items[1]!)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ValidationError);
  });
});

/** Does some request wait for a lock (held by the transaction of `raceWith`)? */
async function someoneWaitsForALock() {
  const [row] = await withRegion(
    regions.a.region.id,
    (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`,
  );
  return row!.n > 0;
}

/**
 * Runs `hold` in a transaction kept open until `during` — started while `hold` is not committed
 * yet — has either finished or waits for a lock `hold` took; then commits `hold`.
 */
async function raceWith<T>(hold: (tx: Tx) => Promise<unknown>, during: () => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  const first = withRegion(regions.a.region.id, async (tx) => {
    await hold(tx);
    held();
    await gate;
  });
  await holding;
  let settled = false;
  const result = during().finally(() => (settled = true));
  result.catch(() => undefined);
  while (!settled && !(await someoneWaitsForALock())) await new Promise((resolve) => setTimeout(resolve, 20));
  release();
  await first;
  return result;
}

/** Approves the minutes of `meetingId` while `during` runs (see raceWith). */
async function raceWithApproval<T>(meetingId: string, during: () => Promise<T>) {
  const regionId = regions.a.region.id;
  await withRegion(regionId, (tx) => tx.minutes.create({ data: { regionId, meetingId, status: "CIRCULATED" } }));
  return raceWith(
    (tx) =>
      tx.minutes.updateMany({
        where: { regionId, meetingId },
        data: { status: "APPROVED", approvedAt: new Date(), approvedBy: "Arbeitskreis" },
      }),
    during,
  );
}

describe("attendance after approval", () => {
  it("attendance cannot be changed after the minutes are approved", async () => {
    const { meeting } = await meetingWithItems(5, 0);
    await recordAttendance(lead, { meetingId: meeting.id, alle: "PRESENT" });
    await approveMinutes(meeting.id);
    const seat = body.members[0]!.membershipId;
    await expect(recordAttendance(lead, { meetingId: meeting.id, [`seat:${seat}`]: "ABSENT" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const stored = await withRegion(regions.a.region.id, (tx) =>
      tx.attendance.findFirst({ where: { meetingId: meeting.id, membershipId: seat } }),
    );
    expect(stored?.status).toBe("PRESENT");
  });
});

describe("forged counts", () => {
  it("'angenommen' with no more Ja than Nein votes is refused next to the result", async () => {
    const { items } = await meetingWithItems(4, 2);
    await expect(
      recordDecision(lead, decide(items[0]!, { yesCount: "1", noCount: "4", abstainCount: "0" })),
    ).rejects.toMatchObject({ fieldErrors: { outcome: [expect.stringContaining("1 Ja- und 4 Nein-Stimmen")] } });
    await expect(
      recordDecision(
        lead,
        decide(items[0]!, { yesCount: "2", noCount: "2", abstainCount: "1", outcome: "ADOPTED_AMENDED" }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const decision = await recordDecision(lead, decide(items[1]!, { yesCount: "3", noCount: "2", abstainCount: "0" }));
    await expect(
      correctDecision(lead, {
        decisionId: decision.id,
        text: decision.text,
        outcome: "ADOPTED",
        yesCount: "0",
        noCount: "5",
        abstainCount: "0",
        correction: "Stimmen vertauscht.",
      }),
    ).rejects.toMatchObject({ fieldErrors: { outcome: [expect.any(String)] } });
  });

  it("held: counts as 1e3, -1, NaN, 0x10, a huge number or blank are refused in German", async () => {
    const { items } = await meetingWithItems(4, 1);
    for (const value of ["1e3", "-1", "NaN", "0x10", "99999999999999999999", "3.5", " "])
      await expect(
        recordDecision(lead, decide(items[0]!, { yesCount: value, noCount: "0", abstainCount: "0" })),
      ).rejects.toMatchObject({ fieldErrors: { yesCount: [expect.stringMatching(/Ja-Stimmen|vollständig/)] } });
  });
});

describe("decision date", () => {
  it("a decision of a meeting shortly after midnight (Berlin) carries the meeting's day, not the UTC day before", async () => {
    const regionId = regions.a.region.id;
    const item = await withRegion(regionId, async (tx) => {
      const meeting = await createMeeting(tx, regionId, {
        bodyId: body.body.id,
        title: "Nachtsitzung",
        startsAt: new Date(berlinIso(daysFromNow(-3, "00:30"))),
        status: "INVITED",
      });
      return tx.agendaItem.create({
        data: { regionId, meetingId: meeting.id, position: 1, number: "TOP 1", title: "Beschluss", kind: "DECISION" },
      });
    });
    const decision = await recordDecision(lead, decide(item.id));
    expect(decision.decidedOn.toISOString().slice(0, 10)).toBe(dateFromNow(-3));
  });
});

describe("decisions and edits against the meeting's state", () => {
  it("no decision is recorded on a TOP of a cancelled meeting", async () => {
    const { meeting, items } = await meetingWithItems(6, 1);
    await setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" });
    await expect(recordDecision(lead, decide(items[0]!))).rejects.toBeInstanceOf(ConflictError);
    const stored = await withRegion(regions.a.region.id, (tx) =>
      tx.decision.count({ where: { regionId: regions.a.region.id, meetingId: meeting.id } }),
    );
    expect(stored).toBe(0);
  });

  it("a meeting with a recorded decision cannot be cancelled afterwards", async () => {
    const { meeting, items } = await meetingWithItems(6, 1);
    await recordDecision(lead, decide(items[0]!));
    await expect(setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a meeting with recorded decisions cannot be moved to another day or body (its decisions keep their date)", async () => {
    const { meeting, items } = await meetingWithItems(3, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    const other = await votingBody(regions.a.region.id, 3);
    const edit = (extra: Record<string, string>) =>
      updateMeeting(lead, {
        meetingId: meeting.id,
        bodyId: body.body.id,
        title: meeting.title,
        startsAt: daysFromNow(-3, "14:00"),
        location: "Kreishaus",
        isPublic: "on",
        ...extra,
      });
    await expect(edit({ startsAt: daysFromNow(40, "14:00") })).rejects.toBeInstanceOf(ConflictError);
    await expect(edit({ bodyId: other.body.id })).rejects.toBeInstanceOf(ConflictError);
    expect((await getDecision(lead, decision.id)).decidedOn).toEqual(decision.decidedOn);
    // the place (or title) can still be corrected
    expect((await edit({})).changed).toEqual(["location"]);
  });

  it("a meeting with recorded attendance cannot be moved to another day", async () => {
    const { meeting } = await meetingWithItems(2, 0);
    await recordAttendance(lead, { meetingId: meeting.id, alle: "PRESENT" });
    await expect(
      updateMeeting(lead, {
        meetingId: meeting.id,
        bodyId: body.body.id,
        title: meeting.title,
        startsAt: daysFromNow(30, "14:00"),
        location: "Kreishaus",
        isPublic: "on",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("racing the approval of the minutes", () => {
  it("a Berichtigung racing the approval of the minutes does not slip in after it", async () => {
    const { meeting, items } = await meetingWithItems(7, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    const correction = raceWithApproval(meeting.id, () =>
      correctDecision(lead, {
        decisionId: decision.id,
        text: "Während der Genehmigung geändert.",
        outcome: "ADOPTED",
        correction: "Kurz vor knapp.",
      }),
    );
    await expect(correction).rejects.toBeInstanceOf(ConflictError);
    expect((await getDecision(lead, decision.id)).text).toBe(decision.text);
  });

  it("attendance saved while the minutes are being approved does not slip in after the approval", async () => {
    const { meeting } = await meetingWithItems(7, 0);
    const saving = raceWithApproval(meeting.id, () =>
      recordAttendance(lead, { meetingId: meeting.id, alle: "PRESENT" }),
    );
    await expect(saving).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("racing a cancellation", () => {
  it("an edit racing the cancellation does not change the cancelled meeting", async () => {
    const regionId = regions.a.region.id;
    const { meeting } = await meetingWithItems(-30, 0);
    const editing = raceWith(
      (tx) =>
        tx.meeting.update({ where: { regionId_id: { regionId, id: meeting.id } }, data: { status: "CANCELLED" } }),
      () =>
        updateMeeting(lead, {
          meetingId: meeting.id,
          bodyId: body.body.id,
          title: meeting.title,
          startsAt: daysFromNow(31, "14:00"),
          location: "Kreishaus",
          isPublic: "on",
        }),
    );
    await expect(editing).rejects.toBeInstanceOf(ConflictError);
  });

  it("an invitation racing the cancellation neither goes out nor sets the cancelled meeting back to 'eingeladen'", async () => {
    const regionId = regions.a.region.id;
    const { meeting } = await meetingWithItems(-30, 1, "PLANNED");
    const inviting = raceWith(
      (tx) =>
        tx.meeting.update({ where: { regionId_id: { regionId, id: meeting.id } }, data: { status: "CANCELLED" } }),
      () => sendInvitation(lead, { meetingId: meeting.id, confirmShortNotice: "on" }),
    );
    await expect(inviting).rejects.toBeInstanceOf(ConflictError);
    const stored = await withRegion(regionId, (tx) => tx.meeting.findFirst({ where: { id: meeting.id } }));
    expect(stored?.status).toBe("CANCELLED");
  });
});

describe("assignments", () => {
  async function assignment() {
    const { items } = await meetingWithItems(8, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    return createAssignment(lead, { decisionId: decision.id, title: "Konzept erstellen", description: "" });
  }

  it("two parallel progress notes on one assignment are both kept", async () => {
    const { id } = await assignment();
    await Promise.all([
      updateAssignment(lead, { assignmentId: id, status: "IN_PROGRESS", note: "Notiz eins" }),
      updateAssignment(lead, { assignmentId: id, status: "IN_PROGRESS", note: "Notiz zwei" }),
    ]);
    const stored = await getAssignment(lead, id);
    expect(stored.progressNotes).toContain("Notiz eins");
    expect(stored.progressNotes).toContain("Notiz zwei");
  });

  it("two parallel edits of one assignment: the history chains (the second starts from the first's value)", async () => {
    const { id } = await assignment();
    const edit = (title: string) =>
      editAssignment(lead, { assignmentId: id, title, description: "", status: "OPEN", dueOn: "" });
    await Promise.all([edit("Fassung A"), edit("Fassung B")]);
    const { changes, title } = await getAssignment(lead, id);
    const titles = changes.filter((c) => c.field === "Titel");
    expect(titles).toHaveLength(2);
    const last = titles.find((c) => c.toValue === title)!;
    const first = titles.find((c) => c !== last)!;
    expect(first.fromValue).toBe("Konzept erstellen");
    expect(last.fromValue).toBe(first.toValue);
  });

  it("no assignment follows from a lifted decision, even by a forged post", async () => {
    const earlier = await meetingWithItems(50, 1);
    const original = await recordDecision(lead, decide(earlier.items[0]!));
    await approveMinutes(earlier.meeting.id);
    const later = await meetingWithItems(1, 1);
    await recordDecision(
      lead,
      decide(later.items[0]!, {
        text: "Der Beschluss wird aufgehoben.",
        amendmentKind: "REVOKES",
        amendsId: original.id,
      }),
    );
    await expect(
      createAssignment(lead, { decisionId: original.id, title: "Trotzdem umsetzen", description: "" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("attendance with other seats' ids", () => {
  it("held: a seat of another body of the region, or the deputy of another seat, is refused and nothing stored", async () => {
    const { meeting } = await meetingWithItems(1, 0);
    const other = await votingBody(regions.a.region.id, 2);
    await expect(
      recordAttendance(lead, { meetingId: meeting.id, [`seat:${other.members[0]!.membershipId}`]: "PRESENT" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const seat = body.members[1]!.membershipId;
    await expect(
      recordAttendance(lead, {
        meetingId: meeting.id,
        [`seat:${seat}`]: "REPRESENTED",
        [`deputy:${seat}`]: body.deputies[0]!.membershipId,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const stored = await withRegion(regions.a.region.id, (tx) =>
      tx.attendance.count({ where: { regionId: regions.a.region.id, meetingId: meeting.id } }),
    );
    expect(stored).toBe(0);
  });
});

describe("role escalation", () => {
  it("a Lenkungskreis member's forged posts to the office's new actions are refused", async () => {
    const { meeting, items } = await meetingWithItems(9, 1);
    const decision = await recordDecision(lead, decide(items[0]!));
    const member = memberActor(regions.a.region.id, body.members[1]!.userId);
    const calls = [
      () => recordDecision(member, decide(items[0]!)),
      () =>
        correctDecision(member, {
          decisionId: decision.id,
          text: "Anders.",
          outcome: "ADOPTED",
          correction: "Weil ich will.",
        }),
      () => recordAttendance(member, { meetingId: meeting.id, alle: "PRESENT" }),
      () => setMeetingStatus(member, { meetingId: meeting.id, status: "HELD" }),
      () =>
        updateMeeting(member, {
          meetingId: meeting.id,
          bodyId: body.body.id,
          title: "Gekapert",
          startsAt: daysFromNow(-9, "14:00"),
          location: "X",
        }),
    ];
    for (const call of calls) await expect(call()).rejects.toThrow();
    const stored = await getDecision(lead, decision.id);
    expect(stored.text).toBe(decision.text);
  });
});
