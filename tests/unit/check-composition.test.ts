import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkComposition,
  describeRule,
  refusalForNewSeat,
  type MembershipInput,
  type SeatRuleInput,
} from "../../lib/governance/check-composition.ts";

const at = new Date("2026-11-22T12:00:00Z");
const day = 86_400_000;
const rule = (
  id: string,
  name: string,
  min: number,
  max: number | null,
  extra: Partial<SeatRuleInput> = {},
): SeatRuleInput => ({
  seatCategoryId: id,
  categoryName: name,
  minSeats: min,
  maxSeats: max,
  hasVote: true,
  isAdvisory: false,
  ...extra,
});
let n = 0;
const member = (category: string, extra: Partial<MembershipInput> = {}): MembershipInput => ({
  id: `m${++n}`,
  personName: `Person ${n}`,
  seatCategoryId: category,
  hasVote: true,
  startsOn: new Date(at.getTime() - 100 * day),
  endsOn: null,
  endedAt: null,
  deputyOfId: null,
  ...extra,
});

// Kreis Mettmann's Lenkungskreis, from its contract.
const METTMANN = [
  rule("sa", "Schulaufsicht", 0, 3),
  rule("kr", "Kreis", 1, 1),
  rule("ko", "Kommune", 0, 3),
  rule("sl", "Schulleitung", 2, 2),
  rule("bb", "Bildungsbüro", 2, 2),
];

describe("composition check — examples", () => {
  it("an empty Lenkungskreis has its minimum seats vacant", () => {
    const report = checkComposition(METTMANN, [], at);
    expect(report.issues.filter((i) => i.kind === "VACANCY").map((i) => i.message)).toEqual([
      "Kreis: 1 Sitz ist unbesetzt (Regel: Kreis: genau 1).",
      "Schulleitung: 2 Sitze sind unbesetzt (Regel: Schulleitung: genau 2).",
      "Bildungsbüro: 2 Sitze sind unbesetzt (Regel: Bildungsbüro: genau 2).",
    ]);
    expect(report.isComplete).toBe(false);
  });

  it("a complete body with deputies has no issues", () => {
    const principals = [member("kr"), member("sl"), member("sl"), member("bb"), member("bb")];
    const deputies = principals.map((p) => member(p.seatCategoryId, { deputyOfId: p.id }));
    const report = checkComposition(METTMANN, [...principals, ...deputies], at);
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ isComplete: true, principals: 5, deputies: 5, votingMembers: 5 });
  });

  it("flags over quota, votes in the wrong seats, expired terms and missing deputies", () => {
    const kreis = [member("kr"), member("kr")];
    const schulleitung = member("sl", { hasVote: false });
    const expired = member("bb", { endsOn: new Date("2026-07-31T00:00:00Z") });
    const guestRule = rule("gast", "Beratender Gast", 0, null, { hasVote: false, isAdvisory: true });
    const guest = member("gast", { hasVote: true });
    const report = checkComposition([...METTMANN, guestRule], [...kreis, schulleitung, expired, guest], at);
    const kinds = report.issues.map((i) => i.kind);
    expect(kinds).toContain("OVER_QUOTA");
    expect(report.issues.find((i) => i.kind === "OVER_QUOTA")!.message).toBe(
      "Kreis: 2 Mitglieder, erlaubt sind höchstens 1 (Regel: Kreis: genau 1).",
    );
    expect(report.issues.find((i) => i.kind === "NO_VOTE_IN_VOTING_SEAT")!.membershipId).toBe(schulleitung.id);
    expect(report.issues.find((i) => i.kind === "VOTE_IN_ADVISORY_SEAT")!.membershipId).toBe(guest.id);
    expect(report.issues.find((i) => i.kind === "EXPIRED_TERM")!.message).toMatch(/ist am 31\.07\.2026 abgelaufen/);
    expect(report.issues.filter((i) => i.kind === "MISSING_DEPUTY")).toHaveLength(4);
  });

  it("ended and future memberships do not sit; a deputy of an ended principal does not count as deputy", () => {
    const ended = member("kr", { endedAt: new Date(at.getTime() - day) });
    const future = member("kr", { startsOn: new Date(at.getTime() + day) });
    const orphanDeputy = member("kr", { deputyOfId: ended.id });
    const report = checkComposition(METTMANN, [ended, future, orphanDeputy], at);
    expect(report.categories.find((c) => c.seatCategoryId === "kr")!.filled).toBe(0);
    expect(report.deputies).toBe(1);
  });

  it("members in a category without a rule are counted and flagged", () => {
    const report = checkComposition(METTMANN, [member("unbekannt")], at);
    expect(report.withoutRule).toBe(1);
    expect(report.issues.map((i) => i.kind)).toContain("NO_RULE");
  });

  it("describes rules in plain German", () => {
    expect(describeRule(rule("x", "Schulaufsicht", 0, 3))).toBe("Schulaufsicht: bis zu 3");
    expect(describeRule(rule("x", "Kreis", 1, 1))).toBe("Kreis: genau 1");
    expect(describeRule(rule("x", "Kommune", 1, 3))).toBe("Kommune: 1 bis 3");
    expect(describeRule(rule("x", "Gast", 0, null))).toBe("Gast: beliebig viele");
    expect(describeRule(rule("x", "Schule", 2, null))).toBe("Schule: mindestens 2");
  });

  it("refuses a new seat beyond the maximum, naming the rule", () => {
    expect(refusalForNewSeat(METTMANN[1], 0)).toBeNull();
    expect(refusalForNewSeat(METTMANN[1], 1)).toBe(
      "Kein Sitz mehr frei: Die Sitzregel „Kreis: genau 1“ ist mit 1 Mitglied ausgeschöpft.",
    );
    expect(refusalForNewSeat(rule("g", "Gast", 0, null), 50)).toBeNull();
  });
});

// Random contracts and memberships.
const categoryIds = ["a", "b", "c", "d", "e"];
const arbRules = fc
  .uniqueArray(fc.constantFrom(...categoryIds), { maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({ min: fc.nat(4), span: fc.option(fc.nat(4)), hasVote: fc.boolean(), isAdvisory: fc.boolean() })
          .map(({ min, span, hasVote, isAdvisory }) =>
            rule(id, `Kategorie ${id}`, min, span === null ? null : min + span, { hasVote, isAdvisory }),
          ),
      ),
    ),
  );
const arbMemberships = fc
  .array(
    fc.record({
      category: fc.constantFrom(...categoryIds, "ohne"),
      hasVote: fc.boolean(),
      startOffset: fc.integer({ min: -400, max: 30 }),
      endsOffset: fc.option(fc.integer({ min: -200, max: 400 })),
      endedOffset: fc.option(fc.integer({ min: -300, max: 30 })),
      deputyOf: fc.option(fc.nat(30)),
    }),
    { maxLength: 30 },
  )
  .map((rows) => {
    const list: MembershipInput[] = [];
    rows.forEach((row, index) => {
      const principal = row.deputyOf !== null && row.deputyOf < index ? list[row.deputyOf]! : null;
      list.push({
        id: `p${index}`,
        personName: `Person ${index}`,
        seatCategoryId: row.category,
        hasVote: row.hasVote,
        startsOn: new Date(at.getTime() + row.startOffset * day),
        endsOn: row.endsOffset === null ? null : new Date(at.getTime() + row.endsOffset * day),
        endedAt: row.endedOffset === null ? null : new Date(at.getTime() + row.endedOffset * day),
        deputyOfId: principal && principal.deputyOfId === null ? principal.id : null,
      });
    });
    return list;
  });

describe("composition check — properties", () => {
  it("the counts always add up to the sitting members", () => {
    fc.assert(
      fc.property(arbRules, arbMemberships, (rules, memberships) => {
        const report = checkComposition(rules, memberships, at);
        const sitting = memberships.filter((m) => m.startsOn <= at && (m.endedAt === null || m.endedAt > at));
        const filled = report.categories.reduce((sum, c) => sum + c.filled, 0);
        expect(filled + report.withoutRule).toBe(report.principals);
        expect(report.principals + report.deputies).toBe(sitting.length);
        expect(report.votingMembers).toBeLessThanOrEqual(report.principals);
      }),
    );
  });

  it("a category is flagged vacant exactly when below its minimum, over quota exactly when above its maximum", () => {
    fc.assert(
      fc.property(arbRules, arbMemberships, (rules, memberships) => {
        const report = checkComposition(rules, memberships, at);
        for (const c of report.categories) {
          const kinds = report.issues
            .filter((i) => i.seatCategoryId === c.seatCategoryId && !i.membershipId)
            .map((i) => i.kind);
          expect(kinds.includes("VACANCY")).toBe(c.filled < c.minSeats);
          expect(kinds.includes("OVER_QUOTA")).toBe(c.maxSeats !== null && c.filled > c.maxSeats);
        }
      }),
    );
  });

  it("isComplete is true exactly when no vacancy, over quota, rule-less or wrongly voting seat exists", () => {
    fc.assert(
      fc.property(arbRules, arbMemberships, (rules, memberships) => {
        const report = checkComposition(rules, memberships, at);
        const blocking = report.issues.filter((i) =>
          ["VACANCY", "OVER_QUOTA", "NO_RULE", "VOTE_IN_ADVISORY_SEAT"].includes(i.kind),
        );
        expect(report.isComplete).toBe(blocking.length === 0);
      }),
    );
  });

  it("adding a member is refused exactly when it would exceed the maximum", () => {
    fc.assert(
      fc.property(arbRules, arbMemberships, (rules, memberships) => {
        for (const r of rules) {
          const filled = checkComposition(rules, memberships, at).categories.find(
            (c) => c.seatCategoryId === r.seatCategoryId,
          )!.filled;
          const refusal = refusalForNewSeat(r, filled);
          expect(refusal !== null).toBe(r.maxSeats !== null && filled + 1 > r.maxSeats);
          if (refusal) expect(refusal).toContain(r.categoryName);
        }
      }),
    );
  });
});
