"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { reassignAccount } from "@/lib/actions/accounts";
import type { FieldErrors } from "@/lib/actions/result";
import type { Option } from "@/lib/domain/accounts/queries";

/** Leaders hand an account to another AM; the move is audited with the AM before and after. */
export function ReassignForm({
  slug,
  account,
  ams,
}: {
  slug: string;
  account: { id: string; version: number; am: Option };
  ams: Option[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const others = ams.filter((m) => m.id !== account.am.id);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amId = String(new FormData(event.currentTarget).get("amId") ?? "");
    startTransition(async () => {
      const result = await reassignAccount(slug, { accountId: account.id, expectedVersion: account.version, amId });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.message });
        return;
      }
      setErrors({});
      const to = ams.find((m) => m.id === amId)?.name ?? "the new AM";
      setMessage({ tone: "success", text: `Reassigned to ${to}.` });
      router.refresh();
    });
  }

  if (others.length === 0) return <p className="text-sm text-slate-600">There is no other active AM to hand it to.</p>;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Reassign account">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p className="text-sm text-slate-700">Currently managed by {account.am.name}.</p>
      <SelectField
        idPrefix="reassign"
        name="amId"
        label="New account manager"
        placeholder="Choose an AM…"
        options={others.map((m) => ({ value: m.id, label: m.name }))}
        defaultValue=""
        errors={errors.amId}
      />
      <Button type="submit" pending={pending}>
        {pending ? "Reassigning…" : "Reassign"}
      </Button>
    </form>
  );
}
