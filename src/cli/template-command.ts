import { writeFile } from 'node:fs/promises';
import { checkKommune } from '../report/kommune-check';
import { defaultTemplate } from '../report/templates';
import { writeTemplate } from '../workbook/write-template';
import { CliError, type CommandResult } from './command';

export interface TemplateOptions {
  readonly year?: string;
  readonly kommune?: string;
  readonly out?: string;
  readonly force: boolean;
  readonly today: Date;
}

function parseYear(raw: string | undefined, today: Date): number {
  const thisYear = today.getFullYear();
  if (raw === undefined) return thisYear - 1;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 2009 || year > thisYear) {
    throw new CliError(`--year ${raw} er ikke et rapporteringsår. Oppgi et år fra 2009 til ${thisYear}, f.eks. --year ${thisYear - 1}.`);
  }
  return year;
}

/** `boso template`: the empty template as .xlsx, prefilled with year and municipality when given. */
export async function templateCommand(options: TemplateOptions): Promise<CommandResult> {
  const year = parseYear(options.year, options.today);
  let kommune: { nummer: string; navn: string } | undefined;
  if (options.kommune !== undefined) {
    const nummer = options.kommune.trim();
    const checked = checkKommune(nummer, year);
    if (!checked.ok) {
      throw new CliError(checked.suggestion === undefined ? checked.message : `${checked.message} Bruk --kommune ${checked.suggestion}.`);
    }
    kommune = { nummer, navn: checked.navn };
  }
  const out = options.out ?? `boso-arsrapport-${year}${kommune ? `-${kommune.nummer}` : ''}.xlsx`;
  const bytes = await writeTemplate(defaultTemplate, {
    year,
    ...(kommune ? { kommunenummer: kommune.nummer, kommunenavn: kommune.navn } : {}),
  });
  try {
    await writeFile(out, bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${out} finnes fra før og blir ikke overskrevet. Velg et annet navn med --out, eller bruk --force.`);
    }
    throw new CliError(`Kunne ikke skrive ${out}: ${(error as Error).message}`);
  }
  const who = kommune ? ` for ${kommune.nummer} ${kommune.navn}` : '';
  return { exitCode: 0, stdout: `Skrev malen for ${year}${who} til ${out}.` };
}
