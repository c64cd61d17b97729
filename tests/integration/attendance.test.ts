import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { addMembership } from "../../lib/governance/memberships.ts";
import { createPerson } from "../../lib/governance/people.ts";
import { saveAgreement } from "../../lib/governance/save-agreement.ts";
import { saveQuorumRule } from "../../lib/governance/save-quorum-rule.ts";
import { saveSeatRule } from "../../lib/governance/seat-rules.ts";
import { attendanceCsv } from "../../lib/meetings/attendance-csv.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { getMeeting } from "../../lib/meetings/get-meeting.ts";
import { ATTENDANCE_NOT_YET } from "../../lib/meetings/meeting-has-begun.ts";
import { ATTENDANCE_CHANGED, recordAttendance } from "../../lib/meetings/record-attendance.ts";
import { setMeetingStatus } from "../../lib/meetings/set-meeting-status.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { berlinIso, daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreignLead: Actor;
/** Four voting seats of the Bildungskonferenz; the fourth has a deputy. */
let seats: { id: string }[];
let deputy: { id: string };

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
  await saveAgreement(lead, {
    signedOn: "2009-01-01",
    parties: "Land und Kreis",
    isOpenEnded: "on",
    landPosts: "1",
    communalPosts: "1",
  });
  const seat = { bodyId: regions.a.conference.id, seatCategoryId: regions.a.category("kommune").id };
  await saveSeatRule(lead, { ...seat, minSeats: "0", maxSeats: "4", hasVote: "on" });
  await saveQuorumRule(lead, { bodyId: regions.a.conference.id, kind: "MORE_THAN_HALF", deputiesCount: "on" });
  seats = [];
  for (const name of ["Eins", "Zwei", "Drei", "Vier"]) {
    const person = await createPerson(lead, { givenName: "Kommune", familyName: name });
    const added = await addMembership(lead, {
      ...seat,
      personId: person.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
    });
    seats.push(added.membership);
  }
  const deputyPerson = await createPerson(lead, { givenName: "Vertretung", familyName: "Vier" });
  deputy = (
    await addMembership(lead, {
      ...seat,
      personId: deputyPerson.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
      deputyOfId: seats[3]!.id,
    })
  ).membership;
});

/** A meeting of the conference, planned ahead and then moved to `local` (Berlin wall clock) as a fixture. */
async function meetingOn(local: string, actor = lead, bodyId = regions.a.conference.id) {
  const meeting = await createMeeting(actor, {
    bodyId,
    title: "Bildungskonferenz",
    startsAt: daysFromNow(28, "14:00"),
    location: "Kreishaus",
  });
  await withRegion(actor.regionId, (tx) =>
    tx.meeting.update({
      where: { regionId_id: { regionId: actor.regionId, id: meeting.id } },
      data: { startsAt: new Date(berlinIso(local)), endsAt: null },
    }),
  );
  return meeting;
}

const stored = async (meetingId: string) =>
  withRegion(regions.a.region.id, (tx) =>
    tx.attendance.findMany({
      where: { regionId: regions.a.region.id, meetingId },
      select: { membershipId: true, status: true, representedById: true },
      orderBy: { membershipId: "asc" },
    }),
  );

const seatStatuses = async (meetingId: string) =>
  (await getMeeting(lead, meetingId)).seats.map((s) => [s.name, s.status, s.representedBy?.name ?? null]);

describe("attendance as one table: a row per seat", () => {
  it("refuses a meeting that lies ahead (and stores nothing); from the meeting day on it records", async () => {
    const ahead = await meetingOn(daysFromNow(1, "00:05"));
    const attempt = recordAttendance(lead, { meetingId: ahead.id, [`seat:${seats[0]!.id}`]: "PRESENT" });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(recordAttendance(lead, { meetingId: ahead.id, alle: "PRESENT" })).rejects.toThrow(ATTENDANCE_NOT_YET);
    expect(await stored(ahead.id)).toEqual([]);
    expect((await getMeeting(lead, ahead.id)).attendanceOpen).toBe(false);

    // later today, Berlin time: the meeting day has come
    const today = await meetingOn(daysFromNow(0, "23:59"));
    expect((await getMeeting(lead, today.id)).attendanceOpen).toBe(true);
    const { counts } = await recordAttendance(lead, { meetingId: today.id, [`seat:${seats[0]!.id}`]: "PRESENT" });
    expect(counts).toMatchObject({ PRESENT: 1, NONE: 3 });
  });

  it("refuses a cancelled meeting", async () => {
    const meeting = await meetingOn(daysFromNow(-1, "14:00"));
    await setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" });
    await expect(recordAttendance(lead, { meetingId: meeting.id, alle: "PRESENT" })).rejects.toThrow("abgesagt");
  });

  it("shows one row per seat with its deputy; 'Alle anwesend' sets every seat; 'vertreten' stores the deputy present", async () => {
    const meeting = await meetingOn(daysFromNow(-1, "14:00"));
    const view = await getMeeting(lead, meeting.id);
    expect(view.seats.map((s) => [s.name, s.isVotingSeat, s.deputies.map((d) => d.name)])).toEqual([
      ["Kommune Eins", true, []],
      ["Kommune Zwei", true, []],
      ["Kommune Drei", true, []],
      ["Kommune Vier", true, ["Vertretung Vier"]],
    ]);

    let result = await recordAttendance(lead, { meetingId: meeting.id, alle: "PRESENT" });
    expect(result.counts).toMatchObject({ PRESENT: 4, NONE: 0 });
    expect(result.quorum).toMatchObject({ votingSeats: 4, represented: 4, isQuorate: true });

    // Exactly half present: not quorate under "more than half" …
    result = await recordAttendance(lead, {
      meetingId: meeting.id,
      [`seat:${seats[2]!.id}`]: "EXCUSED",
      [`seat:${seats[3]!.id}`]: "ABSENT",
    });
    expect(result.quorum).toMatchObject({ represented: 2, required: 3, isQuorate: false });
    // … until the deputy stands in for the fourth seat.
    result = await recordAttendance(lead, {
      meetingId: meeting.id,
      [`seat:${seats[3]!.id}`]: "REPRESENTED",
      [`deputy:${seats[3]!.id}`]: deputy.id,
    });
    expect(result.quorum.statement).toBe(
      "Von 4 stimmberechtigten Sitzen sind 3 vertreten; erforderlich sind 3. Das Gremium ist beschlussfähig.",
    );
    expect(result.counts).toEqual({ PRESENT: 2, EXCUSED: 1, REPRESENTED: 1, ABSENT: 0, NONE: 0 });
    expect(await seatStatuses(meeting.id)).toEqual([
      ["Kommune Eins", "PRESENT", null],
      ["Kommune Zwei", "PRESENT", null],
      ["Kommune Drei", "EXCUSED", null],
      ["Kommune Vier", "REPRESENTED", "Vertretung Vier"],
    ]);
    // stored with the existing statuses: the member excused and naming the deputy, the deputy present
    const rows = await stored(meeting.id);
    expect(rows.find((r) => r.membershipId === seats[3]!.id)).toEqual({
      membershipId: seats[3]!.id,
      status: "EXCUSED",
      representedById: deputy.id,
    });
    expect(rows.find((r) => r.membershipId === deputy.id)).toMatchObject({ status: "PRESENT" });

    // the member comes after all: the deputy is no longer recorded as present
    await recordAttendance(lead, { meetingId: meeting.id, [`seat:${seats[3]!.id}`]: "PRESENT" });
    expect((await stored(meeting.id)).some((r) => r.membershipId === deputy.id)).toBe(false);
    // and "nicht erfasst" removes a seat's record
    const after = await recordAttendance(lead, { meetingId: meeting.id, [`seat:${seats[0]!.id}`]: "" });
    expect(after.counts).toMatchObject({ PRESENT: 2, EXCUSED: 1, NONE: 1 });
  });

  it("names the field when 'vertreten' lacks a deputy or names someone else's, and stores nothing", async () => {
    const meeting = await meetingOn(daysFromNow(-2, "14:00"));
    await expect(
      recordAttendance(lead, {
        meetingId: meeting.id,
        [`seat:${seats[0]!.id}`]: "PRESENT",
        [`seat:${seats[3]!.id}`]: "REPRESENTED",
        [`deputy:${seats[3]!.id}`]: "",
      }),
    ).rejects.toMatchObject({ fieldErrors: { [`deputy:${seats[3]!.id}`]: [expect.stringContaining("vertreten")] } });
    await expect(
      recordAttendance(lead, {
        meetingId: meeting.id,
        [`seat:${seats[1]!.id}`]: "REPRESENTED",
        [`deputy:${seats[1]!.id}`]: deputy.id,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { [`seat:${seats[1]!.id}`]: ["Für Kommune Zwei ist keine Stellvertretung benannt."] },
    });
    await expect(
      recordAttendance(lead, { meetingId: meeting.id, [`seat:${seats[0]!.id}`]: "VIELLEICHT" }),
    ).rejects.toMatchObject({ fieldErrors: { [`seat:${seats[0]!.id}`]: [expect.any(String)] } });
    // a deputy has no row of its own
    await expect(
      recordAttendance(lead, { meetingId: meeting.id, [`seat:${deputy.id}`]: "PRESENT" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored(meeting.id)).toEqual([]);
  });

  it("refuses a save over a change it has not seen (revision), and records every change in the audit log", async () => {
    const meeting = await meetingOn(daysFromNow(-3, "14:00"));
    const { attendanceRevision: read } = await getMeeting(lead, meeting.id);
    await recordAttendance(lead, { meetingId: meeting.id, revision: read, alle: "PRESENT" });
    // a second form, loaded before that save, still carries the old revision
    await expect(
      recordAttendance(lead, { meetingId: meeting.id, revision: read, [`seat:${seats[0]!.id}`]: "ABSENT" }),
    ).rejects.toThrow(ATTENDANCE_CHANGED);
    expect((await seatStatuses(meeting.id)).map(([, status]) => status)).toEqual([
      "PRESENT",
      "PRESENT",
      "PRESENT",
      "PRESENT",
    ]);
    // with the revision the page shows after the save, saving again works
    const { attendanceRevision: now } = await getMeeting(lead, meeting.id);
    expect(now).not.toBe(read);
    await recordAttendance(lead, { meetingId: meeting.id, revision: now, [`seat:${seats[0]!.id}`]: "ABSENT" });
    const audit = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({
        where: { regionId: regions.a.region.id, entityId: meeting.id, action: "attendance.recorded" },
        orderBy: { createdAt: "asc" },
      }),
    );
    expect(audit.map((a) => (a.details as { changes: unknown[] }).changes)).toEqual([
      [
        { name: "Kommune Eins", from: "", to: "PRESENT" },
        { name: "Kommune Zwei", from: "", to: "PRESENT" },
        { name: "Kommune Drei", from: "", to: "PRESENT" },
        { name: "Kommune Vier", from: "", to: "PRESENT" },
      ],
      [{ name: "Kommune Eins", from: "PRESENT", to: "ABSENT" }],
    ]);
  });

  it("the CSV has a row per seat with the deputy who stood in", async () => {
    const meeting = await meetingOn(daysFromNow(-4, "14:00"));
    await recordAttendance(lead, {
      meetingId: meeting.id,
      alle: "PRESENT",
    });
    await recordAttendance(lead, {
      meetingId: meeting.id,
      [`seat:${seats[3]!.id}`]: "REPRESENTED",
      [`deputy:${seats[3]!.id}`]: deputy.id,
    });
    const { csv } = await attendanceCsv(lead, meeting.id);
    const lines = csv.replace("\ufeff", "").split("\r\n");
    expect(lines.slice(0, 5)).toEqual([
      "Name;Sitzkategorie;Stimmrecht;Anwesenheit;Vertreten durch",
      "Kommune Eins;Kommune;ja;anwesend;",
      "Kommune Zwei;Kommune;ja;anwesend;",
      "Kommune Drei;Kommune;ja;anwesend;",
      "Kommune Vier;Kommune;ja;vertreten;Vertretung Vier",
    ]);
  });
});

describe("cross-region", () => {
  it("region A's office cannot record attendance for region B's meeting, nor name region B's seats", async () => {
    const foreign = await meetingOn(daysFromNow(-1, "14:00"), foreignLead, regions.b.conference.id);
    await expect(recordAttendance(lead, { meetingId: foreign.id, alle: "PRESENT" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getMeeting(lead, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    const bPerson = await createPerson(foreignLead, { givenName: "Fremd", familyName: "Mitglied" });
    await saveAgreement(foreignLead, {
      signedOn: "2009-01-01",
      parties: "Land und Kreis",
      isOpenEnded: "on",
      landPosts: "1",
      communalPosts: "1",
    });
    const bSeat = { bodyId: regions.b.conference.id, seatCategoryId: regions.b.category("kommune").id };
    await saveSeatRule(foreignLead, { ...bSeat, minSeats: "0", maxSeats: "4", hasVote: "on" });
    const bMembership = (
      await addMembership(foreignLead, {
        ...bSeat,
        personId: bPerson.id,
        function: "MEMBER",
        hasVote: "on",
        startsOn: "2025-01-01",
      })
    ).membership;
    const own = await meetingOn(daysFromNow(-1, "14:00"));
    await expect(
      recordAttendance(lead, { meetingId: own.id, [`seat:${bMembership.id}`]: "PRESENT" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordAttendance(lead, {
        meetingId: own.id,
        [`seat:${seats[3]!.id}`]: "REPRESENTED",
        [`deputy:${seats[3]!.id}`]: bMembership.id,
      }),
    ).rejects.toMatchObject({ fieldErrors: { [`deputy:${seats[3]!.id}`]: [expect.any(String)] } });
    expect(await stored(own.id)).toEqual([]);
    await expect(
      withRegion(regions.b.region.id, (tx) =>
        tx.attendance.count({ where: { regionId: regions.b.region.id, meetingId: foreign.id } }),
      ),
    ).resolves.toBe(0);
  });
});
