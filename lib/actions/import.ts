"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateAgency } from "@/lib/actions/revalidate";
import { commitImport as commit, previewImport as preview } from "@/lib/domain/import/mutations";
import { importInputSchema } from "@/lib/domain/import/schemas";

/**
 * CSV import, for leaders ("import:run"). The preview only reads; the commit re-checks the whole file inside the
 * transaction that writes it. A 10,000-row file is a few dozen statements (see lib/domain/import/writer.ts), well
 * inside the two-minute timeout given here; docs/adr/0004-csv-import.md explains the one-transaction design.
 */
export const previewImport = defineAction({
  name: "import.preview",
  schema: importInputSchema,
  permission: "import:run",
  timeoutMs: 60_000,
  run: preview,
});

export const commitImport = defineAction({
  name: "import.commit",
  schema: importInputSchema,
  permission: "import:run",
  timeoutMs: 120_000,
  run: commit,
  revalidate: revalidateAgency,
});
