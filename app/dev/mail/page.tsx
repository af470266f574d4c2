import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { caughtMailPageEnabled, listCaughtMail, readCaughtMail } from "@/lib/mail/caught";

export const metadata: Metadata = { title: "Caught mail (development)" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Development only (404 in production, except `npm run demo` on the embedded database): the messages the mail transport caught as .eml files because SMTP_URL is
 * not set (lib/mail/transport.ts). Shows the raw message; open the .eml in a mail client for the rendered HTML.
 */
export default async function CaughtMailPage({ searchParams }: Props) {
  if (!caughtMailPageEnabled()) notFound();
  const open = (await searchParams).open;
  const files = await listCaughtMail();
  const raw = typeof open === "string" ? await readCaughtMail(open) : null;
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-semibold text-slate-900">Caught mail</h1>
      <p className="mt-1 text-sm text-slate-600">
        Newest first, from {env.MAIL_CATCH_DIR}. Set SMTP_URL to send real mail instead.
      </p>
      {files.length === 0 ? (
        <p className="mt-6 text-sm text-slate-700">No mail caught yet.</p>
      ) : (
        <ul className="mt-6 space-y-1 text-sm" data-testid="caught-mail">
          {files.map((file) => (
            <li key={file}>
              <a className="text-indigo-700 underline" href={`/dev/mail?open=${encodeURIComponent(file)}`}>
                {file}
              </a>
            </li>
          ))}
        </ul>
      )}
      {raw && (
        <pre className="mt-6 overflow-x-auto rounded border border-slate-200 bg-slate-50 p-4 text-xs whitespace-pre-wrap text-slate-800">
          {raw}
        </pre>
      )}
    </main>
  );
}
