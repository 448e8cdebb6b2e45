import { writeFile } from 'node:fs/promises';
import { kommunerFor, suggestKommune } from '../report/kommuner';
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

function unknownKommune(year: number, nummer: string): string {
  const s = suggestKommune(year, nummer);
  const parts = [`${nummer} er ikke et kommunenummer i ${year}.`];
  if (s.formerName !== undefined && s.numberThatYear !== undefined) {
    const place = s.formerName.split(' - ')[0];
    parts.push(`${nummer} var ${s.formerName}${s.lastYear ? ` til og med ${s.lastYear}` : ''}; i ${year} har ${place} nummer ${s.numberThatYear}. Bruk --kommune ${s.numberThatYear}.`);
  } else if (s.formerName !== undefined) {
    parts.push(`${nummer} var ${s.formerName}${s.lastYear ? ` til og med ${s.lastYear}` : ''}.`);
  }
  if (s.similar.length > 0 && s.numberThatYear === undefined) {
    parts.push(`Mente du ${s.similar.map(([n, navn]) => `${n} ${navn}`).join(', ')}?`);
  }
  return parts.join(' ');
}

/** `boso template`: the empty template as .xlsx, prefilled with year and municipality when given. */
export async function templateCommand(options: TemplateOptions): Promise<CommandResult> {
  const year = parseYear(options.year, options.today);
  let kommune: { nummer: string; navn: string } | undefined;
  if (options.kommune !== undefined) {
    const nummer = options.kommune.trim();
    if (!/^\d{4}$/.test(nummer)) {
      throw new CliError(`--kommune ${nummer} er ikke fire sifre. Skriv kommunenummeret med ledende null, f.eks. --kommune 0502.`);
    }
    const navn = kommunerFor(year)?.get(nummer);
    if (navn === undefined) throw new CliError(unknownKommune(year, nummer));
    kommune = { nummer, navn };
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
