/** What a task handler gets besides its payload; the same whether graphile-worker or the in-process runner runs it. */
export type JobContext = {
  /** Enqueue another job (deduplicated by `jobKey`: a pending job with the same key is replaced, not doubled). */
  addJob(task: string, payload: Record<string, unknown>, options?: { jobKey?: string }): Promise<void>;
  /** 1 on the first try; graphile-worker retries with exponential backoff up to `maxAttempts`. */
  attempt: number;
  maxAttempts: number;
};

export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/** Tasks that run once per agency carry only the agency id. */
export function agencyIdOf(payload: unknown): string {
  const id = (payload as { agencyId?: unknown } | null)?.agencyId;
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error("payload.agencyId must be a UUID");
  return id;
}
