// What a valid ballot is, per method. Pure: the ballot form, the cast use case and the tally
// all read ballots through these functions.

export type PollMethod = "YES_NO_ABSTAIN" | "APPROVAL" | "POINTS" | "RANKING";
export type YesNo = "YES" | "NO" | "ABSTAIN";

export type Choice = { vote: YesNo } | { approve: string[] } | { points: Record<string, number> } | { order: string[] };

export interface PollRules {
  method: PollMethod;
  /** APPROVAL: at most this many options (k). */
  maxChoices: number | null;
  /** POINTS: at most this many points in all (N) … */
  totalPoints: number | null;
  /** … and at most this many on one option (m). */
  maxPointsPerOption: number | null;
  /** Option ids in display order. */
  optionIds: readonly string[];
}

export type ChoiceCheck = { ok: true; choice: Choice } | { ok: false; message: string };

const YES_NO = new Set<string>(["YES", "NO", "ABSTAIN"]);

/**
 * Reads a ballot from form fields: `vote` (YES/NO/ABSTAIN), `approve:<optionId>` = "on",
 * `points:<optionId>` = whole number, `rank:<optionId>` = 1…n. Unknown options and
 * anything outside the poll's limits make the ballot invalid, with a German reason.
 */
export function choiceFromForm(rules: PollRules, form: Record<string, unknown>): ChoiceCheck {
  const known = new Set(rules.optionIds);
  const keyed = (prefix: string) =>
    Object.entries(form)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), typeof value === "string" ? value.trim() : ""] as const);
  switch (rules.method) {
    case "YES_NO_ABSTAIN": {
      const vote = typeof form.vote === "string" ? form.vote : "";
      return checkChoice(rules, { vote: vote as YesNo });
    }
    case "APPROVAL": {
      const entries = keyed("approve:");
      if (entries.some(([id]) => !known.has(id))) return invalid("Der Stimmzettel enthält eine unbekannte Option.");
      return checkChoice(rules, { approve: entries.filter(([, v]) => v === "on").map(([id]) => id) });
    }
    case "POINTS": {
      const points: Record<string, number> = {};
      for (const [id, raw] of keyed("points:")) {
        if (!known.has(id)) return invalid("Der Stimmzettel enthält eine unbekannte Option.");
        if (raw === "") continue;
        if (!/^\d{1,6}$/.test(raw)) return invalid("Bitte vergeben Sie Punkte als ganze Zahlen ab 0.");
        points[id] = Number(raw);
      }
      return checkChoice(rules, { points });
    }
    case "RANKING": {
      const ranks = keyed("rank:");
      if (ranks.some(([id]) => !known.has(id))) return invalid("Der Stimmzettel enthält eine unbekannte Option.");
      const place = new Map(ranks.map(([id, raw]) => [id, /^\d{1,3}$/.test(raw) ? Number(raw) : NaN]));
      if (rules.optionIds.some((id) => !Number.isInteger(place.get(id))))
        return invalid("Bitte geben Sie jeder Option einen Platz.");
      const order = [...rules.optionIds].sort((a, b) => place.get(a)! - place.get(b)!);
      const used = order.map((id) => place.get(id)!);
      if (used.some((p, i) => p !== i + 1))
        return invalid(`Bitte vergeben Sie jeden Platz von 1 bis ${rules.optionIds.length} genau einmal.`);
      return checkChoice(rules, { order });
    }
  }
}

function invalid(message: string): ChoiceCheck {
  return { ok: false, message };
}

/** Checks a stored or submitted choice against the poll's rules; returns it normalised. */
export function checkChoice(rules: PollRules, choice: unknown): ChoiceCheck {
  const known = new Set(rules.optionIds);
  if (typeof choice !== "object" || choice === null) return invalid("Der Stimmzettel ist leer.");
  const c = choice as Record<string, unknown>;
  switch (rules.method) {
    case "YES_NO_ABSTAIN":
      if (typeof c.vote !== "string" || !YES_NO.has(c.vote))
        return invalid("Bitte wählen Sie Ja, Nein oder Enthaltung.");
      return { ok: true, choice: { vote: c.vote as YesNo } };
    case "APPROVAL": {
      if (!Array.isArray(c.approve) || c.approve.some((id) => typeof id !== "string" || !known.has(id)))
        return invalid("Der Stimmzettel enthält eine unbekannte Option.");
      const approve = [...new Set(c.approve as string[])];
      if (approve.length !== c.approve.length) return invalid("Jede Option kann nur einmal gewählt werden.");
      const k = rules.maxChoices ?? rules.optionIds.length;
      if (approve.length > k)
        return invalid(
          `Sie können höchstens ${k === 1 ? "eine Option" : `${k} Optionen`} wählen; gewählt sind ${approve.length}.`,
        );
      return { ok: true, choice: { approve: rules.optionIds.filter((id) => approve.includes(id)) } };
    }
    case "POINTS": {
      if (typeof c.points !== "object" || c.points === null || Array.isArray(c.points))
        return invalid("Bitte vergeben Sie Punkte.");
      const entries = Object.entries(c.points as Record<string, unknown>);
      if (entries.some(([id]) => !known.has(id))) return invalid("Der Stimmzettel enthält eine unbekannte Option.");
      if (entries.some(([, v]) => typeof v !== "number" || !Number.isInteger(v) || v < 0))
        return invalid("Bitte vergeben Sie Punkte als ganze Zahlen ab 0.");
      const total = rules.totalPoints ?? 0;
      const perOption = rules.maxPointsPerOption ?? total;
      const over = entries.find(([, v]) => (v as number) > perOption);
      if (over) return invalid(`Auf eine Option dürfen höchstens ${perOption} Punkte entfallen.`);
      const sum = entries.reduce((s, [, v]) => s + (v as number), 0);
      if (sum > total) return invalid(`Sie haben ${sum} Punkte vergeben; zur Verfügung stehen ${total}.`);
      const points: Record<string, number> = {};
      for (const id of rules.optionIds) {
        const v = (c.points as Record<string, number>)[id];
        if (v) points[id] = v;
      }
      return { ok: true, choice: { points } };
    }
    case "RANKING": {
      if (!Array.isArray(c.order) || c.order.some((id) => typeof id !== "string" || !known.has(id)))
        return invalid("Der Stimmzettel enthält eine unbekannte Option.");
      if (new Set(c.order).size !== c.order.length || c.order.length !== rules.optionIds.length) {
        return invalid(`Bitte vergeben Sie jeden Platz von 1 bis ${rules.optionIds.length} genau einmal.`);
      }
      return { ok: true, choice: { order: [...(c.order as string[])] } };
    }
  }
}
