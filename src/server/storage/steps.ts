/**
 * Work on the database written once for both stores: a generator that yields the queries it needs and
 * receives each one's result. SQLite runs it synchronously inside one transaction, PostgreSQL with
 * awaits inside one; the steps are the same.
 */
import type { Query } from './sql';

/**
 * A query to run: `get` answers with its first row (or undefined), `all` with every row, `run` with
 * nothing; `exec` runs a script of statements without parameters (migrations).
 */
export interface Step {
  readonly query: Query;
  readonly mode: 'get' | 'all' | 'run' | 'exec';
}

export type Steps<T> = Generator<Step, T, unknown>;

export const script = (sql: string): Step => ({ query: { sql, params: [] }, mode: 'exec' });

export function runSync<T>(steps: Steps<T>, execute: (step: Step) => unknown): T {
  let next = steps.next();
  while (!next.done) next = steps.next(execute(next.value));
  return next.value;
}

export async function runAsync<T>(steps: Steps<T>, execute: (step: Step) => Promise<unknown>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await execute(next.value));
  return next.value;
}
