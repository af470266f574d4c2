"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { homePathForMe } from "../actions";

type DemoLogin = { email: string; password: string; role: string; agencies: string[] };

const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";

export function SignInForm(props: { callbackUrl: string | null; rateLimitedMessage: string; demoLogins: DemoLogin[] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const first = props.demoLogins[0];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const outcome = await signInWithCredentials(
      String(form.get("email") ?? ""),
      String(form.get("password") ?? ""),
      props.callbackUrl ?? "/",
      props.rateLimitedMessage,
    );
    if (!outcome.ok) {
      setPending(false);
      setError(outcome.rateLimited ? props.rateLimitedMessage : GENERIC_SIGN_IN_ERROR);
      return;
    }
    router.replace(props.callbackUrl ?? (await homePathForMe()));
    router.refresh();
  }

  function fillDemo(login: DemoLogin) {
    const form = formRef.current;
    if (!form) return;
    (form.elements.namedItem("email") as HTMLInputElement).value = login.email;
    (form.elements.namedItem("password") as HTMLInputElement).value = login.password;
    (form.elements.namedItem("password") as HTMLInputElement).focus();
  }

  return (
    <>
      <form method="post" ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
        {error && <Alert>{error}</Alert>}
        <TextField name="email" label="Email" type="email" autoComplete="email" required idPrefix="sign-in" />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          idPrefix="sign-in"
        />
        <Button type="submit" pending={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {first && (
        <div className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
          <p>
            Exploring the demo? Sign in as{" "}
            <span className="font-medium whitespace-nowrap text-slate-900">{first.email}</span> with password{" "}
            <span className="font-medium whitespace-nowrap text-slate-900">{first.password}</span>.
          </p>
          <details className="mt-2">
            <summary className="cursor-pointer rounded font-medium text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
              More demo sign-ins
            </summary>
            <ul className="mt-2 space-y-1">
              {props.demoLogins.map((login) => (
                <li key={login.email} className="flex items-center justify-between gap-2">
                  <span className="min-w-0">
                    <span className="block font-mono text-xs break-all text-slate-800">{login.email}</span>
                    <span className="block text-xs text-slate-500">
                      {login.role} · {login.agencies.join(", ")}
                    </span>
                  </span>
                  <Button variant="ghost" size="xs" className="shrink-0" onClick={() => fillDemo(login)}>
                    Use<span className="sr-only"> {login.email}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </>
  );
}
