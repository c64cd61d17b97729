import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { inBody } from "@/lib/governance/in-body.ts";
import { isRole, ROLE_LABELS } from "@/lib/permissions.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

const FRESH_MS = 10 * 60_000;
type Details = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" ? value : "");

const MESSAGES: Record<string, (d: Details) => string> = {
  "membership.ended": (d) =>
    `Die Mitgliedschaft von ${text(d.person)} (${text(d.category)}) ${inBody(text(d.body))} ist beendet.`,
  "user.role-removed": (d) =>
    `${text(d.email)} hat die Rolle „${isRole(text(d.role)) ? ROLE_LABELS[text(d.role) as keyof typeof ROLE_LABELS] : text(d.role)}“ nicht mehr; die Anmeldungen sind beendet.`,
  "seat-rule.deleted": (d) => `Die Sitzregel „${text(d.category)}“ ${inBody(text(d.body))} ist entfernt.`,
  "agenda-item.removed": (d) => `${text(d.number)} „${text(d.title)}“ ist von der Tagesordnung genommen.`,
  "poll.deleted": (d) => `Der Entwurf „${text(d.title)}“ ist gelöscht.`,
  "poll.opened": (d) =>
    `Die Abstimmung ist eröffnet: ${d.entitled === 1 ? "1 stimmberechtigter Sitz" : `${Number(d.entitled)} stimmberechtigte Sitze`}${d.notified ? `; ${Number(d.notified)} E-Mail-Benachrichtigungen sind vorgemerkt` : ""}.`,
  "poll.closed": (d) =>
    `Die Abstimmung ist geschlossen; ${Number(d.voted)} von ${Number(d.entitled)} Sitzen haben abgestimmt. Das Ergebnis ist festgeschrieben.`,
  "recommendation.forwarded": (d) =>
    `Weitergeleitet: Die Empfehlung steht als ${text(d.number)} auf der Tagesordnung von „${text(d.meeting)}“.`,
  "poll.published": () => "Das Ergebnis ist den Mitgliedern des Gremiums bekanntgegeben.",
};

/**
 * The confirmation of an action whose row disappeared (ending, removing), read back from its
 * audit entry: region-scoped, the acting user's own, and only while fresh. Works without
 * JavaScript, because the action redirects to the page with the entry's id.
 */
export async function getDoneNotice(
  regionId: string,
  userId: string,
  auditId: string | undefined,
): Promise<string | null> {
  if (!auditId || !isUuid(auditId)) return null;
  const event = await withRegion(regionId, (tx) =>
    tx.auditEvent.findUnique({ where: { regionId_id: { regionId, id: auditId } } }),
  );
  if (!event || event.actorId !== userId || Date.now() - event.createdAt.getTime() > FRESH_MS) return null;
  const message = MESSAGES[event.action];
  return message ? message((event.details ?? {}) as Details) : null;
}
