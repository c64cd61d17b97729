// The session cookie's name, shared by next-auth (lib/auth/options.ts), the session readers and
// the proxy (proxy.ts). A module of its own with no imports, because the proxy runs before any
// route and must not pull next-auth, the database or secrets into its bundle.
export const SESSION_COOKIE = "bn.session";
