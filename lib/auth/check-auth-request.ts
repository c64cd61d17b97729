import { safePortalAddress } from "./safe-return-path.ts";

// next-auth 4 answers some hostile inputs with a 500 of its own: a `callbackUrl` in the query
// or in its callback-url cookie that is no valid URL ("http://portal:3000.evil.example") fails
// its configuration check, an `error` with a control character cannot go into its Location
// header, and a GET of the credentials callback is "not supported". These requests are
// answered here, before next-auth sees them: a return address becomes a path on the portal
// (or is dropped, as the redirect callback in options.ts would), the rest is refused.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CALLBACK_COOKIE = /(^|\.)next-auth\.callback-url$/;

export type AuthRequestCheck =
  | { ok: false; status: 400 | 405; message: string; allow?: string }
  | { ok: true; search: URLSearchParams; dropCookies: string[] };

function isCleanText(value: string): boolean {
  return !CONTROL.test(value) && value.isWellFormed();
}

export function checkAuthRequest(
  method: string,
  url: URL,
  segments: readonly string[],
  cookies: readonly { name: string; value: string }[],
  portal: string,
): AuthRequestCheck {
  const texts = [...segments, ...[...url.searchParams].flat()];
  if (!texts.every(isCleanText))
    return { ok: false, status: 400, message: "Ungültige Anfrage: Die Adresse enthält unzulässige Zeichen." };
  if (segments[0] === "callback" && method !== "POST")
    return { ok: false, status: 405, message: "Die Anmeldung nimmt hier nur POST-Anfragen an.", allow: "POST" };
  const search = new URLSearchParams(url.searchParams);
  const callbackUrl = search.get("callbackUrl");
  if (callbackUrl !== null) {
    const address = safePortalAddress(callbackUrl, portal);
    if (address) search.set("callbackUrl", address);
    else search.delete("callbackUrl");
  }
  const dropCookies = cookies
    .filter((cookie) => CALLBACK_COOKIE.test(cookie.name) && !safePortalAddress(cookie.value, portal))
    .map((cookie) => cookie.name);
  return { ok: true, search, dropCookies };
}
