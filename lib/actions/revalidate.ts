import { revalidatePath } from "next/cache";

/** Revalidates everything under the agency (its layout), as lib/actions/projects.ts does. */
export function revalidateAgency(slug: string) {
  try {
    revalidatePath(`/${slug}`, "layout");
  } catch {
    // Outside a Next request (scripts, tests) there is no cache to revalidate.
  }
}
