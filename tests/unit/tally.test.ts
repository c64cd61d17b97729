import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkChoice, choiceFromForm, type PollRules } from "@/lib/voting/ballot-rules";
import { requiredYes, tally, type TallyInput } from "@/lib/voting/tally";

const options = (labels: string) => [...labels].map((l) => ({ id: l, label: `Option ${l}` }));

function poll(method: TallyInput["method"], over: Partial<TallyInput> = {}): TallyInput {
  const opts = over.options ?? options("ABC");
  return {
    method,
    options: opts,
    optionIds: opts.map((o) => o.id),
    maxChoices: null,
    totalPoints: null,
    maxPointsPerOption: null,
    majorityRule: "SIMPLE",
    majorityBase: "YES_NO",
    entitled: 12,
    quorumRequired: null,
    ...over,
  };
}

const votes = (yes: number, no: number, abstain: number) => [
  ...Array(yes).fill({ vote: "YES" }),
  ...Array(no).fill({ vote: "NO" }),
  ...Array(abstain).fill({ vote: "ABSTAIN" }),
];

describe("yes / no / abstain", () => {
  it("counts and applies the majority of the chosen base (hand-computed)", () => {
    const ballots = votes(5, 2, 1);
    const simple = tally(poll("YES_NO_ABSTAIN"), ballots);
    expect(simple).toMatchObject({
      method: "YES_NO_ABSTAIN",
      yes: 5,
      no: 2,
      abstain: 1,
      cast: 8,
      majority: { baseCount: 7, required: 4, reached: true },
      adopted: true,
    });
    expect(simple.statement).toBe(
      "Angenommen: 5 Ja, 2 Nein, 1 Enthaltung. Erforderlich waren 4 Ja-Stimmen (einfache Mehrheit der Ja- und Nein-Stimmen (Enthaltungen zählen nicht)).",
    );
    // of everyone taking part: 8 → 5 needed, 5 given
    expect(tally(poll("YES_NO_ABSTAIN", { majorityBase: "PRESENT" }), ballots)).toMatchObject({
      majority: { baseCount: 8, required: 5 },
      adopted: true,
    });
    // two thirds of yes+no: 7 → 5 needed
    expect(tally(poll("YES_NO_ABSTAIN", { majorityRule: "TWO_THIRDS" }), ballots)).toMatchObject({
      majority: { required: 5 },
      adopted: true,
    });
    // two thirds of everyone: 8 → 6 needed, 5 given
    expect(
      tally(poll("YES_NO_ABSTAIN", { majorityRule: "TWO_THIRDS", majorityBase: "PRESENT" }), ballots),
    ).toMatchObject({ majority: { required: 6 }, adopted: false });
    // majority of all 12 seats: 7 needed
    expect(tally(poll("YES_NO_ABSTAIN", { majorityBase: "ALL_SEATS" }), ballots)).toMatchObject({
      majority: { baseCount: 12, required: 7 },
      adopted: false,
    });
  });

  it("a tie is no majority, and all abstaining adopts nothing", () => {
    expect(tally(poll("YES_NO_ABSTAIN"), votes(3, 3, 0))).toMatchObject({ adopted: false, majority: { required: 4 } });
    expect(tally(poll("YES_NO_ABSTAIN"), votes(0, 0, 4))).toMatchObject({ adopted: false, majority: { baseCount: 0 } });
  });

  it("without the quorum nothing is adopted, and the statement says why", () => {
    const result = tally(poll("YES_NO_ABSTAIN", { entitled: 9, quorumRequired: 5 }), votes(4, 0, 0));
    expect(result).toMatchObject({ adopted: false, quorum: { required: 5, reached: false } });
    expect(result.statement).toContain("nicht gültig: 4 von 9 Sitzen haben abgestimmt, erforderlich waren 5");
  });

  it("needs more than half or at least two thirds", () => {
    expect([1, 2, 3, 4, 7, 9].map((b) => requiredYes("SIMPLE", b))).toEqual([1, 2, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 7, 9].map((b) => requiredYes("TWO_THIRDS", b))).toEqual([1, 2, 2, 3, 5, 6]);
  });
});

describe("approval and points", () => {
  it("ranks by approvals and reports ties in option order", () => {
    const result = tally(poll("APPROVAL", { maxChoices: 2 }), [
      { approve: ["A", "B"] },
      { approve: ["A"] },
      { approve: ["C"] },
      { approve: [] },
    ]);
    expect(result.method === "APPROVAL" && result.ranking.map((r) => [r.optionId, r.score, r.rank])).toEqual([
      ["A", 2, 1],
      ["B", 1, 2],
      ["C", 1, 2],
    ]);
    expect(result.method === "APPROVAL" && result.ties).toEqual([["B", "C"]]);
    expect(result.statement).toContain("Gleichstand zwischen Option B und Option C");
  });

  it("sums points per option", () => {
    const result = tally(poll("POINTS", { totalPoints: 10, maxPointsPerOption: 6 }), [
      { points: { A: 6, B: 4 } },
      { points: { B: 5, C: 5 } },
    ]);
    expect(result.method === "POINTS" && result.ranking.map((r) => [r.optionId, r.score, r.rank])).toEqual([
      ["B", 9, 1],
      ["A", 6, 2],
      ["C", 5, 3],
    ]);
  });

  it("counts an over-limit ballot as invalid instead of counting it", () => {
    const result = tally(poll("POINTS", { totalPoints: 10, maxPointsPerOption: 6 }), [
      { points: { A: 7 } },
      { points: { A: 6, B: 5 } },
      { points: { A: 1 } },
    ]);
    expect(result).toMatchObject({ cast: 3, invalid: 2 });
    expect(result.method === "POINTS" && result.ranking[0]).toMatchObject({ optionId: "A", score: 1 });
  });
});

describe("ranking (Schulze)", () => {
  it("matches the worked example of Schulze's paper (45 voters, 5 options: E > A > C > B > D)", () => {
    const groups: [number, string][] = [
      [5, "ACBED"],
      [5, "ADECB"],
      [8, "BEDAC"],
      [3, "CABED"],
      [7, "CAEBD"],
      [2, "CBADE"],
      [7, "DCEBA"],
      [8, "EBADC"],
    ];
    const ballots = groups.flatMap(([n, order]) => Array.from({ length: n }, () => ({ order: [...order] })));
    const result = tally(poll("RANKING", { options: options("ABCDE") }), ballots);
    if (result.method !== "RANKING") throw new Error("method");
    expect(result.ranking.map((r) => r.optionId).join("")).toBe("EACBD");
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(result.pairwise[0]![1]).toBe(20); // d[A][B]
    expect(result.pairwise[1]![0]).toBe(25); // d[B][A]
    expect(result.ties).toEqual([]);
  });

  it("reports a Condorcet cycle as a tie, in the poll's option order", () => {
    const result = tally(poll("RANKING"), [
      { order: ["A", "B", "C"] },
      { order: ["B", "C", "A"] },
      { order: ["C", "A", "B"] },
    ]);
    if (result.method !== "RANKING") throw new Error("method");
    expect(result.ranking.map((r) => [r.optionId, r.rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 1],
    ]);
    expect(result.ties).toEqual([["A", "B", "C"]]);
  });
});

describe("ballot rules", () => {
  const approval: PollRules = {
    method: "APPROVAL",
    optionIds: ["A", "B", "C"],
    maxChoices: 2,
    totalPoints: null,
    maxPointsPerOption: null,
  };
  it("reads form fields and refuses with a German reason", () => {
    expect(choiceFromForm(approval, { "approve:A": "on", "approve:C": "on" })).toEqual({
      ok: true,
      choice: { approve: ["A", "C"] },
    });
    expect(choiceFromForm(approval, { "approve:A": "on", "approve:B": "on", "approve:C": "on" })).toEqual({
      ok: false,
      message: "Sie können höchstens 2 Optionen wählen; gewählt sind 3.",
    });
    expect(choiceFromForm(approval, { "approve:X": "on" })).toMatchObject({ ok: false });
    const ranking: PollRules = { ...approval, method: "RANKING" };
    expect(choiceFromForm(ranking, { "rank:A": "2", "rank:B": "1", "rank:C": "3" })).toEqual({
      ok: true,
      choice: { order: ["B", "A", "C"] },
    });
    expect(choiceFromForm(ranking, { "rank:A": "1", "rank:B": "1", "rank:C": "3" })).toEqual({
      ok: false,
      message: "Bitte vergeben Sie jeden Platz von 1 bis 3 genau einmal.",
    });
    const yesNo: PollRules = { ...approval, method: "YES_NO_ABSTAIN" };
    expect(choiceFromForm(yesNo, {})).toEqual({ ok: false, message: "Bitte wählen Sie Ja, Nein oder Enthaltung." });
    const points: PollRules = { ...approval, method: "POINTS", totalPoints: 5, maxPointsPerOption: 3 };
    expect(choiceFromForm(points, { "points:A": "3", "points:B": "2", "points:C": "" })).toEqual({
      ok: true,
      choice: { points: { A: 3, B: 2 } },
    });
    expect(choiceFromForm(points, { "points:A": "3", "points:B": "3" })).toEqual({
      ok: false,
      message: "Sie haben 6 Punkte vergeben; zur Verfügung stehen 5.",
    });
    expect(choiceFromForm(points, { "points:A": "-1" })).toMatchObject({ ok: false });
  });
});

// ─── properties ───
const ids = ["A", "B", "C", "D"];
const approvalBallot = fc.subarray(ids).map((approve) => ({ approve }));
const pointsBallot = fc
  .record({ A: fc.nat(6), B: fc.nat(6), C: fc.nat(6), D: fc.nat(6) })
  .map((points) => ({ points }));
const rankingBallot = fc.shuffledSubarray(ids, { minLength: 4, maxLength: 4 }).map((order) => ({ order }));
const yesNoBallot = fc.constantFrom("YES", "NO", "ABSTAIN").map((vote) => ({ vote }));

describe("properties", () => {
  it("totals add up and cast = valid + invalid", () => {
    fc.assert(
      fc.property(fc.array(yesNoBallot, { maxLength: 60 }), (ballots) => {
        const r = tally(poll("YES_NO_ABSTAIN"), ballots);
        return (
          r.method === "YES_NO_ABSTAIN" &&
          r.yes + r.no + r.abstain === ballots.length &&
          r.cast === ballots.length &&
          r.invalid === 0
        );
      }),
    );
    fc.assert(
      fc.property(fc.array(approvalBallot, { maxLength: 60 }), (ballots) => {
        const input = poll("APPROVAL", { options: options("ABCD"), maxChoices: 2 });
        const r = tally(input, ballots);
        const valid = ballots.filter((b) => b.approve.length <= 2);
        const sum = r.method === "APPROVAL" ? r.ranking.reduce((s, o) => s + o.score, 0) : -1;
        return sum === valid.reduce((s, b) => s + b.approve.length, 0) && r.invalid === ballots.length - valid.length;
      }),
    );
    fc.assert(
      fc.property(fc.array(pointsBallot, { maxLength: 60 }), (ballots) => {
        const input = poll("POINTS", { options: options("ABCD"), totalPoints: 10, maxPointsPerOption: 5 });
        const r = tally(input, ballots);
        const valid = ballots.filter((b) => checkChoice(input, b).ok);
        const expected = valid.reduce((s, b) => s + Object.values(b.points).reduce((a, p) => a + p, 0), 0);
        return (
          r.method === "POINTS" &&
          r.ranking.reduce((s, o) => s + o.score, 0) === expected &&
          r.invalid + valid.length === ballots.length
        );
      }),
    );
  });

  it("invalid ballots are rejected by the rules, never counted", () => {
    const input = poll("POINTS", { options: options("ABCD"), totalPoints: 10, maxPointsPerOption: 5 });
    fc.assert(
      fc.property(pointsBallot, (ballot) => {
        const values = Object.values(ballot.points);
        const shouldPass = values.every((v) => v <= 5) && values.reduce((a, b) => a + b, 0) <= 10;
        return checkChoice(input, ballot).ok === shouldPass;
      }),
    );
  });

  it("the result does not depend on the order the ballots arrive in, and ties keep option order", () => {
    const input = poll("RANKING", { options: options("ABCD") });
    fc.assert(
      fc.property(fc.array(rankingBallot, { maxLength: 40 }), fc.nat(), (ballots, seed) => {
        const shuffled = [...ballots].sort(
          (a, b) =>
            ((a.order.join("").charCodeAt(0) * (seed + 1)) % 7) - ((b.order.join("").charCodeAt(0) * (seed + 1)) % 7),
        );
        const first = tally(input, ballots);
        const second = tally(input, [...shuffled].reverse());
        if (first.method !== "RANKING") return false;
        const ranksNonDecreasing = first.ranking.every((r, i) => i === 0 || r.rank >= first.ranking[i - 1]!.rank);
        const tiesInOptionOrder = first.ties.every((group) => group.join("") === [...group].sort().join(""));
        const tieRanksEqual = first.ties.every(
          (group) => new Set(group.map((id) => first.ranking.find((r) => r.optionId === id)!.rank)).size === 1,
        );
        return (
          JSON.stringify(first) === JSON.stringify(second) && ranksNonDecreasing && tiesInOptionOrder && tieRanksEqual
        );
      }),
    );
  });

  it("unanimous ranking ballots give exactly that order", () => {
    fc.assert(
      fc.property(rankingBallot, fc.integer({ min: 1, max: 15 }), (ballot, n) => {
        const r = tally(poll("RANKING", { options: options("ABCD") }), Array(n).fill(ballot));
        return (
          r.method === "RANKING" &&
          r.ranking.map((o) => o.optionId).join("") === ballot.order.join("") &&
          r.ties.length === 0
        );
      }),
    );
  });
});
