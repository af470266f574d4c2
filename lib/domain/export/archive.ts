import { randomUUID } from "node:crypto";
import { Zip, ZipDeflate } from "fflate";
import { withTenant } from "@/lib/db/tenant";
import {
  ARCHIVE_TABLES,
  DERIVED_TABLES,
  headerOf,
  readableColumns,
  readTableBatch,
  type TableBatch,
} from "./archive-tables";
import { BOM, csvLine } from "./csv";
import { importReadySources } from "./import-ready";
import { EXPORT_BATCH, type BatchReader } from "./stream";

type ExportRow = Awaited<ReturnType<BatchReader>>[number];

/**
 * The agency's whole archive as one streamed ZIP (fflate, deflated entries written with data descriptors, so no
 * entry's size must be known up front): tables/<Table>.csv for every table the agency owns (audit log included),
 * import/accounts.csv in the CSV import's columns (the round trip), and manifest.json last, with the row counts.
 * Each batch is its own short tenant transaction, as in csvStream; the archive is pulled batch by batch, so memory
 * stays at one batch and a slow client slows the reads down. Not one consistent snapshot: rows written while a large
 * archive streams may or may not be in it (the manifest says when the export started).
 */
export const ARCHIVE_FORMAT = "accountable-agency-archive";
export const ARCHIVE_VERSION = 1;

export type ArchiveScope = { agencyId: string; userId: string; agencySlug: string; agencyName: string; by: string };
type FileCount = { name: string; rows: number; columns: string[] };

const encoder = new TextEncoder();

async function* tableFiles(scope: ArchiveScope, zip: Zip, files: FileCount[]): AsyncGenerator<void> {
  const tenant = <T>(work: Parameters<typeof withTenant<T>>[2]) => withTenant(scope.agencyId, scope.userId, work);
  for (const spec of ARCHIVE_TABLES) {
    const columns = await tenant((tx) => readableColumns(tx, spec.table));
    const file: FileCount = { name: `tables/${spec.table}.csv`, rows: 0, columns: headerOf(spec, columns) };
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    entry.push(encoder.encode(BOM + csvLine(file.columns)));
    let after: string[] | null = null;
    for (;;) {
      const cursor: string[] | null = after;
      const batch: TableBatch = await tenant((tx) =>
        readTableBatch(tx, scope.agencyId, spec, columns, cursor, EXPORT_BATCH),
      );
      if (batch.rows.length > 0) entry.push(encoder.encode(batch.rows.map((r) => csvLine(r)).join("")));
      file.rows += batch.rows.length;
      yield;
      if (batch.rows.length < EXPORT_BATCH || !batch.last) break;
      after = batch.last;
    }
    entry.push(new Uint8Array(0), true);
    files.push(file);
  }
}

async function* importFile(scope: ArchiveScope, zip: Zip, files: FileCount[]): AsyncGenerator<void> {
  const sources = importReadySources(scope.agencyId);
  const file: FileCount = { name: "import/accounts.csv", rows: 0, columns: [...sources[0]!.header] };
  const entry = new ZipDeflate(file.name, { level: 6 });
  zip.add(entry);
  entry.push(encoder.encode(BOM + csvLine(file.columns)));
  for (const source of sources) {
    let after: string | null = null;
    for (;;) {
      const cursor: string | null = after;
      const rows: ExportRow[] = await withTenant(scope.agencyId, scope.userId, (tx) =>
        source.read(tx, cursor, EXPORT_BATCH),
      );
      if (rows.length > 0) entry.push(encoder.encode(rows.map((r) => csvLine(r.cells)).join("")));
      file.rows += rows.length;
      yield;
      if (rows.length < EXPORT_BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  entry.push(new Uint8Array(0), true);
  files.push(file);
}

function manifest(scope: ArchiveScope, startedAt: Date, files: FileCount[]) {
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    agency: { id: scope.agencyId, name: scope.agencyName, slug: scope.agencySlug },
    exportedAt: startedAt.toISOString(),
    exportedBy: scope.by,
    files,
    leftOut: {
      derivedTables: DERIVED_TABLES,
      secrets: ["Invitation.tokenHash", "User.passwordHash"],
    },
    notes: [
      "CSV: UTF-8 with a byte-order mark, RFC 4180; text starting with = + - @ carries a leading apostrophe.",
      "Timestamps are ISO 8601 UTC; dates YYYY-MM-DD; arrays and JSON as PostgreSQL writes them.",
      "import/accounts.csv is in the CSV import's columns: import it into another agency to recreate clients, accounts and contacts.",
    ],
  };
}

async function* archiveParts(scope: ArchiveScope, zip: Zip): AsyncGenerator<void> {
  const startedAt = new Date();
  const files: FileCount[] = [];
  yield* tableFiles(scope, zip, files);
  yield* importFile(scope, zip, files);
  const entry = new ZipDeflate("manifest.json", { level: 6 });
  zip.add(entry);
  entry.push(encoder.encode(JSON.stringify(manifest(scope, startedAt, files), null, 2)), true);
  zip.end();
}

export function agencyArchiveStream(scope: ArchiveScope): ReadableStream<Uint8Array> {
  const out: Uint8Array[] = [];
  let ended = false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else out.push(chunk);
    if (final) ended = true;
  });
  const parts = archiveParts(scope, zip);
  return new ReadableStream<Uint8Array>(
    {
      // A pull must hand out something (or end): a pull that enqueues nothing is not called again.
      async pull(controller) {
        try {
          while (out.length === 0 && !ended && !failure) {
            if ((await parts.next()).done) break;
          }
          if (failure) throw failure;
          for (const chunk of out.splice(0)) controller.enqueue(chunk);
          if (ended) controller.close();
        } catch (error) {
          const errorId = randomUUID();
          console.error(`[archive] unexpected error ${errorId}`, error);
          controller.error(new Error(`archive failed (reference ${errorId.slice(0, 8)})`));
        }
      },
      async cancel() {
        await parts.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
