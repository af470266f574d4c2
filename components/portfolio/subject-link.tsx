import Link from "@/components/ui/link";
import type { SignalSubject } from "@/lib/domain/portfolio/signal-types";

export const SUBJECT_KIND_LABEL: Record<SignalSubject["kind"], string> = {
  am: "Account manager",
  account: "Account",
  client: "Client",
  project: "Project",
};

const linkClass =
  "font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 " +
  "focus-visible:rounded focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** Where a subject's drill-down lives; clients and projects have no page of their own (yet). */
export function subjectHref(slug: string, subject: Pick<SignalSubject, "kind" | "id">): string | null {
  if (subject.kind === "am") return `/${slug}/portfolio/ams/${subject.id}`;
  if (subject.kind === "account") return `/${slug}/accounts/${subject.id}`;
  return null;
}

export function SubjectLink({ slug, subject }: { slug: string; subject: SignalSubject }) {
  const href = subjectHref(slug, subject);
  if (!href) return <span className="font-medium text-slate-900">{subject.name}</span>;
  return (
    <Link href={href} prefetch={false} className={linkClass}>
      {subject.name}
    </Link>
  );
}

export function AmLink({ slug, id, name }: { slug: string; id: string; name: string }) {
  return <SubjectLink slug={slug} subject={{ kind: "am", id, name }} />;
}
