import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for a test file (smtp-server on a free port, no auth, no TLS): every accepted message is parsed
 * with mailparser. `refuseNext(n)` makes the next n messages fail with a 451 after DATA, as a flaky relay would.
 */
export type TestSmtp = {
  url: string;
  messages: ParsedMail[];
  refuseNext(count: number): void;
  to(address: string): ParsedMail[];
  close(): Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refusals > 0) {
            refusals--;
            const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
            callback(error);
            return;
          }
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext(count) {
      refusals = count;
    },
    to(address) {
      return messages.filter((m) => JSON.stringify(m.to ?? "").includes(address));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
