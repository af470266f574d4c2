import Link from "@/components/ui/link";

/** The way from a shortened list to the whole, paged one; not prefetched, since few open it. */
export function SeeAllLink({ href, total }: { href: string; total: number }) {
  return (
    <Link href={href} prefetch={false} className="font-medium text-indigo-700 underline underline-offset-2">
      See all {total}
    </Link>
  );
}
