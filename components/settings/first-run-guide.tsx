import Link from "@/components/ui/link";
import type { FirstRunStep } from "@/lib/domain/agencies/first-run";
import { DismissGuideButton } from "./dismiss-guide-client";

/** The steps that make the product useful, each ticked from the agency's real data. */
type Props = { slug: string; steps: FirstRunStep[]; settingsVersion: number };

export function FirstRunGuide({ slug, steps, settingsVersion }: Props) {
  const done = steps.filter((step) => step.done).length;
  return (
    <section
      aria-labelledby="first-run-heading"
      className="mb-6 rounded-xl border border-indigo-200 bg-indigo-50/60 p-4 sm:p-6"
      data-testid="first-run-guide"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="first-run-heading" className="text-base font-semibold text-slate-900">
            Getting started
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {done} of {steps.length} done. Each step ticks itself once the data is there.
          </p>
        </div>
        <DismissGuideButton slug={slug} version={settingsVersion} />
      </div>
      <ol className="mt-4 space-y-3">
        {steps.map((step, index) => (
          <li
            key={step.key}
            data-step={step.key}
            data-done={step.done || undefined}
            className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3"
          >
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                step.done ? "bg-emerald-600 text-white" : "border border-slate-300 text-slate-600"
              }`}
            >
              {step.done ? "✓" : index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className={`text-sm font-medium ${step.done ? "text-slate-500 line-through" : "text-slate-900"}`}>
                {step.title}
                <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
              </p>
              <p className="text-xs text-slate-600">{step.detail}</p>
            </div>
            {!step.done && (
              <Link href={step.href} className="text-sm font-medium text-indigo-700 hover:underline">
                {step.action}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
