/**
 * The CSV import's worst cheap input: a header and then 5 MB of line breaks (5 million blank rows). Parsing it in
 * full cost hundreds of MB of heap; now the line count is checked first. Prints the heap figures, exits non-zero if
 * the file was accepted. Run it with a small heap to prove the bound:
 *   node --max-old-space-size=64 --import tsx scripts/bench/csv-empty-lines.ts
 */
import { getHeapStatistics } from "node:v8";
import { MAX_FILE_BYTES, parseCsv } from "../../lib/domain/import/parse";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const header = "client_name,account_name\n"; // a header, then blank rows: not "empty", so it used to be parsed
const text = header + "\n".repeat(MAX_FILE_BYTES - header.length);
const before = process.memoryUsage().heapUsed;
const started = performance.now();
const result = parseCsv(text);
const ms = performance.now() - started;
const heap = getHeapStatistics();
console.log(
  `[csv empty lines] ${mb(text.length)} of line breaks → ${result.ok ? "ACCEPTED" : `refused ("${result.message}")`} ` +
    `in ${ms.toFixed(0)} ms; heap used ${mb(before)} → ${mb(process.memoryUsage().heapUsed)}, ` +
    `peak heap size ${mb(heap.total_heap_size)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);
process.exit(result.ok ? 1 : 0);
