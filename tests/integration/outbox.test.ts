import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { deliverOutbox, MAX_ATTEMPTS, retryDelayMs, smtpTransport } from "../../lib/core/mail/deliver-outbox.ts";
import { inviteUser } from "../../lib/users/invite-user.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { startSmtpServer } from "../support/smtp.ts";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let regions: Awaited<ReturnType<typeof twoRegions>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  regions = await twoRegions();
});
afterAll(() => smtp.close());

const outboxOf = (regionId: string) => withRegion(regionId, (tx) => tx.outboxEmail.findMany({ where: { regionId } }));

describe("outbox delivery by SMTP", () => {
  it("delivers an invitation from every region, with subject, text and link intact, exactly once", async () => {
    const a = await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), {
      email: "juergen.koehler@test.example",
      name: "Jürgen Köhler",
      role: "STEERING_MEMBER",
    });
    await inviteUser(await actorFor(regions.b.region.id, regions.b.user.id), {
      email: "b@test.example",
      name: "Bea Bärwald",
      role: "PARTNER",
    });

    const [first, second] = await Promise.all([
      deliverOutbox(smtpTransport(smtp.url)),
      deliverOutbox(smtpTransport(smtp.url)),
    ]);
    expect(first.sent + second.sent).toBe(2);
    expect((await deliverOutbox(smtpTransport(smtp.url))).sent).toBe(0);

    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received.find((m) =>
      m.subject?.startsWith(`Einladung in das Bildungsnetz ${regions.a.region.name}`),
    )!;
    expect(mail.to).toMatchObject({ text: "juergen.koehler@test.example" });
    expect(mail.text).toContain("Guten Tag Jürgen Köhler");
    expect(mail.text).toContain(a.link!);
    expect(mail.messageId).toMatch(/^<outbox-[0-9a-f-]+@bildungsnetz>$/);
    const [row] = await outboxOf(regions.a.region.id);
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(row!.sentAt).not.toBeNull();
  });

  it("retries a refused mail later with growing waits, and gives up after a bounded number of attempts", async () => {
    smtp.received.length = 0;
    await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), {
      email: "spaeter@test.example",
      name: "Spät",
      role: "PARTNER",
    });
    smtp.control.refuse = true;
    const t0 = new Date();
    expect(await deliverOutbox(smtpTransport(smtp.url), { now: t0 })).toMatchObject({ sent: 0, retried: 1 });
    let row = (await outboxOf(regions.a.region.id)).find((m) => m.toAddress === "spaeter@test.example")!;
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("451 Mailbox temporarily unavailable");
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not yet due: nothing happens.
    expect(await deliverOutbox(smtpTransport(smtp.url), { now: new Date(t0.getTime() + 1000) })).toMatchObject({
      sent: 0,
      retried: 0,
    });
    smtp.control.refuse = false;
    expect(
      await deliverOutbox(smtpTransport(smtp.url), { now: new Date(row.nextAttemptAt.getTime() + 1) }),
    ).toMatchObject({ sent: 1 });
    expect(smtp.received.map((m) => (m.to && "text" in m.to ? m.to.text : ""))).toEqual(["spaeter@test.example"]);

    await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), {
      email: "nie@test.example",
      name: "Nie Erreicht",
      role: "PARTNER",
    });
    smtp.control.refuse = true;
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverOutbox(smtpTransport(smtp.url), { now });
      row = (await outboxOf(regions.a.region.id)).find((m) => m.toAddress === "nie@test.example")!;
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverOutbox(smtpTransport(smtp.url), { now: new Date(now.getTime() + 86_400_000) })).toMatchObject({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    smtp.control.refuse = false;
  });

  it("waits grow and are capped", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });
});
