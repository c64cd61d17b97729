import { describe, expect, it } from "vitest";
import { countSeats, describeSeatCounts } from "../../lib/meetings/count-seats.ts";
import { meetingHasBegun } from "../../lib/meetings/meeting-has-begun.ts";
import { meetingSteps, STEP_STATE_LABEL, type MeetingStepsInput } from "../../lib/meetings/meeting-steps.ts";

// Pure functions with the clock passed in: the instants below are fixed on purpose (both the
// meeting and "now"), so no test here depends on the day the suite runs.

describe("meetingHasBegun: counted in Berlin calendar days", () => {
  it("is true from 00:00 Berlin time on the meeting day, false the day before", () => {
    const meeting = new Date("2027-02-10T13:00:00Z"); // 14:00 in Berlin
    expect(meetingHasBegun(meeting, new Date("2027-02-09T22:59:00Z"))).toBe(false); // 23:59 the day before
    expect(meetingHasBegun(meeting, new Date("2027-02-09T23:00:00Z"))).toBe(true); // 00:00 on the day
    expect(meetingHasBegun(meeting, new Date("2027-02-10T08:00:00Z"))).toBe(true); // before the start, same day
    expect(meetingHasBegun(meeting, new Date("2027-03-01T08:00:00Z"))).toBe(true);
  });

  it("uses summer time in summer (UTC+2)", () => {
    const meeting = new Date("2027-07-01T00:30:00Z"); // 02:30 on 1 July in Berlin
    expect(meetingHasBegun(meeting, new Date("2027-06-30T21:59:00Z"))).toBe(false); // 23:59 on 30 June
    expect(meetingHasBegun(meeting, new Date("2027-06-30T22:00:00Z"))).toBe(true); // 00:00 on 1 July
  });
});

describe("countSeats / describeSeatCounts", () => {
  it("counts each status and names only the non-zero ones, in the table's order", () => {
    const counts = countSeats([
      { status: "PRESENT" },
      { status: "ABSENT" },
      { status: "REPRESENTED" },
      { status: null },
      { status: "PRESENT" },
    ]);
    expect(counts).toEqual({ PRESENT: 2, EXCUSED: 0, REPRESENTED: 1, ABSENT: 1, NONE: 1 });
    expect(describeSeatCounts(counts)).toBe("2 anwesend, 1 vertreten, 1 abwesend, 1 nicht erfasst");
    expect(describeSeatCounts(countSeats([]))).toBe("keine Sitze");
  });
});

describe("meetingSteps: the task list of the meeting page", () => {
  const now = new Date("2027-02-01T09:00:00Z");
  const none = countSeats([{ status: null }, { status: null }]);
  const base: MeetingStepsInput = {
    meeting: { status: "PLANNED", startsAt: new Date("2027-02-10T13:00:00Z") },
    agendaItems: 0,
    documents: 0,
    invitationMails: [],
    seats: none,
    minutes: null,
    now,
  };
  const states = (input: MeetingStepsInput) =>
    Object.fromEntries(meetingSteps(input).map((s) => [s.title, STEP_STATE_LABEL[s.state]]));

  it("a new meeting: agenda open, everything after it not yet possible", () => {
    expect(states(base)).toEqual({
      Tagesordnung: "offen",
      Unterlagen: "noch nicht möglich",
      Einladung: "noch nicht möglich",
      Anwesenheit: "noch nicht möglich",
      Protokoll: "noch nicht möglich",
      Genehmigung: "noch nicht möglich",
    });
  });

  it("steps turn done as the office works through them", () => {
    const planned = { ...base, agendaItems: 3 };
    expect(states(planned)).toMatchObject({ Tagesordnung: "erledigt", Unterlagen: "offen", Einladung: "offen" });
    const invited = {
      ...planned,
      documents: 1,
      invitationMails: [
        { createdAt: new Date("2027-01-20T09:00:00Z") },
        { createdAt: new Date("2027-01-13T09:00:00Z") },
      ],
      meeting: { ...base.meeting, status: "INVITED" as const },
    };
    expect(states(invited)).toMatchObject({
      Unterlagen: "erledigt",
      Einladung: "erledigt",
      Anwesenheit: "noch nicht möglich",
    });
    expect(meetingSteps(invited)[2]!.detail).toBe("Versandt am 13. Januar 2027.");
    // the meeting day: attendance and minutes can be done
    const onTheDay = { ...invited, now: new Date("2027-02-10T07:00:00Z") };
    expect(states(onTheDay)).toMatchObject({
      Anwesenheit: "offen",
      Protokoll: "offen",
      Genehmigung: "noch nicht möglich",
    });
    const recorded = { ...onTheDay, seats: countSeats([{ status: "PRESENT" }, { status: "REPRESENTED" }]) };
    const steps = meetingSteps(recorded);
    expect(steps.find((s) => s.key === "attendance")).toMatchObject({
      state: "done",
      detail: "1 anwesend, 1 vertreten",
    });
    expect(meetingSteps({ ...onTheDay, seats: countSeats([{ status: "PRESENT" }, { status: null }]) })[3]!.detail).toBe(
      "1 von 2 Sitzen erfasst.",
    );
    expect(states({ ...recorded, minutes: { status: "DRAFT" } })).toMatchObject({ Protokoll: "offen" });
    expect(states({ ...recorded, minutes: { status: "CIRCULATED" } })).toMatchObject({
      Protokoll: "erledigt",
      Genehmigung: "offen",
    });
    expect(Object.values(states({ ...recorded, minutes: { status: "APPROVED" } }))).toEqual(Array(6).fill("erledigt"));
  });

  it("names the Ladungsfrist while the invitation is open, where one is known", () => {
    const steps = meetingSteps({ ...base, agendaItems: 1, invitationDeadline: new Date("2027-01-27T12:00:00Z") });
    expect(steps[2]).toMatchObject({
      state: "open",
      detail: "Die Einladung ist noch nicht versandt. Ladungsfrist: spätestens am 27. Januar 2027.",
    });
  });

  it("links each step to where it is done", () => {
    expect(meetingSteps(base).map((s) => [s.key, s.target.subpage, s.target.anchor])).toEqual([
      ["agenda", "", "tagesordnung"],
      ["documents", "", "tagesordnung"],
      ["invitation", "", "einladung"],
      ["attendance", "anwesenheit", undefined],
      ["minutes", "protokoll", undefined],
      ["approval", "protokoll", "stand"],
    ]);
  });

  it("a cancelled meeting: what was not done is dropped", () => {
    const cancelled = { ...base, agendaItems: 2, meeting: { ...base.meeting, status: "CANCELLED" as const } };
    expect(states(cancelled)).toEqual({
      Tagesordnung: "erledigt",
      Unterlagen: "entfällt",
      Einladung: "entfällt",
      Anwesenheit: "entfällt",
      Protokoll: "entfällt",
      Genehmigung: "entfällt",
    });
  });
});
