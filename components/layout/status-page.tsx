import type { ReactNode } from "react";

/** The calm full-page message used by the 403 and 404 pages. */
export function StatusPage({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-16">
      <div className="w-full max-w-md text-center">
        <p className="font-mono text-sm font-semibold text-indigo-600">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <div className="mt-4 space-y-6 text-sm text-slate-600">{children}</div>
      </div>
    </main>
  );
}
