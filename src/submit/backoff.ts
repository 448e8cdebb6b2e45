/**
 * When to try a kept submission again: the waits, in seconds, after the 1st, 2nd, … failed attempt; the
 * last repeats. The server's `Retry-After` (503 while it is busy) is honoured when it asks for longer.
 */
export const RETRY_WAITS_SECONDS: readonly number[] = [5, 15, 30, 60, 120, 300];

export function retryWaitMs(failedAttempts: number, retryAfterSeconds?: number): number {
  const scheduled = RETRY_WAITS_SECONDS[Math.min(Math.max(failedAttempts, 1), RETRY_WAITS_SECONDS.length) - 1] ?? 300;
  return Math.max(scheduled, retryAfterSeconds ?? 0) * 1000;
}
