import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A tenant transaction is one connection: queries given to Promise.all on it only queue (the pg driver warns that
    // this will stop working in pg 9). Reads in lib/domain and lib/auth take a transaction, so they await in turn.
    files: ["lib/domain/**/*.ts", "lib/auth/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Promise'][callee.property.name='all']",
          message: "One transaction is one connection: await its queries in turn (see eslint.config.mjs).",
        },
      ],
    },
  },
  {
    // Links prefetch on intent, not on sight (components/ui/link.tsx says why): every link goes through that one.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: 'Import Link from "@/components/ui/link" (prefetch on intent).' }] },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "lib/db/generated/**", "test-results/**", "next-env.d.ts"]),
]);
