/**
 * Runs `fn` once to warm up (plans and caches, as on a live server), then `runs` times, and gives the median and the
 * minimum in milliseconds with the last result (for a check that the figures agree).
 */
export async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ median: number; min: number; last: T }> {
  await fn();
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, last };
}
