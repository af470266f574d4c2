/**
 * In-process bounds on expensive work (password hashing, CSV parsing). They protect one app instance's CPU, memory
 * and libuv thread pool; limits that must hold across instances live in PostgreSQL instead (sign-in attempts).
 */

/** At most `max` tasks at once; the rest wait in arrival order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** At most `max` holders per key, refusing (not queueing) the next one: the caller tells the user to retry. */
export class KeyedSlots {
  private readonly held = new Map<string, number>();

  constructor(readonly max: number) {}

  /** A release function, or null when `key` already has `max` holders. Release exactly once. */
  tryAcquire(key: string): (() => void) | null {
    const count = this.held.get(key) ?? 0;
    if (count >= this.max) return null;
    this.held.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(key) ?? 1) - 1;
      if (left <= 0) this.held.delete(key);
      else this.held.set(key, left);
    };
  }
}
