"use client";

import { useRouter } from "next/navigation";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { newPasswordProps, TextField } from "@/components/ui/field";
import { fieldsOf, FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePassword } from "@/lib/actions/sessions";

type Props = { agencySlug: string; email: string; passwordMinLength: number };

/** Current and new password; on success every session ends, and this browser signs in again with the new one. */
export function ChangePasswordForm({ agencySlug, email, passwordMinLength }: Props) {
  const router = useRouter();
  const form = useActionForm({ success: "Password changed. Your other sessions have ended.", refresh: false });
  const field = fieldsOf(form, "account");

  function onSubmit(values: { get(name: string): string }) {
    const input = { currentPassword: values.get("currentPassword"), newPassword: values.get("newPassword") };
    form.submit(
      () => changePassword(agencySlug, input),
      async () => {
        form.formRef.current?.reset();
        // The change ended this browser's session too: sign in again with the new password, or start over.
        const signedIn = await signInWithCredentials(email, input.newPassword, `/${agencySlug}/account`);
        if (signedIn.ok) router.refresh();
        else router.push("/sign-in");
      },
    );
  }

  return (
    <FormShell
      form={form}
      label="Change password"
      submitLabel="Change password"
      pendingLabel="Changing…"
      onSubmit={onSubmit}
    >
      <TextField
        {...field("currentPassword")}
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField {...field("newPassword")} {...newPasswordProps(passwordMinLength)} label="New password" />
    </FormShell>
  );
}
