/**
 * The arguments `npm run dev` / `npm run demo` pass to `next dev` / `next start`. They listen on this machine only
 * (127.0.0.1) unless told otherwise (`HOST=0.0.0.0`, or `-H`/`--hostname` after `--`): the embedded database and the
 * caught-mail page (/dev/mail, where every password-reset link lands) are a newcomer's own, and Next alone would
 * listen on every interface, so anyone on the same network could ask for a reset and read the link.
 */
export function nextArgs(mode: "dev" | "start", extra: string[], host = process.env.HOST): string[] {
  const named = extra.some((arg) => arg === "-H" || arg === "--hostname" || arg.startsWith("--hostname="));
  return ["next", mode, ...extra, ...(named ? [] : ["--hostname", host || "127.0.0.1"])];
}
