// A real SMTP server on loopback for tests: it stores what arrives, parsed, and refuses
// recipients while `refuse` is set; `delayMs` holds each message that long before accepting it
// (so that concurrent senders overlap).
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startSmtpServer(options: { delayMs?: number } = {}) {
  const received: ParsedMail[] = [];
  const control = { refuse: false, delayMs: options.delayMs ?? 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(_address, _session, callback) {
      callback(
        control.refuse ? Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }) : undefined,
      );
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        setTimeout(() => callback(), control.delayMs);
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    control,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
