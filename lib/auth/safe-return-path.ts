import { origin } from "@/lib/core/http/site-origin.ts";

// Control characters and backslashes have no place in a return path, raw or percent-encoded:
// a browser drops tab and line breaks while parsing ("/\t/evil.example" becomes
// "//evil.example", another host), reads "\" as "/", and CR/LF/VT cannot go into a Location
// header at all (the redirect would fail with a 500).
const UNSAFE_RAW = /[\u0000-\u001f\u007f-\u009f\\]/;
const UNSAFE_DECODED = /[\u0000-\u001f\u007f\\]/;
const MAX_LENGTH = 500;

/** Decodes %XX escapes byte by byte (never throws): enough to see an encoded "/", "\" or control character. */
function decodeEscapes(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Where to go after login: only a path on the portal's own origin, else null (the caller uses
 * its default). The value is parsed the way a browser resolves a Location header
 * (`new URL(value, origin)`), compared by origin, and handed back as pathname + search + hash
 * of the parsed URL, so the browser cannot read it differently from this check.
 */
export function safeReturnPath(value: unknown, portalOrigin: string = origin()): string | null {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !value.startsWith("/")) return null;
  if (UNSAFE_RAW.test(value) || UNSAFE_DECODED.test(decodeEscapes(value))) return null;
  const portal = new URL(portalOrigin).origin;
  let url: URL;
  try {
    url = new URL(value, portal);
  } catch {
    return null;
  }
  if (url.origin !== portal) return null;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host
  if (/^\/[/\\]/.test(decodeEscapes(path)) || path.length > MAX_LENGTH) return null;
  return path;
}

/**
 * The same check for an absolute address on the portal (next-auth's `callbackUrl`): the portal's
 * origin and a safe path, else null. A relative path is taken as one on the portal.
 */
export function safePortalAddress(value: string, portalOrigin: string): string | null {
  const path = safeReturnPath(
    value.startsWith(`${portalOrigin}/`) ? value.slice(portalOrigin.length) : value,
    portalOrigin,
  );
  return path ? `${portalOrigin}${path}` : null;
}
