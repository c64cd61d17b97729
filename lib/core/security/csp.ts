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
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method)) return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
