/** What a command prints and how the process ends; the entry point does the printing. */
export interface CommandResult {
  readonly exitCode: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** A user mistake the command explains in Norwegian; exit code 2 unless given. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
