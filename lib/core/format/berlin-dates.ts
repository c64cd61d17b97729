// How dates and times read on the portal: German, in Berlin time (servers run in UTC).
const options = (o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("de-DE", { ...o, timeZone: "Europe/Berlin" });

/** 21.11.2026 */
export const berlinDate = options({ dateStyle: "medium" });
/** 21. November 2026 */
export const berlinDateLong = options({ dateStyle: "long" });
/** Samstag, 21. November 2026 um 14:00 */
export const berlinDateTime = options({ dateStyle: "full", timeStyle: "short" });
/** 21.11.2026, 14:00 */
export const berlinDateTimeShort = options({ dateStyle: "medium", timeStyle: "short" });
