import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Sizes come from `Button`'s `size` and from `inputClass` / `compactInputClass`, never from padding or text-size classes
 * added beside them: two Tailwind utilities for one property are settled by their order in the stylesheet, not in the
 * class list, so an added `px-2` silently loses to the default `px-3` (every "compact" button rendered full size until
 * 3 Dec). This reads every component and page and fails on such an addition.
 */
const root = join(__dirname, "../../..");
const SIZE_CLASS =
  /(?:^|[\s`"])-?(?:p|px|py|pl|pr|pt|pb)-[\d.]+(?=$|[\s`"])|(?:^|[\s`"])text-(?:xs|sm|base|lg)(?=$|[\s`"])/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith(".tsx")) yield path;
  }
}

/** The opening tag from `start` (at "<Button") to its closing ">", skipping "=>" and ">" inside `{…}`. */
function openingTag(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === ">" && depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** Every size class added beside a default size in one file's text, with what it was added to. */
function sizeAdditions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<Button\b/g)) {
    const tag = openingTag(text, match.index);
    const className = /className=(?:"([^"]*)"|\{`([^`]*)`\})/.exec(tag);
    const classes = className?.[1] ?? className?.[2] ?? "";
    if (SIZE_CLASS.test(classes)) found.push(`<Button className="${classes}">`);
  }
  for (const match of text.matchAll(/buttonClass\([^,)]*,\s*"([^"]*)"/g)) {
    if (SIZE_CLASS.test(match[1]!)) found.push(`buttonClass(…, "${match[1]}")`);
  }
  for (const match of text.matchAll(/`\$\{(?:inputClass|compactInputClass)\}([^`]*)`/g)) {
    if (SIZE_CLASS.test(match[1]!)) found.push(`\`\${inputClass}${match[1]}\``);
  }
  return found;
}

describe("sizes are chosen, not added beside a default", () => {
  it("finds an addition, and passes layout classes", () => {
    expect(sizeAdditions(`<Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => go()}>`)).toHaveLength(
      1,
    );
    expect(sizeAdditions(`<Button\n  onClick={() => a > b}\n  className="shrink-0 px-2"\n>`)).toHaveLength(1);
    expect(sizeAdditions('buttonClass("secondary", "px-2.5 py-1.5")')).toHaveLength(1);
    expect(sizeAdditions("className={`${inputClass} mt-2 px-2 py-1 text-xs`}")).toHaveLength(1);
    expect(sizeAdditions(`<Button size="xs" className="-mt-1 -mr-2 shrink-0 mb-3">`)).toEqual([]);
    expect(sizeAdditions("className={`${inputClass} mt-1 font-mono`}")).toEqual([]);
  });

  it("no component or page adds padding or a text size beside Button's or a field's", () => {
    const found: string[] = [];
    for (const dir of ["app", "components"]) {
      for (const path of sources(join(root, dir))) {
        const file = relative(root, path);
        found.push(...sizeAdditions(readFileSync(path, "utf8")).map((addition) => `${file}: ${addition}`));
      }
    }
    expect(found).toEqual([]);
  });
});
