import Link from "@/components/ui/link";
import type { ReactNode } from "react";

/** The centred card used by sign-in, sign-up and invitation pages. */
export function AuthShell({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center px-4 py-10 sm:py-16">
      <Link
        href="/"
        className="rounded text-sm font-semibold tracking-wide text-indigo-600 uppercase focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600"
      >
        Accountable
      </Link>
      <div className="mt-6 w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {subtitle && <p className="mt-1 text-sm text-slate-600">{subtitle}</p>}
        <div className="mt-6">{children}</div>
      </div>
      {footer && <div className="mt-6 w-full max-w-md text-center text-sm text-slate-600">{footer}</div>}
    </main>
  );
}

export const linkClass =
  "font-medium text-indigo-700 underline-offset-2 hover:underline rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
