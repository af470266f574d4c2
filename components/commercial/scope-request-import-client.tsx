"use client";

import { ColumnImport } from "@/components/import/column-import-client";
import { commitScopeRequests, previewScopeRequests } from "@/lib/actions/commercial";
import { SCOPE_IMPORT_FIELDS, SCOPE_IMPORT_LABEL } from "@/lib/domain/commercial/scope-import-check";

/** Scope requests: one row per request; a request already logged (same account, day and request) is updated. */
export function ScopeRequestImport({ slug }: { slug: string }) {
  return (
    <ColumnImport
      id="scope-import"
      fileLabel="Scope requests CSV"
      fields={SCOPE_IMPORT_FIELDS}
      labels={SCOPE_IMPORT_LABEL}
      preview={(input) => previewScopeRequests(slug, input)}
      commit={(input) => commitScopeRequests(slug, input)}
      importLabel="Import scope requests"
      summary={(p) =>
        `${p.rowCount} rows — ${p.counts.created} new requests, ${p.counts.updated} to change, ${p.counts.unchanged} already logged.`
      }
      outcome={(d) =>
        `Imported ${d.rowCount} rows: ${d.counts.created} new requests, ${d.counts.updated} changed, ${d.counts.unchanged} already logged.`
      }
    />
  );
}
