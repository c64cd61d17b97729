// A real SMTP server on loopback for the browser tests. Every mail that arrives is written
// as JSON into MAIL_DIR, where the tests (in other processes) read it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const MAIL_DIR = path.resolve(".data/e2e-mail");
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

export default async function globalSetup() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const to = mail.to && !Array.isArray(mail.to) ? mail.to.text : "";
        const attachments = mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content.toString("utf8"),
        }));
        writeFileSync(
          path.join(MAIL_DIR, `${String(++count).padStart(5, "0")}.json`),
          JSON.stringify({ to, subject: mail.subject, text: mail.text, attachments }),
        );
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, "127.0.0.1", resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
