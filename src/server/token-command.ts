/**
 * `boso-server token create|list|revoke`: managing access tokens in the server's own database. A new
 * token is printed once; only its hash is kept.
 */
import { parseArgs } from 'node:util';
import { checkKommune } from '../report/kommune-check';
import { osloToday } from './oslo-date';
import type { Store, TokenRecord } from './storage/store';
import { createToken } from './tokens';

export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

export const TOKEN_HELP = `Bruk:
  boso-server token create --kommune 0502 [--navn "Gjøvik, programleder"] [--json]
      Lager et token som kan sende inn og lese rapportene til én kommune.
  boso-server token create --admin [--navn "Husbanken"] [--json]
      Lager et token for Husbanken: leser alle rapporter og kan eksportere.
  boso-server token list [--json]
      Viser alle token (id, type, kommune, navn, når de ble laget og trukket tilbake).
  boso-server token revoke ID
      Trekker tilbake tokenet med denne id-en; det virker ikke lenger.
Tokenet vises bare én gang. Databasen er den samme som serveren bruker (BOSO_DB eller DATABASE_URL).`;

const fail = (message: string, exitCode = 2): CommandOutput => ({ exitCode, stderr: message });

function argsOf(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      kommune: { type: 'string' },
      admin: { type: 'boolean', default: false },
      navn: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
}

async function create(store: Store, options: ReturnType<typeof argsOf>['values'], now: Date): Promise<CommandOutput> {
  if (options.admin === (options.kommune !== undefined)) {
    return fail(`Oppgi enten --kommune NUMMER eller --admin.\n\n${TOKEN_HELP}`);
  }
  let warning: string | undefined;
  let label = 'Husbanken (admin)';
  const kommunenummer = options.kommune?.trim() ?? null;
  if (kommunenummer !== null) {
    const checked = checkKommune(kommunenummer, osloToday(now).year);
    // A number that was valid in earlier years is fine: reports for those years carry it.
    if (!checked.ok && checked.formerName === undefined) return fail(checked.message);
    if (!checked.ok) warning = `Advarsel: ${checked.message} Tokenet gjelder bare rapporter med kommunenummer ${kommunenummer}.`;
    label = `kommune ${kommunenummer}${checked.ok ? ` ${checked.navn}` : ''}`;
  }
  const issued = await createToken(store, kommunenummer, options.navn?.trim() || null, now);
  const stdout = options.json
    ? JSON.stringify({ token: issued.token })
    : `Nytt token for ${label} (id ${issued.id}):\n${issued.token}\nTa vare på det nå: det lagres bare som hash og kan ikke vises igjen.`;
  return { exitCode: 0, stdout, ...(warning === undefined ? {} : { stderr: warning }) };
}

function listing(tokens: readonly TokenRecord[], json: boolean): string {
  if (json) return JSON.stringify(tokens);
  if (tokens.length === 0) return 'Ingen token ennå. Lag ett med «boso-server token create».';
  return tokens
    .map((t) =>
      [
        t.id,
        t.kind === 'admin' ? 'admin  ' : `kommune ${t.kommunenummer ?? ''}`,
        t.navn ?? '-',
        `laget ${t.opprettet.toISOString()}`,
        t.tilbakekalt === null ? 'aktivt' : `trukket tilbake ${t.tilbakekalt.toISOString()}`,
      ].join('  '),
    )
    .join('\n');
}

/** Runs `token …` (the arguments after `token`) against the store; never exits the process. */
export async function tokenCommand(argv: readonly string[], store: Store, now: Date): Promise<CommandOutput> {
  let parsed: ReturnType<typeof argsOf>;
  try {
    parsed = argsOf(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${TOKEN_HELP}`);
  }
  const [action, id, ...rest] = parsed.positionals;
  if (rest.length > 0 || (action !== 'revoke' && id !== undefined)) return fail(`For mange argumenter.\n\n${TOKEN_HELP}`);
  switch (action) {
    case 'create':
      return create(store, parsed.values, now);
    case 'list':
      return { exitCode: 0, stdout: listing(await store.listTokens(), parsed.values.json) };
    case 'revoke':
      if (id === undefined) return fail(`Oppgi id-en til tokenet: boso-server token revoke ID (se «token list»).`);
      return (await store.revokeToken(id, now))
        ? { exitCode: 0, stdout: `Token ${id} er trukket tilbake.` }
        : fail(`Fant ikke noe aktivt token med id ${id}. Se «boso-server token list».`, 1);
    default:
      return fail(TOKEN_HELP);
  }
}
