/**
 * Mail bodies: plain HTML with inline styles and no tables (phones), always with a plain-text part. Pure.
 */
export type MailSection = { heading: string; lines: { text: string; href?: string }[] };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderMail(input: {
  title: string;
  intro: string;
  sections: MailSection[];
  action?: { label: string; href: string };
  unsubscribeUrl?: string | null;
}): { text: string; html: string } {
  const text = [
    input.title,
    "",
    input.intro,
    ...input.sections.flatMap((s) => [
      "",
      s.heading,
      ...s.lines.map((l) => `- ${l.text}${l.href ? ` (${l.href})` : ""}`),
    ]),
    ...(input.action ? ["", `${input.action.label}: ${input.action.href}`] : []),
    ...(input.unsubscribeUrl ? ["", `Stop these e-mails: ${input.unsubscribeUrl}`] : []),
  ].join("\n");
  const p = 'style="margin:0 0 12px;font-size:16px;line-height:1.5;color:#1f2937"';
  const link = 'style="color:#1d4ed8"';
  const sections = input.sections
    .map(
      (s) =>
        `<h2 style="margin:20px 0 8px;font-size:17px;color:#111827">${escape(s.heading)}</h2>` +
        s.lines
          .map(
            (l) =>
              `<p ${p}>${l.href ? `<a ${link} href="${escape(l.href)}">${escape(l.text)}</a>` : escape(l.text)}</p>`,
          )
          .join(""),
    )
    .join("");
  const action = input.action
    ? `<p style="margin:24px 0"><a href="${escape(input.action.href)}" style="display:inline-block;padding:12px 18px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none;font-size:16px">${escape(input.action.label)}</a></p>`
    : "";
  const footer = input.unsubscribeUrl
    ? `<p style="margin:24px 0 0;font-size:13px;color:#6b7280"><a ${link} href="${escape(input.unsubscribeUrl)}">Stop these e-mails</a></p>`
    : "";
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escape(input.title)}</title></head><body style="margin:0;padding:16px;background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">` +
    `<div style="max-width:600px;margin:0 auto"><h1 style="margin:0 0 12px;font-size:20px;color:#111827">${escape(input.title)}</h1>` +
    `<p ${p}>${escape(input.intro)}</p>${sections}${action}${footer}</div></body></html>`;
  return { text, html };
}
