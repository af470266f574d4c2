import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Every server action in the app, found on disk: each export of a file that starts with "use server" in lib/actions/
 * or anywhere under app/. Nothing is listed by hand, so an action added on any branch shows up here (and in every test
 * that walks this catalog) without anyone remembering to register it.
 */
export type CatalogAction = {
  /** "<file without extension>#<export>", e.g. "lib/actions/projects#updateStatus": the registry key. */
  key: string;
  file: string;
  exportName: string;
  fn: (...args: unknown[]) => Promise<unknown>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
}

function isServerActionFile(file: string): boolean {
  const source = readFileSync(file, "utf8")
    .replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/g, "")
    .trimStart();
  return /^["']use server["']/.test(source);
}

export function serverActionFiles(): string[] {
  const files = [...filesUnder(path.join(ROOT, "lib/actions")), ...filesUnder(path.join(ROOT, "app"))];
  return files
    .filter(isServerActionFile)
    .map((file) => path.relative(ROOT, file))
    .sort();
}

/** Imports every server action file (inside vitest, so vi.mock of the session applies to them). */
export async function loadActionCatalog(): Promise<CatalogAction[]> {
  const actions: CatalogAction[] = [];
  for (const file of serverActionFiles()) {
    const mod = (await import(pathToFileURL(path.join(ROOT, file)).href)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const key = `${file.replace(/\.tsx?$/, "")}#${exportName}`;
      actions.push({ key, file, exportName, fn: value as CatalogAction["fn"] });
    }
  }
  return actions.sort((x, y) => x.key.localeCompare(y.key));
}
