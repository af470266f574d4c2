import Link from "@/components/ui/link";
import { AgencyDirectoryCard } from "@/components/home/agency-directory-card";
import { buttonClass } from "@/components/ui/button-class";
import { listDemoDirectory } from "@/lib/domain/agencies/demo-directory";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const agencies = await listDemoDirectory();
  return (
    <main className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <header className="mb-8">
        <div className="mb-6 flex items-center justify-between gap-4">
          <p className="text-sm font-semibold tracking-wide text-indigo-600 uppercase">Accountable</p>
          <nav aria-label="Account" className="flex items-center gap-2">
            <Link href="/sign-in" className={buttonClass("ghost")}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonClass("primary")}>
              Create an agency
            </Link>
          </nav>
        </div>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">Account-management health for agencies</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          See which account managers are stretched too thin against the guideline for your agency&apos;s size, which
          clients are at risk, and what to do about it.
        </p>
      </header>
      <section aria-labelledby="demo-heading">
        <h2 id="demo-heading" className="mb-4 text-lg font-semibold">
          Demo agencies
        </h2>
        {agencies.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            No demo data yet. Run <code className="font-mono">npm run db:seed</code> to load the three demo agencies.
          </p>
        ) : (
          <div className="grid gap-6 lg:grid-cols-3">
            {agencies.map((agency) => (
              <AgencyDirectoryCard key={agency.slug} agency={agency} />
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
