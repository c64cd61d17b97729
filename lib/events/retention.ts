import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";

/** Days after an event (its end, or its start) until the registrations lose their personal data. */
export const RETENTION_DAYS = 90;

/**
 * Data minimisation (DSGVO Art. 5): RETENTION_DAYS after an event, its registrations keep
 * only status, forum and order (for statistics) — name, institution and e-mail address are
 * replaced — and the sent registration e-mails of that age are deleted from the outbox.
 * Runs from `npm start` every hour and as `npm run data:retention`.
 */
export async function anonymisePastRegistrations(now = new Date()) {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const regions = await withoutRegion((tx) => tx.region.findMany({ select: { id: true } }));
  let anonymised = 0;
  let mailsDeleted = 0;
  for (const { id: regionId } of regions) {
    const result = await withRegion(regionId, async (tx) => {
      const rows = await tx.$executeRaw`
        UPDATE "Registration" r
           SET "name" = 'Gelöschte Anmeldung', "institution" = '', "email" = 'geloescht-' || r.id || '@anonym.invalid', "anonymisedAt" = ${now}
          FROM "Event" e
         WHERE r."regionId" = ${regionId}::uuid AND e."regionId" = r."regionId" AND e.id = r."eventId"
           AND r."anonymisedAt" IS NULL AND coalesce(e."endsAt", e."startsAt") < ${cutoff}`;
      const mails = await tx.outboxEmail.deleteMany({
        where: {
          regionId,
          status: { not: "PENDING" },
          createdAt: { lt: cutoff },
          idempotencyKey: { startsWith: "event-" },
        },
      });
      return { rows, mails: mails.count };
    });
    anonymised += result.rows;
    mailsDeleted += result.mails;
  }
  return { anonymised, mailsDeleted };
}
