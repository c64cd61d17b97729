import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { MAX_REQUEST_BYTES } from "@/lib/core/files/upload-limit";
import { TOO_LARGE_PAGE_POLICY, tooLargePage } from "@/lib/core/http/too-large-page";
import { contentSecurityPolicy, isCrossSiteWrite } from "@/lib/core/security/csp";

// Optimistic checks only (no database): CSP nonce, cross-site writes, and a redirect to the
// login for internal pages without any session cookie. The real gate is lib/tenancy.
export function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("Anfrage abgelehnt: Sie kam nicht von dieser Website.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // Larger than any upload may be: answered here, before Next cuts the body (a 500), with a
  // German page that leads back to the form (a form posts to its own page).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return new NextResponse(tooLargePage(request.nextUrl.pathname + request.nextUrl.search), {
      status: 413,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": TOO_LARGE_PAGE_POLICY,
        "Cache-Control": "no-store",
      },
    });
  }

  const { pathname, search } = request.nextUrl;
  if (/^\/[^/]+\/intern(\/|$)/.test(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL("/anmelden", request.url);
    login.searchParams.set("weiter", pathname + search);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Not for static files, and not for the public pages without JavaScript (pages/): they need
// no nonce (they send their own policy, "script-src 'none'"), the two with a form (event
// registration, cancellation) refuse cross-site posts themselves (lib/core/public-pages), and
// running the proxy would cost them more than rendering them from the cache. Kept in step
// with pages/ by tests/unit/proxy-matcher.test.ts.
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon\\.svg|(?:impressum|datenschutz|barrierefreiheit|angebote)?$|(?!(?:anmelden|abmelden|admin|aufsicht|passwort-setzen|api|robots\\.txt|sitemap\\.xml|sitemap-portal\\.xml)$)[^/]+(?:/(?:angebote(?:/[^/]+)?|termine|gremien/[^/]+|handlungsfelder/[^/]+|veranstaltungen/(?:stornieren/)?[^/]+|impressum|datenschutz|barrierefreiheit))?$).*)",
    },
  ],
};
