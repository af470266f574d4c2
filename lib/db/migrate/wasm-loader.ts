import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type * as EngineModule from "@prisma/schema-engine-wasm";

/**
 * @prisma/schema-engine-wasm is published in the bundler flavour (`import * as wasm from "./x.wasm"`), which Node
 * cannot import. We instantiate the .wasm ourselves and hand its exports to the JS glue, as a bundler would.
 */
let loaded: Promise<typeof EngineModule> | undefined;

export function loadSchemaEngine(): Promise<typeof EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue = (await import(path.join(dir, "schema_engine_bg.js"))) as typeof EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}
