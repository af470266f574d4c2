import Link from "@/components/ui/link";

/** The way from a shortened list to the whole one; not prefetched, since the full list is a heavy page few open. */
export function SeeAllLink({ href, total }: { href: string; total: number }) {
  return (
    <Link href={href} prefetch={false} className="font-medium text-indigo-700 underline underline-offset-2">
      See all {total}
    </Link>
  );
}
