import { berlinDate, berlinDateLong, berlinDateTime, berlinDateTimeShort } from "@/lib/core/format/berlin-dates";

const FORMAT = {
  /** 21.11.2026 */
  date: { formatter: berlinDate, clock: false },
  /** 21. November 2026 */
  dateLong: { formatter: berlinDateLong, clock: false },
  /** Samstag, 21. November 2026 um 14:00 Uhr */
  dateTime: { formatter: berlinDateTime, clock: true },
  /** 21.11.2026, 14:00 Uhr */
  dateTimeShort: { formatter: berlinDateTimeShort, clock: true },
} as const;

export type DateTimeFormat = keyof typeof FORMAT;

/** A point in time for people (German, Berlin time, "Uhr" after a time) and for machines (ISO in dateTime). */
export function DateTime({
  value,
  format = "dateTime",
  className,
}: {
  value: Date;
  format?: DateTimeFormat;
  className?: string;
}) {
  const { formatter, clock } = FORMAT[format];
  return (
    <time dateTime={value.toISOString()} className={className}>
      {formatter.format(value)}
      {clock && " Uhr"}
    </time>
  );
}
