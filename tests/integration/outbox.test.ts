import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/db/client.ts";
import { deliverOutbox, MAX_ATTEMPTS, retryDelayMs, smtpTransport } from "../../lib/mail/deliver-outbox.ts";
import { inviteUser } from "../../lib/users/invite-user.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

// A real SMTP server on loopback; it refuses recipients while `refuse` is set.
const received: ParsedMail[] = [];
let refuse = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onRcptTo(address, _session, callback) {
    callback(refuse ? Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }) : undefined);
  },
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      received.push(mail);
      callback();
    }, callback);
  },
});
let url = "";
let regions: Awaited<ReturnType<typeof twoRegions>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address() as { port: number };
  url = `smtp://127.0.0.1:${address.port}`;
  regions = await twoRegions();
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const outboxOf = (regionId: string) => withRegion(regionId, (tx) => tx.outboxEmail.findMany({ where: { regionId } }));

describe("outbox delivery by SMTP", () => {
  it("delivers an invitation from every region, with subject, text and link intact, exactly once", async () => {
    const a = await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), { email: "juergen.koehler@test.example", name: "Jürgen Köhler", role: "STEERING_MEMBER" });
    await inviteUser(await actorFor(regions.b.region.id, regions.b.user.id), { email: "b@test.example", name: "Bea Bärwald", role: "PARTNER" });

    const [first, second] = await Promise.all([deliverOutbox(smtpTransport(url)), deliverOutbox(smtpTransport(url))]);
    expect(first.sent + second.sent).toBe(2);
    expect((await deliverOutbox(smtpTransport(url))).sent).toBe(0);

    expect(received).toHaveLength(2);
    const mail = received.find((m) => m.subject?.startsWith(`Einladung in das Bildungsnetz ${regions.a.region.name}`))!;
    expect(mail.to).toMatchObject({ text: "juergen.koehler@test.example" });
    expect(mail.text).toContain("Guten Tag Jürgen Köhler");
    expect(mail.text).toContain(a.link!);
    expect(mail.messageId).toMatch(/^<outbox-[0-9a-f-]+@bildungsnetz>$/);
    const [row] = await outboxOf(regions.a.region.id);
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(row!.sentAt).not.toBeNull();
  });

  it("retries a refused mail later with growing waits, and gives up after a bounded number of attempts", async () => {
    received.length = 0;
    await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), { email: "spaeter@test.example", name: "Spät", role: "PARTNER" });
    refuse = true;
    const t0 = new Date();
    expect(await deliverOutbox(smtpTransport(url), { now: t0 })).toMatchObject({ sent: 0, retried: 1 });
    let row = (await outboxOf(regions.a.region.id)).find((m) => m.toAddress === "spaeter@test.example")!;
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("451 Mailbox temporarily unavailable");
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not yet due: nothing happens.
    expect(await deliverOutbox(smtpTransport(url), { now: new Date(t0.getTime() + 1000) })).toMatchObject({ sent: 0, retried: 0 });
    refuse = false;
    expect(await deliverOutbox(smtpTransport(url), { now: new Date(row.nextAttemptAt.getTime() + 1) })).toMatchObject({ sent: 1 });
    expect(received.map((m) => m.to && "text" in m.to ? m.to.text : "")).toEqual(["spaeter@test.example"]);

    await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), { email: "nie@test.example", name: "Nie Erreicht", role: "PARTNER" });
    refuse = true;
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverOutbox(smtpTransport(url), { now });
      row = (await outboxOf(regions.a.region.id)).find((m) => m.toAddress === "nie@test.example")!;
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverOutbox(smtpTransport(url), { now: new Date(now.getTime() + 86_400_000) })).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    refuse = false;
  });

  it("waits grow and are capped", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });
});
