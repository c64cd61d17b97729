// Runs once when the Next server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerOnEveryRequest } = await import("@/lib/core/http/stamp-peer.ts");
  stampPeerOnEveryRequest();
  const { answer503DuringOutage } = await import("@/lib/core/http/outage-status.ts");
  answer503DuringOutage();
}
