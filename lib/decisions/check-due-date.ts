// Does an assignment's due date make sense? Pure: dates are calendar dates at UTC midnight.
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import type { FieldErrors } from "@/lib/core/validation/text.ts";

/** How far ahead a due date may lie: a typo such as 31.12.9999 is refused, not stored. */
export const DUE_DATE_YEARS_AHEAD = 10;

/**
 * A due date may not lie before the decision the assignment follows from nor more than
 * DUE_DATE_YEARS_AHEAD years after `today`; one in the past (before `today`) needs the explicit
 * confirmation `confirmed`.
 */
export function checkDueDate(
  dueOn: Date | null,
  { decidedOn, today, confirmed }: { decidedOn: Date | null; today: Date; confirmed: boolean },
): FieldErrors | null {
  if (!dueOn) return null;
  if (decidedOn && dueOn < decidedOn)
    return {
      dueOn: [`Die Frist kann nicht vor dem Beschluss liegen (${berlinDate.format(decidedOn)}).`],
    };
  const latest = new Date(
    Date.UTC(today.getUTCFullYear() + DUE_DATE_YEARS_AHEAD, today.getUTCMonth(), today.getUTCDate()),
  );
  if (dueOn > latest)
    return {
      dueOn: [
        `Die Frist ${berlinDate.format(dueOn)} liegt mehr als ${DUE_DATE_YEARS_AHEAD} Jahre in der Zukunft. Bitte prüfen Sie das Datum.`,
      ],
    };
  if (dueOn < today && !confirmed)
    return {
      confirmPastDue: [
        `Die Frist ${berlinDate.format(dueOn)} liegt in der Vergangenheit; der Auftrag gilt damit sofort als überfällig. Bitte bestätigen Sie das ausdrücklich.`,
      ],
    };
  return null;
}
