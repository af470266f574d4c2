import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * One client layer for actions: a component that calls a server action keeps its pending, errors and message in
 * components/ui (useActionForm, FormShell, ConfirmButton), not in hand-written state. This reads every component
 * outside components/ui that imports an action and fails on the hand-rolled patterns.
 */
const root = join(__dirname, "../../..");
const HAND_ROLLED = [
  /\buseTransition\b/,
  /\bsetPending\(/,
  /\bsetErrors?\(/,
  /\bsetMessage\(/,
  /useState<FieldErrors>/,
];

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

function offenders(dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const path of sources(join(root, dir))) {
      const file = relative(root, path);
      if (file.startsWith("components/ui/")) continue;
      const text = readFileSync(path, "utf8");
      // A value import of a server action (type-only imports of results are fine).
      if (!/^import \{[^}]*\} from "@\/lib\/actions\/(?!result")/m.test(text)) continue;
      if (HAND_ROLLED.some((pattern) => pattern.test(text))) found.push(file);
    }
  }
  return found.sort();
}

describe("components call actions through components/ui", () => {
  it("no component outside components/ui manages an action's pending, errors or message by hand", () => {
    expect(offenders(["app", "components"])).toEqual([]);
  });

  it("the check itself sees a hand-rolled form (so it cannot pass by reading nothing)", () => {
    const sample =
      'import { signUp } from "@/lib/actions/onboarding";\nconst [pending, startTransition] = useTransition();';
    expect(/^import \{[^}]*\} from "@\/lib\/actions\/(?!result")/m.test(sample)).toBe(true);
    expect(HAND_ROLLED.some((pattern) => pattern.test(sample))).toBe(true);
  });
});
