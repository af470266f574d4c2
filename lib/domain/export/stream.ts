import { randomUUID } from "node:crypto";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { BOM, csvLine, type Cell } from "./csv";

/** Rows per read: each batch is its own short tenant transaction, so an export never holds a connection for long. */
export const EXPORT_BATCH = 1000;

export type BatchReader = (
  tx: TenantTx,
  after: string | null,
  take: number,
) => Promise<{ id: string; cells: Cell[] }[]>;

export type ExportSource = { header: readonly string[]; read: BatchReader };

/**
 * A CSV as a byte stream, pulled batch by batch with keyset pagination (`id > last id`, ordered by id): memory stays
 * at one batch however long the export, and a slow client slows the reads down instead of piling rows up (the
 * stream asks for the next batch only when the previous one was consumed). Row-level security applies to every batch.
 */
export function csvStream(
  scope: { agencyId: string; userId: string },
  source: ExportSource,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvLine(source.header)));
          return;
        }
        try {
          const rows = await withTenant(scope.agencyId, scope.userId, (tx) => source.read(tx, after, EXPORT_BATCH));
          if (rows.length > 0) {
            controller.enqueue(encoder.encode(rows.map((r) => csvLine(r.cells)).join("")));
            after = rows[rows.length - 1]!.id;
          }
          if (rows.length < EXPORT_BATCH) controller.close();
        } catch (error) {
          const errorId = randomUUID();
          console.error(`[export] unexpected error ${errorId}`, error);
          controller.error(new Error(`export failed (reference ${errorId.slice(0, 8)})`));
        }
      },
    },
    { highWaterMark: 1 },
  );
}

/** Reads a whole stream into a string (tests and the benchmark; never in a request). */
export async function streamToText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
