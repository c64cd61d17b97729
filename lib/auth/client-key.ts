// The client address for login throttling. Behind a reverse proxy the first address of
// X-Forwarded-For is the client; set the proxy to overwrite (not append) that header.
export function clientKeyFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : ([headers[name]].flat()[0] ?? null));
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip") || "unbekannt";
}
