import { Alert } from "./alert";

/** The form's message from the server (and any error not tied to one field). */
export function FormMessage({ message, errors }: { message: string | null; errors: Record<string, string[]> }) {
  if (!message) return null;
  const general = errors._form ?? [];
  return (
    <Alert>
      <p className="font-medium">{message}</p>
      {general.length > 0 && <p className="mt-1">{general.join(" ")}</p>}
    </Alert>
  );
}
