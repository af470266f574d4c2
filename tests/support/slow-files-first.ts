import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest files on this 2-core machine, longest first (the fuzz file about 2.5 minutes, the others about 35 s).
 * Vitest orders a run without its cache (every clean clone, so every CI run) by file size, which put the fuzz run, a
 * small file that calls every server action hundreds of times, in the middle of the queue: the other worker finished
 * its share and waited 2–3 minutes for it.
 * Started first, it runs beside everything else. A file missing from this list only loses its head start.
 */
const SLOW_FIRST = [
  "tests/fuzz/actions.test.ts",
  "tests/integration/seed.test.ts",
  "tests/integration/migrations-create.test.ts",
  "tests/integration/sign-in.test.ts",
  "tests/integration/demo-first-start.test.ts",
  "tests/integration/migrations-drift-cli.test.ts",
];

export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((path) => file.moduleId.endsWith(path));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // Stable: the rest keep vitest's order (projects in turn, failed and longer files first once cached).
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}
