import "@/lib/core/server-only.ts";
import nodemailer from "nodemailer";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";

export interface MailTransport {
  sendMail(message: nodemailer.SendMailOptions): Promise<unknown>;
}

export const MAX_ATTEMPTS = 8;
const BACKOFF_CAP_MS = 6 * 60 * 60_000;

/** The wait before attempt n+1: 1, 2, 4 … minutes, at most six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0) * 60_000, BACKOFF_CAP_MS);
}

export function smtpTransport(url = process.env.SMTP_URL): MailTransport {
  if (!url) throw new Error("SMTP_URL ist nicht gesetzt.");
  return nodemailer.createTransport(url);
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends what waits in the outbox of every region. Each mail is sent inside its own
 * transaction that holds the row lock (FOR UPDATE SKIP LOCKED), so two workers never send
 * the same mail, and it is marked SENT in the same transaction. Only a crash between the
 * SMTP answer and the commit could repeat a mail; its fixed Message-ID lets mail servers
 * drop the duplicate.
 */
export async function deliverOutbox(
  transport: MailTransport,
  options: { from?: string; now?: Date; limit?: number } = {},
): Promise<DeliveryResult> {
  const from = options.from ?? process.env.MAIL_FROM ?? "Bildungsnetz NRW <no-reply@bildungsnetz.example>";
  const now = options.now ?? new Date();
  const limit = options.limit ?? 200;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  const regions = await withoutRegion((tx) => tx.region.findMany({ select: { id: true } }));
  for (const region of regions) {
    while (result.sent + result.retried + result.failed < limit) {
      const outcome = await withRegion(region.id, (tx) => deliverOne(tx, region.id, transport, from, now), {
        timeoutMs: 60_000,
      });
      if (!outcome) break;
      result[outcome]++;
    }
  }
  return result;
}

type Tx = Parameters<Parameters<typeof withRegion>[1]>[0];

async function deliverOne(
  tx: Tx,
  regionId: string,
  transport: MailTransport,
  from: string,
  now: Date,
): Promise<keyof DeliveryResult | null> {
  const [next] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS id FROM "OutboxEmail"
     WHERE "regionId" = ${regionId}::uuid AND "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
     ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!next) return null;
  const where = { regionId_id: { regionId, id: next.id } };
  const mail = await tx.outboxEmail.findUniqueOrThrow({ where });
  try {
    await transport.sendMail({
      from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody || undefined,
      messageId: `<outbox-${mail.id}@bildungsnetz>`,
      headers: { "Auto-Submitted": "auto-generated" },
      attachments: Array.isArray(mail.attachments)
        ? (mail.attachments as nodemailer.SendMailOptions["attachments"])
        : undefined,
    });
    await tx.outboxEmail.update({
      where,
      data: { status: "SENT", sentAt: new Date(), attempts: mail.attempts + 1, lastError: "" },
    });
    return "sent";
  } catch (error) {
    const attempts = mail.attempts + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const failed = attempts >= MAX_ATTEMPTS;
    await tx.outboxEmail.update({
      where,
      data: {
        attempts,
        lastError,
        status: failed ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      },
    });
    return failed ? "failed" : "retried";
  }
}
