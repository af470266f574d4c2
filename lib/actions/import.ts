"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { checkImportFile, commitImport as commit, previewImport as preview } from "@/lib/domain/import/mutations";
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
  prepare: checkImportFile,
  run: preview,
});

export const commitImport = defineAction({
  name: "import.commit",
  schema: importInputSchema,
  permission: "import:run",
  timeoutMs: 120_000,
  prepare: checkImportFile,
  run: commit,
  revalidate: [...PORTFOLIO_PAGES, "/clients", "/clients/[clientId]", "/accounts", "/accounts/[accountId]"],
});
