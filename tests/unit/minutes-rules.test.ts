import { describe, expect, it } from "vitest";
import { approvalDayRefusal, minutesApprovalRefusal, minutesWriteRefusal } from "../../lib/meetings/minutes-rules.ts";

// The clock is passed in: these are rules about Berlin calendar days, tested at their edges.
const now = new Date("2027-03-01T22:30:00Z"); // Monday 1 March 2027, 23:30 in Berlin (CET)
const meeting = (startsAt: string, endsAt: string | null = null, status = "HELD") => ({
  startsAt: new Date(startsAt),
  endsAt: endsAt ? new Date(endsAt) : null,
  status,
});

describe("minutes date rules (Berlin days)", () => {
  it("minutes can be written from the meeting day on, by the Berlin calendar, not UTC", () => {
    expect(minutesWriteRefusal(meeting("2027-03-01T22:45:00Z"), now)).toBeNull(); // 23:45 the same Berlin day
    expect(minutesWriteRefusal(meeting("2027-03-01T23:15:00Z"), now)).toContain("erst ab dem Sitzungstag"); // 00:15 next day in Berlin, same UTC day
    expect(minutesWriteRefusal(meeting("2027-02-20T13:00:00Z", null, "CANCELLED"), now)).toContain("abgesagt");
  });

  it("approval only after the meeting ended (or began, without an end)", () => {
    expect(minutesApprovalRefusal(meeting("2027-03-01T17:00:00Z", "2027-03-01T23:00:00Z"), now)).toContain(
      "stattgefunden",
    );
    expect(minutesApprovalRefusal(meeting("2027-03-01T17:00:00Z", "2027-03-01T19:00:00Z"), now)).toBeNull();
    expect(minutesApprovalRefusal(meeting("2027-03-01T22:00:00Z"), now)).toBeNull();
  });

  it("the approval day lies between the meeting's Berlin day and today's", () => {
    const late = meeting("2027-02-10T23:30:00Z"); // 11 February, 00:30 in Berlin
    expect(approvalDayRefusal(late, "2027-02-10", now)).toContain("vor der Sitzung");
    expect(approvalDayRefusal(late, "2027-02-11", now)).toBeNull();
    expect(approvalDayRefusal(late, "2027-03-01", now)).toBeNull();
    expect(approvalDayRefusal(late, "2027-03-02", now)).toContain("in der Zukunft");
  });
});
