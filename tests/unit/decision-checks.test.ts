import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDueDate } from "../../lib/decisions/check-due-date.ts";
import { checkVoteCounts } from "../../lib/decisions/check-vote-counts.ts";

const counts = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });

describe("checkVoteCounts", () => {
  it("refuses 25/0/1 when 7 of 9 voting seats are present, with a German message for the count fields", () => {
    expect(checkVoteCounts(counts(25, 0, 1), { seats: 7, basis: "attendance" }, null)).toEqual({
      yesCount: [
        "Ja, Nein und Enthaltungen ergeben zusammen 26 Stimmen. In der Sitzung sind nur 7 stimmberechtigte Sitze vertreten (laut Anwesenheit, Stellvertretungen mitgezählt).",
      ],
    });
    expect(checkVoteCounts(counts(5, 1, 1), { seats: 7, basis: "attendance" }, null)).toBeNull();
  });

  it("without attendance names the body's seats", () => {
    expect(checkVoteCounts(counts(9, 1, 0), { seats: 9, basis: "body" }, null)?.yesCount?.[0]).toBe(
      "Ja, Nein und Enthaltungen ergeben zusammen 10 Stimmen. Das Gremium hat nur 9 stimmberechtigte Sitze (Anwesenheit noch nicht erfasst).",
    );
  });

  it("accepts exactly the sums up to the limit (property)", () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.integer({ min: 1, max: 60 }), (yes, no, abstain, seats) => {
        const result = checkVoteCounts(counts(yes, no, abstain), { seats, basis: "attendance" }, null);
        expect(result === null).toBe(yes + no + abstain <= seats);
      }),
    );
  });

  it("with a closed poll only the poll's counts pass; blank counts always pass", () => {
    const poll = { title: "Vorlage", yes: 5, no: 2, abstain: 1 };
    expect(checkVoteCounts(counts(5, 2, 1), { seats: 3, basis: "attendance" }, poll)).toBeNull();
    expect(checkVoteCounts(counts(5, 1, 1), { seats: 9, basis: "attendance" }, poll)?.yesCount?.[0]).toContain(
      "hat Ja 5, Nein 2, Enthaltung 1 ergeben",
    );
    expect(checkVoteCounts({ yes: null, no: null, abstain: null }, { seats: 1, basis: "body" }, poll)).toBeNull();
  });
});

describe("checkDueDate", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // fixed dates: this is a pure test of the rule, not of "now"
  const decidedOn = day("2027-02-10");
  const today = day("2027-03-01");

  it("refuses a due date before the decision, whatever the confirmation", () => {
    expect(checkDueDate(day("2020-01-15"), { decidedOn, today, confirmed: true })).toEqual({
      dueOn: ["Die Frist kann nicht vor dem Beschluss liegen (10.02.2027)."],
    });
  });

  it("a due date in the past needs the confirmation; today and later do not", () => {
    expect(checkDueDate(day("2027-02-20"), { decidedOn, today, confirmed: false })?.confirmPastDue?.[0]).toContain(
      "Bitte bestätigen Sie das ausdrücklich.",
    );
    expect(checkDueDate(day("2027-02-20"), { decidedOn, today, confirmed: true })).toBeNull();
    expect(checkDueDate(today, { decidedOn, today, confirmed: false })).toBeNull();
    expect(checkDueDate(null, { decidedOn, today, confirmed: false })).toBeNull();
  });

  it("refuses a due date more than ten years ahead (31.12.9999 is a typo), whatever the confirmation", () => {
    expect(checkDueDate(day("9999-12-31"), { decidedOn, today, confirmed: true })).toEqual({
      dueOn: ["Die Frist 31.12.9999 liegt mehr als 10 Jahre in der Zukunft. Bitte prüfen Sie das Datum."],
    });
    expect(checkDueDate(day("2037-03-02"), { decidedOn, today, confirmed: false })?.dueOn).toHaveLength(1);
    expect(checkDueDate(day("2037-03-01"), { decidedOn, today, confirmed: false })).toBeNull();
  });
});
