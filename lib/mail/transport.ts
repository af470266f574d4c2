import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** One message as the outbox hands it to the transport. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Stable Message-ID (from the outbox row), so a receiving system can drop a duplicate of a crashed send. */
  messageId?: string;
  /** One-click unsubscribe (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post headers. */
  unsubscribeUrl?: string | null;
};

export type MailTransportOptions = { smtpUrl?: string; catchDir?: string; from?: string };

function headersOf(message: MailMessage): Record<string, string> {
  if (!message.unsubscribeUrl) return {};
  return {
    "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * Sends over SMTP when SMTP_URL is set; otherwise catches the message as an .eml file under MAIL_CATCH_DIR (the
 * development inbox, /dev/mail). Options override the environment (tests start their own SMTP server).
 */
export async function sendMail(message: MailMessage, options: MailTransportOptions = {}): Promise<{ id: string }> {
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL;
  const mail = {
    from: options.from ?? env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? undefined,
    messageId: message.messageId,
    headers: headersOf(message),
  };
  if (smtpUrl) {
    // A fresh connection per message: the outbox sends a few at a time, and nothing is kept open between runs.
    const transport = nodemailer.createTransport(smtpUrl);
    try {
      const info = await transport.sendMail(mail);
      return { id: info.messageId };
    } finally {
      transport.close();
    }
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail(mail);
  const dir = options.catchDir ?? env.MAIL_CATCH_DIR;
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = `${stamp}-${safeName(message.to)}.eml`;
  await writeFile(path.join(dir, file), info.message as Buffer);
  return { id: info.messageId };
}

function safeName(text: string) {
  return text.replace(/[^a-z0-9@.-]/gi, "_").slice(0, 80);
}
