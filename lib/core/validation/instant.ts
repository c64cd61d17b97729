// A point in time a query may carry to the database. JavaScript's Date reaches ±275,760
// years, PostgreSQL's timestamp only 4713 BC to 294276 AD and has no year 0: "0000-01-01"
// or a cursor dated "-200000-01-01" made the query fail (a 500). Nothing in the portal is
// dated outside the years 1 to 9999 (four-digit ISO 8601), so anything else is refused as
// invalid input before a query runs.
export function isStorableInstant(value: Date): boolean {
  return !Number.isNaN(value.getTime()) && value.getUTCFullYear() >= 1 && value.getUTCFullYear() <= 9999;
}
