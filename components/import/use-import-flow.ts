"use client";

import { useState, type ChangeEvent } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { commitImport, previewImport } from "@/lib/actions/import";
import type { ColumnMapping, ImportField } from "@/lib/domain/import/columns";
import type { CommitResult, PreviewResult } from "@/lib/domain/import/mutations";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";

type Loaded = { name: string; text: string };
/** What the server is told besides the file: every change to one of them checks the file again. */
type Choices = { dateFormat: DateFormat; defaultStartDate: string; mapping: ColumnMapping | null };

/**
 * The import page's state: the file the browser read, the reader's choices, and the last preview or outcome. The
 * server parses and checks the file (the same code for the preview and the import), so what the preview shows is
 * what the import does.
 */
export function useImportFlow(slug: string, { onSettled }: { onSettled(): void }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<Choices>({ dateFormat: "ISO", defaultStartDate: "", mapping: null });
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [done, setDone] = useState<CommitResult | null>(null);
  const [stage, setStage] = useState<"checking" | "importing" | null>(null);
  // The page shows only what the actions return: nothing to refresh.
  const form = useActionForm({ refresh: false });

  const inputOf = (loaded: Loaded, c: Choices) => ({
    text: loaded.text,
    fileName: loaded.name,
    dateFormat: c.dateFormat,
    mapping: c.mapping,
    defaultStartDate: c.defaultStartDate || null,
  });

  /** Both steps end the same way: the stage clears and the page moves focus to the outcome, for screen readers. */
  function settle() {
    setStage(null);
    onSettled();
  }

  function check(loaded: Loaded, next: Choices) {
    setChoices(next);
    setStage("checking");
    setTooLarge(null);
    setDone(null);
    form.submit(
      () => previewImport(slug, inputOf(loaded, next)),
      (data) => (setPreview(data), settle()),
      () => (setPreview(null), settle()),
    );
  }

  /** A new file: its columns are matched by header name again. */
  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setTooLarge(`“${chosen.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`);
      return;
    }
    const loaded = { name: chosen.name, text: await chosen.text() };
    setFile(loaded);
    check(loaded, { ...choices, mapping: null });
  }

  /** A changed choice: kept, and the file (if any) checked again with the preview's current mapping. */
  function choose(change: Partial<Choices>) {
    const next = { ...choices, mapping: preview?.mapping ?? null, ...change };
    if (file) check(file, next);
    else setChoices(next);
  }

  function runImport() {
    if (!file || !preview) return;
    setStage("importing");
    setTooLarge(null);
    form.submit(
      () => commitImport(slug, inputOf(file, { ...choices, mapping: preview.mapping })),
      (data) => (setDone(data), setPreview(null), settle()),
      (failure) => {
        // A file that changed meaning since the preview comes back with the new preview.
        if (failure.current) setPreview(failure.current as PreviewResult);
        settle();
      },
    );
  }

  return {
    file,
    choices,
    preview,
    done,
    stage,
    busy: stage !== null,
    message: tooLarge ?? form.message,
    chooseFile,
    choose,
    remap: (field: ImportField, index: number | null) =>
      preview && choose({ mapping: { ...preview.mapping, [field]: index } }),
    runImport,
  };
}
