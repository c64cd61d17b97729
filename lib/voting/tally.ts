// Counting. Pure and deterministic: the same ballots always give the same result, whatever
// order they arrive in. The result is frozen into Poll.result at the close.
//
// Methods
// - YES_NO_ABSTAIN: counts; majority of a base (yes+no, everyone taking part, or all seats).
// - APPROVAL: one point per approved option; ranked by approvals.
// - POINTS: points summed per option; ranked by points.
// - RANKING: Schulze method (Condorcet). d[a][b] = ballots that rank a above b; p = strongest
//   (widest) paths; a is ahead of b when p[a][b] > p[b][a]. Options are ranked by how many
//   options are ahead of them (fewer is better). Options that are level share a rank and are
//   reported as a tie; within a tie the poll's option order is kept.
import { checkChoice, type Choice, type PollRules } from "./ballot-rules.ts";
import { MAJORITY_BASE_LABEL, MAJORITY_RULE_IN_TEXT } from "./labels.ts";

export type MajorityRule = "SIMPLE" | "TWO_THIRDS";
export type MajorityBase = "YES_NO" | "PRESENT" | "ALL_SEATS";

export interface TallyInput extends PollRules {
  options: readonly { id: string; label: string }[];
  majorityRule: MajorityRule;
  majorityBase: MajorityBase;
  /** Voting seats in the snapshot. */
  entitled: number;
  /** Ballots needed for the poll to count (null: no quorum needed). */
  quorumRequired: number | null;
}

export interface RankedOption {
  optionId: string;
  label: string;
  /** Approvals, points, or (Schulze) the number of options this one is ahead of. */
  score: number;
  rank: number;
}

interface ResultBase {
  entitled: number;
  cast: number;
  invalid: number;
  quorum: { required: number; reached: boolean } | null;
  /** German summary for the page, the minutes and the decision. */
  statement: string;
}

export type PollResult =
  | (ResultBase & {
      method: "YES_NO_ABSTAIN";
      yes: number;
      no: number;
      abstain: number;
      majority: { rule: MajorityRule; base: MajorityBase; baseCount: number; required: number; reached: boolean };
      adopted: boolean;
    })
  | (ResultBase & { method: "APPROVAL" | "POINTS"; ranking: RankedOption[]; ties: string[][] })
  | (ResultBase & {
      method: "RANKING";
      ranking: RankedOption[];
      ties: string[][];
      /** pairwise[a][b]: ballots ranking options[a] above options[b] (poll option order). */
      pairwise: number[][];
      options: string[];
    });

/** Yes votes needed: more than half, or at least two thirds, of the base. */
export function requiredYes(rule: MajorityRule, base: number): number {
  if (base <= 0) return 1;
  return rule === "SIMPLE" ? Math.floor(base / 2) + 1 : Math.ceil((2 * base) / 3);
}

export function tally(input: TallyInput, ballots: readonly unknown[]): PollResult {
  const valid: Choice[] = [];
  for (const ballot of ballots) {
    const check = checkChoice(input, ballot);
    if (check.ok) valid.push(check.choice);
  }
  const cast = ballots.length;
  const quorum =
    input.quorumRequired === null ? null : { required: input.quorumRequired, reached: cast >= input.quorumRequired };
  const base = { entitled: input.entitled, cast, invalid: cast - valid.length, quorum };
  const quorumNote =
    quorum && !quorum.reached
      ? ` Die Abstimmung ist nicht gültig: ${cast} von ${input.entitled} Sitzen haben abgestimmt, erforderlich waren ${quorum.required}.`
      : "";

  if (input.method === "YES_NO_ABSTAIN") {
    let yes = 0,
      no = 0,
      abstain = 0;
    for (const c of valid) {
      const vote = (c as { vote: string }).vote;
      if (vote === "YES") yes++;
      else if (vote === "NO") no++;
      else abstain++;
    }
    const baseCount =
      input.majorityBase === "YES_NO"
        ? yes + no
        : input.majorityBase === "PRESENT"
          ? yes + no + abstain
          : input.entitled;
    const required = requiredYes(input.majorityRule, baseCount);
    const reached = baseCount > 0 && yes >= required;
    const adopted = reached && (quorum?.reached ?? true);
    const statement =
      `${adopted ? "Angenommen" : "Abgelehnt"}: ${yes} Ja, ${no} Nein, ${abstain} ${abstain === 1 ? "Enthaltung" : "Enthaltungen"}. ` +
      `Erforderlich ${required === 1 ? "war 1 Ja-Stimme" : `waren ${required} Ja-Stimmen`} (${MAJORITY_RULE_IN_TEXT[input.majorityRule]} ${MAJORITY_BASE_LABEL[input.majorityBase]}).${quorumNote}`;
    return {
      ...base,
      method: "YES_NO_ABSTAIN",
      yes,
      no,
      abstain,
      majority: { rule: input.majorityRule, base: input.majorityBase, baseCount, required, reached },
      adopted,
      statement,
    };
  }

  const ids = input.options.map((o) => o.id);
  const labelOf = new Map(input.options.map((o) => [o.id, o.label]));
  if (input.method === "APPROVAL" || input.method === "POINTS") {
    const score = new Map(ids.map((id) => [id, 0]));
    for (const c of valid) {
      if ("approve" in c) for (const id of c.approve) score.set(id, score.get(id)! + 1);
      if ("points" in c) for (const [id, p] of Object.entries(c.points)) score.set(id, score.get(id)! + p);
    }
    const { ranking, ties } = rankByScore(ids, (id) => score.get(id)!, labelOf);
    const unit = input.method === "APPROVAL" ? "Stimmen" : "Punkte";
    const statement = `Reihenfolge nach ${unit}: ${ranking.map((r) => `${r.rank}. ${r.label} (${r.score})`).join("; ")}.${tieNote(ties, labelOf)}${quorumNote}`;
    return { ...base, method: input.method, ranking, ties, statement };
  }

  const n = ids.length;
  const pairwise = ids.map(() => ids.map(() => 0));
  for (const c of valid) {
    const place = new Map((c as { order: string[] }).order.map((id, i) => [id, i]));
    const at = ids.map((id) => place.get(id)!);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b && at[a]! < at[b]!) pairwise[a]![b]!++;
  }
  const strongest = schulzeStrongestPaths(pairwise);
  const ahead = (a: number, b: number) => cell(strongest, a, b) > cell(strongest, b, a);
  const wins = ids.map((_, a) => ids.filter((__, b) => b !== a && ahead(a, b)).length);
  const beatenBy = ids.map((_, a) => ids.filter((__, b) => b !== a && ahead(b, a)).length);
  const index = new Map(ids.map((id, i) => [id, i]));
  const ranked = rankByScore(ids, (id) => -beatenBy[index.get(id)!]!, labelOf);
  const ranking = ranked.ranking.map((r) => ({ ...r, score: wins[index.get(r.optionId)!]! }));
  const statement = `Reihenfolge nach der Schulze-Methode: ${ranking.map((r) => `${r.rank}. ${r.label}`).join("; ")}.${tieNote(ranked.ties, labelOf)}${quorumNote}`;
  return { ...base, method: "RANKING", ranking, ties: ranked.ties, pairwise, options: [...ids], statement };
}

const cell = (m: number[][], a: number, b: number) => m[a]![b]!;

/** Widest paths (Schulze): p[a][b] = strength of the strongest path from a to b. */
export function schulzeStrongestPaths(d: number[][]): number[][] {
  const n = d.length;
  const p = d.map((row, a) => row.map((v, b) => (a !== b && v > cell(d, b, a) ? v : 0)));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      for (let k = 0; k < n; k++)
        if (k !== i && k !== j) p[j]![k] = Math.max(cell(p, j, k), Math.min(cell(p, j, i), cell(p, i, k)));
    }
  return p;
}

/** Rank = 1 + options with a strictly higher score; level options share a rank (stable). */
function rankByScore(ids: readonly string[], score: (id: string) => number, labelOf: Map<string, string>) {
  const ranking: RankedOption[] = ids
    .map((id) => ({
      optionId: id,
      label: labelOf.get(id) ?? "",
      score: score(id),
      rank: 1 + ids.filter((other) => score(other) > score(id)).length,
    }))
    .sort((a, b) => a.rank - b.rank || ids.indexOf(a.optionId) - ids.indexOf(b.optionId));
  const groups = new Map<number, string[]>();
  for (const r of ranking) groups.set(r.rank, [...(groups.get(r.rank) ?? []), r.optionId]);
  const ties = [...groups.values()].filter((g) => g.length > 1);
  return { ranking, ties };
}

function tieNote(ties: string[][], labelOf: Map<string, string>): string {
  if (!ties.length) return "";
  const list = new Intl.ListFormat("de", { type: "conjunction" });
  return ` Gleichstand zwischen ${ties.map((group) => list.format(group.map((id) => labelOf.get(id) ?? ""))).join(" sowie zwischen ")}.`;
}
