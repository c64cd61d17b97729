import fc from "fast-check";

/** A hostile string for a URL: `raw` ones (broken percent-encodings) go into the URL as they are. */
export interface Hostile {
  value: string;
  raw: boolean;
}

// What an outside probe sends: NUL and other control characters, lone surrogates, dates
// outside what a database stores, huge numbers, path tricks, look-alike hosts.
const PROBES = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "+200000-01-01",
  "-200000-01-01",
  "+275760-09-13T00:00:00.000Z",
  "9999-12-31T23:59:59+14:00",
  "2026-02-30",
  "99999999999999999999999",
  "-1",
  "0",
  "1e309",
  "NaN",
  "..",
  "\r\n",
  "\t",
  "\u007f",
  "\u0085",
  "\u202e",
  "x".repeat(3000),
  "null",
  "' OR 1=1 --",
  "<script>",
  "//evil.example",
  "http://127.0.0.1.evil.example/",
  "\\\\evil.example",
];
const RAW = ["%", "%zz", "%00", "%ED%A0%80", "%C0%AF", "%2e%2e", "%2F", "%FF%FE", "%25", "%E2%80%AE"];
const ODD_DATES = ["+200000-01-01T00:00:00.000Z", "-200000-01-01T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "x"];
const ODD_IDS = ["nope", "0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f", "a\u0000", "\ud800", 1, null];

const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("\ud800", "\udc00", "\u007f", "\u0085", "%", "/", "?", "#", "&", "=", "+", ".", "\\", "ä", "😀"),
  fc.string({ minLength: 1, maxLength: 1 }),
);

/** A cursor (`after`) shaped like ours — base64url of [date, id] — with an odd date or id. */
const forgedCursor = fc
  .tuple(fc.constantFrom(...ODD_DATES, "2026-01-01T00:00:00.000Z"), fc.constantFrom(...ODD_IDS))
  .map(([date, id]) => Buffer.from(JSON.stringify([date, id])).toString("base64url"));

export function hostileText(): fc.Arbitrary<Hostile> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PROBES).map((value) => ({ value, raw: false })) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW).map((value) => ({ value, raw: true })) },
    { weight: 3, arbitrary: fc.string({ unit, maxLength: 12 }).map((value) => ({ value, raw: false })) },
    { weight: 2, arbitrary: forgedCursor.map((value) => ({ value, raw: false })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.bigInt().map(String), fc.double().map(String), fc.date({ noInvalidDate: false }).map(String))
        .map((value) => ({ value, raw: false })),
    },
  );
}

/** Percent-encodes like encodeURIComponent, and a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
export function encodeText(value: string): string {
  let out = "";
  for (const character of value) {
    const point = character.codePointAt(0)!;
    out +=
      point >= 0xd800 && point <= 0xdfff
        ? [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)]
            .map((byte) => `%${byte.toString(16).toUpperCase()}`)
            .join("")
        : encodeURIComponent(character);
  }
  return out;
}

export const pathSegment = (hostile: Hostile) => (hostile.raw ? hostile.value : encodeText(hostile.value));

export function queryString(pairs: [string, Hostile][]): string {
  return pairs.length ? `?${pairs.map(([name, h]) => `${name}=${pathSegment(h)}`).join("&")}` : "";
}
