// Does an assignment's due date make sense? Pure: dates are calendar dates at UTC midnight.
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import type { FieldErrors } from "@/lib/core/validation/text.ts";

/**
 * A due date may not lie before the decision the assignment follows from; one in the past
 * (before `today`) needs the explicit confirmation `confirmed`.
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
  if (dueOn < today && !confirmed)
    return {
      confirmPastDue: [
        `Die Frist ${berlinDate.format(dueOn)} liegt in der Vergangenheit; der Auftrag gilt damit sofort als überfällig. Bitte bestätigen Sie das ausdrücklich.`,
      ],
    };
  return null;
}
