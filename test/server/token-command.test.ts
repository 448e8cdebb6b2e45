import { openSqliteStore } from '../../src/server/storage/sqlite-store';
import type { Store } from '../../src/server/storage/store';
import { tokenCommand } from '../../src/server/token-command';
import { sha256Hex } from '../../src/server/tokens';
import { tempDir } from './helpers/temp-dir';

const NOW = new Date('2025-03-01T12:00:00Z');
let store: Store;
let dir: ReturnType<typeof tempDir>;
beforeEach(async () => {
  dir = tempDir();
  store = openSqliteStore(`${dir.path}/boso.db`);
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  dir.remove();
});

const tokenOf = (stdout: string | undefined): string => (JSON.parse(stdout ?? '') as { token: string }).token;

describe('token create', () => {
  it('prints {"token": …} with --json and keeps only the hash', async () => {
    const result = await tokenCommand(['create', '--kommune', '3407', '--navn', 'Gjøvik', '--json'], store, NOW);
    expect(result.exitCode).toBe(0);
    const token = tokenOf(result.stdout);
    expect(token).toMatch(/^boso_[A-Za-z0-9_-]{43}$/);
    expect(await store.tokenByHash(sha256Hex(token))).toMatchObject({ kind: 'kommune', kommunenummer: '3407', navn: 'Gjøvik' });
    expect(JSON.stringify(await store.listTokens())).not.toContain(token);
  });

  it('makes an admin token', async () => {
    const token = tokenOf((await tokenCommand(['create', '--admin', '--json'], store, NOW)).stdout);
    expect(await store.tokenByHash(sha256Hex(token))).toMatchObject({ kind: 'admin', kommunenummer: null });
  });

  it('makes every token different', async () => {
    const tokens = await Promise.all([1, 2, 3].map(async () => tokenOf((await tokenCommand(['create', '--admin', '--json'], store, NOW)).stdout)));
    expect(new Set(tokens).size).toBe(3);
  });

  it('warns for a number that was a municipality earlier, and creates the token', async () => {
    const result = await tokenCommand(['create', '--kommune', '0502'], store, NOW);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/0502.*Gjøvik.*3407/s);
    expect(result.stdout).toMatch(/boso_/);
  });

  it.each([['502'], ['9999'], ['abcd']])('refuses --kommune %s', async (nummer) => {
    const result = await tokenCommand(['create', '--kommune', nummer], store, NOW);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(nummer);
    expect(await store.listTokens()).toEqual([]);
  });

  it('needs exactly one of --kommune and --admin', async () => {
    expect((await tokenCommand(['create'], store, NOW)).exitCode).toBe(2);
    expect((await tokenCommand(['create', '--admin', '--kommune', '3407'], store, NOW)).exitCode).toBe(2);
  });
});

describe('token list and revoke', () => {
  it('lists tokens and revokes one by id', async () => {
    await tokenCommand(['create', '--kommune', '3407', '--json'], store, NOW);
    const [listed] = JSON.parse((await tokenCommand(['list', '--json'], store, NOW)).stdout ?? '[]') as { id: string; kommunenummer: string }[];
    expect(listed?.kommunenummer).toBe('3407');
    expect((await tokenCommand(['list'], store, NOW)).stdout).toMatch(/aktivt/);

    expect((await tokenCommand(['revoke', listed?.id ?? ''], store, NOW)).exitCode).toBe(0);
    expect((await tokenCommand(['list'], store, NOW)).stdout).toMatch(/trukket tilbake/);
    expect((await tokenCommand(['revoke', listed?.id ?? ''], store, NOW)).exitCode).toBe(1);
  });

  it('explains how to use it when the arguments are wrong', async () => {
    for (const argv of [[], ['revoke'], ['list', 'ekstra'], ['create', '--ukjent']]) {
      const result = await tokenCommand(argv, store, NOW);
      expect(result.exitCode).toBe(2);
      expect(result.stderr?.length).toBeGreaterThan(10);
    }
  });
});
