import { berlinLocalToUtc } from "@/lib/core/validation/berlin-time.ts";
import { firstCharacters } from "@/lib/core/validation/text.ts";

const DATE_LINE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?:\s*(?:-|–|bis)\s*(\d{1,2}):(\d{2}))?$/;

/** "14.03.2027 10:00" or "14.03.2027 10:00–12:00", one per line, Berlin time. */
export function parseDateLines(text: string): {
  dates: { startsAt: Date; endsAt: Date | null }[];
  error: string | null;
} {
  const dates: { startsAt: Date; endsAt: Date | null }[] = [];
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = DATE_LINE.exec(line);
    const pad = (n: string) => n.padStart(2, "0");
    const start = m ? berlinLocalToUtc(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}T${pad(m[4]!)}:${m[5]}`) : null;
    const end = m?.[6] ? berlinLocalToUtc(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}T${pad(m[6])}:${m[7]}`) : null;
    if (!m || !start || (m[6] && !end))
      return {
        dates,
        error: `Zeile ${index + 1} („${firstCharacters(line, 40)}“) ist kein Termin. Schreiben Sie z. B. 14.03.2027 10:00 oder 14.03.2027 10:00–12:00.`,
      };
    if (end && end <= start) return { dates, error: `Zeile ${index + 1}: Das Ende muss nach dem Beginn liegen.` };
    dates.push({ startsAt: start, endsAt: end });
  }
  if (dates.length > 100) return { dates, error: "Bitte geben Sie höchstens 100 Termine an." };
  return { dates, error: null };
}
