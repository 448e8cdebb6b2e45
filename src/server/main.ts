/**
 * The process entry of `boso-server` (bin/boso-server.js requires the built file, so this runs on
 * import): read and check the configuration, then serve, or run a `token` command against the same
 * database. Serving prints exactly one line to stdout when it listens; logs go to stderr.
 */
import { join } from 'node:path';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { loadOverviewPage } from './overview-page';
import { startReceiverThread, type ReceiverThread } from './receiver-thread';
import { describeDatabase, openStore } from './storage/open-store';
import type { Store } from './storage/store';
import { tokenCommand, TOKEN_HELP } from './token-command';

const HELP = `boso-server – innsamlingstjenesten for årsrapporten i Boligsosialt utviklingsprogram

Bruk:
  boso-server                 starter serveren (HOST, PORT, BOSO_DB, DATABASE_URL, BOSO_ALLOWED_ORIGINS; se docs/server.md)
  boso-server token …         lager, viser og trekker tilbake tilgangstoken

${TOKEN_HELP}`;

/** A start-up problem the operator can fix; printed without a stack trace. */
class StartError extends Error {}

async function withStore(config: Config): Promise<Store> {
  try {
    return await openStore(config.database);
  } catch (error) {
    throw new StartError(
      `Kunne ikke åpne databasen (${describeDatabase(config.database)}): ${(error as Error).message}\nKontroller BOSO_DB eller DATABASE_URL og at databasen kjører.`,
    );
  }
}

async function serve(config: Config): Promise<void> {
  const store = await withStore(config);
  let receiver: ReceiverThread;
  try {
    receiver = await startReceiverThread(config.database);
  } catch (error) {
    await store.close();
    throw new StartError((error as Error).message);
  }
  const closeAll = async (): Promise<void> => {
    await receiver.close();
    await store.close();
  };
  // dist/server/main.js serves the pages webpack built into dist/web.
  const page = loadOverviewPage(join(__dirname, '..', 'web'));
  const app = buildApp({ store, config, receive: receiver.receive, ...(page ? { page } : {}) });
  let address: string;
  try {
    address = await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await closeAll();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new StartError(
      inUse
        ? `Porten ${config.port} på ${config.host} er i bruk. Stopp den andre prosessen eller velg en annen port med PORT=….`
        : `Kunne ikke lytte på ${config.host}:${config.port}: ${(error as Error).message}`,
    );
  }
  console.log(`boso-server lytter på ${address} (${describeDatabase(config.database)})`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'avslutter: venter på forespørsler som er i gang');
    // Fastify finishes requests in flight before it resolves; the receiver thread and the store then
    // commit what they hold and close.
    app
      .close()
      .then(closeAll)
      .then(
        () => {
          process.exitCode = 0;
        },
        (error: unknown) => {
          console.error(`Feil ved avslutning: ${(error as Error).message}`);
          process.exitCode = 1;
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function token(config: Config, argv: readonly string[]): Promise<void> {
  const store = await withStore(config);
  try {
    const result = await tokenCommand(argv, store, new Date());
    if (result.stdout !== undefined) process.stdout.write(`${result.stdout}\n`);
    if (result.stderr !== undefined) process.stderr.write(`${result.stderr}\n`);
    process.exitCode = result.exitCode;
  } finally {
    await store.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  if (command !== undefined && command !== 'token') throw new StartError(`Ukjent kommando «${command}».\n\n${HELP}`);
  const loaded = loadConfig(process.env);
  if (!loaded.ok) throw new StartError(loaded.message);
  if (command === 'token') await token(loaded.config, rest);
  else await serve(loaded.config);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof StartError ? error.message : `Uventet feil i boso-server: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
