import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeQuorum,
  requiredSeats,
  type QuorumRuleInput,
  type VotingSeat,
} from "../../lib/meetings/compute-quorum.ts";

const MORE_THAN_HALF: QuorumRuleInput = { kind: "MORE_THAN_HALF", numerator: 1, denominator: 2, deputiesCount: true };
const AT_LEAST_HALF: QuorumRuleInput = { ...MORE_THAN_HALF, kind: "AT_LEAST_HALF" };
const seats = (present: number, absent: number, deputised = 0): VotingSeat[] => [
  ...Array.from({ length: present }, (_, i) => ({ membershipId: `p${i}`, present: true, presentDeputies: 0 })),
  ...Array.from({ length: deputised }, (_, i) => ({ membershipId: `d${i}`, present: false, presentDeputies: 1 })),
  ...Array.from({ length: absent }, (_, i) => ({ membershipId: `a${i}`, present: false, presentDeputies: 0 })),
];

describe("Beschlussfähigkeit — edge cases", () => {
  it("exactly half present: not quorate under 'more than half', quorate under 'at least half'", () => {
    expect(computeQuorum(MORE_THAN_HALF, seats(5, 5)).isQuorate).toBe(false);
    expect(computeQuorum(AT_LEAST_HALF, seats(5, 5)).isQuorate).toBe(true);
    expect(computeQuorum(MORE_THAN_HALF, seats(6, 4)).isQuorate).toBe(true);
  });

  it("odd numbers of seats", () => {
    expect(requiredSeats(MORE_THAN_HALF, 9)).toBe(5);
    expect(requiredSeats(AT_LEAST_HALF, 9)).toBe(5);
    expect(requiredSeats(MORE_THAN_HALF, 1)).toBe(1);
  });

  it("a present deputy counts for the absent principal only where the rule says so", () => {
    expect(computeQuorum(MORE_THAN_HALF, seats(4, 4, 1)).represented).toBe(5);
    expect(computeQuorum(MORE_THAN_HALF, seats(4, 4, 1)).isQuorate).toBe(true);
    expect(computeQuorum({ ...MORE_THAN_HALF, deputiesCount: false }, seats(4, 4, 1)).isQuorate).toBe(false);
  });

  it("principal and deputy both present: the seat counts once", () => {
    const both: VotingSeat[] = [{ membershipId: "x", present: true, presentDeputies: 1 }, ...seats(0, 1)];
    expect(computeQuorum(MORE_THAN_HALF, both).represented).toBe(1);
  });

  it("two thirds", () => {
    const twoThirds: QuorumRuleInput = { kind: "FRACTION", numerator: 2, denominator: 3, deputiesCount: true };
    expect(requiredSeats(twoThirds, 9)).toBe(6);
    expect(requiredSeats(twoThirds, 10)).toBe(7);
    expect(computeQuorum(twoThirds, seats(6, 3)).isQuorate).toBe(true);
    expect(computeQuorum(twoThirds, seats(5, 4)).isQuorate).toBe(false);
  });

  it("states the result in German for the minutes", () => {
    expect(computeQuorum(MORE_THAN_HALF, seats(5, 4)).statement).toBe(
      "Von 9 stimmberechtigten Sitzen sind 5 vertreten; erforderlich sind 5. Das Gremium ist beschlussfähig.",
    );
    expect(computeQuorum(MORE_THAN_HALF, []).isQuorate).toBe(false);
  });
});

describe("Beschlussfähigkeit — properties", () => {
  const arbRule = fc.oneof(
    fc.record({
      kind: fc.constant("MORE_THAN_HALF" as const),
      numerator: fc.constant(1),
      denominator: fc.constant(2),
      deputiesCount: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("AT_LEAST_HALF" as const),
      numerator: fc.constant(1),
      denominator: fc.constant(2),
      deputiesCount: fc.boolean(),
    }),
    fc.integer({ min: 1, max: 12 }).chain((d) =>
      fc.record({
        kind: fc.constant("FRACTION" as const),
        numerator: fc.integer({ min: 1, max: d }),
        denominator: fc.constant(d),
        deputiesCount: fc.boolean(),
      }),
    ),
  );
  const arbSeats = fc.array(fc.record({ membershipId: fc.uuid(), present: fc.boolean(), presentDeputies: fc.nat(2) }), {
    maxLength: 40,
  });

  it("required is the smallest count that satisfies the rule, computed exactly", () => {
    fc.assert(
      fc.property(arbRule, fc.integer({ min: 1, max: 200 }), (rule, n) => {
        const ok = (x: number) =>
          rule.kind === "MORE_THAN_HALF"
            ? 2 * x > n
            : rule.kind === "AT_LEAST_HALF"
              ? 2 * x >= n
              : x * rule.denominator >= rule.numerator * n;
        const required = requiredSeats(rule, n);
        expect(ok(required)).toBe(true);
        expect(required === 0 || !ok(required - 1)).toBe(true);
      }),
    );
  });

  it("one more present member never makes a quorate body inquorate", () => {
    fc.assert(
      fc.property(arbRule, arbSeats, fc.nat(), (rule, list, pick) => {
        fc.pre(list.length > 0);
        const before = computeQuorum(rule, list);
        const index = pick % list.length;
        const after = computeQuorum(
          rule,
          list.map((s, i) => (i === index ? { ...s, present: true } : s)),
        );
        expect(after.represented).toBeGreaterThanOrEqual(before.represented);
        if (before.isQuorate) expect(after.isQuorate).toBe(true);
      }),
    );
  });

  it("represented never exceeds the voting seats", () => {
    fc.assert(
      fc.property(arbRule, arbSeats, (rule, list) => {
        expect(computeQuorum(rule, list).represented).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});
