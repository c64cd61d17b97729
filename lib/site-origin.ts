/** The portal's public origin (no trailing slash), for absolute links in feeds, e-mails and metadata. */
export function origin(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
