import { requestHost, trustProxy } from "@/lib/core/http/trusted-proxy.ts";

// The Content-Security-Policy of every page; only what scripts may do differs between the
// App Router's pages and the public pages without JavaScript.
// Styles allow inline attributes (React style props, Next's route announcer); scripts do not.
function policy(scripts: { src: string; connect: string; img: string }): string {
  return [
    "default-src 'self'",
    `script-src ${scripts.src}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${scripts.img}`,
    "font-src 'self'",
    `connect-src ${scripts.connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The App Router's pages: scripts only with this request's nonce. */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return policy({
    src: `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    connect: "'self'",
    img: "'self' data: blob:",
  });
}

/**
 * The policy of the public pages that ship no JavaScript (pages/): no script may run at all.
 * They are not routed through proxy.ts (its matcher leaves them out), so they need no nonce.
 */
export const NO_SCRIPT_POLICY = policy({ src: "'none'", connect: "'none'", img: "'self' data:" });

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request must come from our own pages. Route handlers have no CSRF check
 * of their own and server actions accept requests without Origin, so the proxy checks here.
 * Our host is `Host`; X-Forwarded-Host only when a proxy named in TRUST_PROXY sent the
 * request (otherwise any client could name the attacker's origin as ours).
 */
export function isCrossSiteWrite(method: string, headers: Headers, trust = process.env.TRUST_PROXY): boolean {
  if (SAFE_METHODS.has(method)) return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return true;
  const host = requestHost((name) => headers.get(name), trustProxy(trust));
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
