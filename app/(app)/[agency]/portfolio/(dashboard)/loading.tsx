import { DashboardSkeleton } from "@/components/portfolio/dashboard-skeleton";

export default function PortfolioLoading() {
  return (
    <>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Portfolio</h1>
        <p className="mt-1 text-sm text-slate-600">Loading the figures…</p>
      </div>
      <DashboardSkeleton />
    </>
  );
}
