import { parseArgs } from 'node:util';
import { CliError, type CommandResult } from './command';
import { templateCommand } from './template-command';
import { exportCommand, validateCommand } from './validate-command';

export const HELP = `boso – årsrapporten for Boligsosialt utviklingsprogram

Bruk:
  boso template [--year 2013] [--kommune 0502] [--out rapport.xlsx] [--force]
      Lager en tom rapportmal (.xlsx), med år, kommunenummer og kommunenavn fylt ut når de er gitt.
      Uten --year brukes fjoråret. En fil som finnes fra før overskrives bare med --force.
  boso validate FIL [--json]
      Kontrollerer en utfylt mal (.xlsx) eller en rapport i JSON (.json).
      Utskrift gruppert etter del i skjemaet; --json skriver funn og beregnede tall som JSON.
      Avslutningskode: 0 ingen feil, 1 minst én feil, 2 filen kan ikke leses som rapportmalen.
  boso export FIL.xlsx
      Skriver rapporten som JSON (innsendingsformat v1).
  boso help
      Viser denne teksten.`;

function argsOf(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        year: { type: 'string' },
        kommune: { type: 'string' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\. To specify.*$/s, '.')}\n\n${HELP}`);
  }
}

function requireFile(file: string | undefined, command: string): string {
  if (file === undefined) throw new CliError(`Oppgi filen som skal leses: boso ${command} FIL.`);
  return file;
}

/** Runs one `boso` command line; never exits the process itself, so tests can call it. */
export async function runCli(argv: readonly string[], today = new Date()): Promise<CommandResult> {
  try {
    const { values, positionals } = argsOf(argv);
    const [command, file, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') return { exitCode: 0, stdout: HELP };
    if (rest.length > 0) throw new CliError(`For mange argumenter: ${rest.join(' ')}.\n\n${HELP}`);
    switch (command) {
      case 'template':
        return await templateCommand({ year: values.year, kommune: values.kommune, out: values.out, force: values.force, today });
      case 'validate':
        return await validateCommand({ file: requireFile(file, command), json: values.json, today });
      case 'export':
        return await exportCommand(requireFile(file, command));
      default:
        throw new CliError(`Ukjent kommando «${command}».\n\n${HELP}`);
    }
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, stderr: error.message };
    throw error;
  }
}

/** The process entry: prints what the command returns and sets the exit code. */
export function cliMain(argv: readonly string[]): Promise<void> {
  return runCli(argv).then(
    (result) => {
      if (result.stdout !== undefined) process.stdout.write(`${result.stdout}\n`);
      if (result.stderr !== undefined) process.stderr.write(`${result.stderr}\n`);
      process.exitCode = result.exitCode;
    },
    (error: unknown) => {
      process.stderr.write(`Uventet feil i boso: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
