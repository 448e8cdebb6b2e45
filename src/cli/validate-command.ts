import { hasErrors, validate } from '../report/validate';
import { CliError, type CommandResult } from './command';
import { loadReport } from './load-report';
import { formatTextReport } from './text-report';

export interface ValidateOptions {
  readonly file: string;
  readonly json: boolean;
  readonly today: Date;
}

/** `boso validate`: exit 1 when there is any feil, 0 when none, 2 when the file is not this template. */
export async function validateCommand(options: ValidateOptions): Promise<CommandResult> {
  const loaded = await loadReport(options.file);
  if (!loaded.ok) throw new CliError(loaded.message);
  const today = options.today;
  const result = validate(loaded.template, loaded.payload, {
    today: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
  });
  const stdout = options.json
    ? JSON.stringify({ template: result.template, findings: result.findings, computed: result.computed }, null, 2)
    : formatTextReport(loaded.template, result, loaded.addresses);
  return { exitCode: hasErrors(result) ? 1 : 0, stdout };
}

/** `boso export`: the payload v1 JSON that the add-in would send. */
export async function exportCommand(file: string): Promise<CommandResult> {
  const loaded = await loadReport(file);
  if (!loaded.ok) throw new CliError(loaded.message);
  return { exitCode: 0, stdout: JSON.stringify(loaded.payload, null, 2) };
}
