/** Office.js stays in src/excel: the lint rule refuses its globals elsewhere, also as types, and its values inside. */
import { spawnSync } from 'node:child_process';

interface Case {
  readonly code: string;
  readonly filePath: string;
}

// ESLint loads its flat config as an ES module, which jest's module system cannot: lint in a child process.
function lint(cases: readonly Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    import { readFileSync } from 'node:fs';
    const cases = JSON.parse(readFileSync(0, 'utf8'));
    const eslint = new ESLint();
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
      out.push(result.messages.map((m) => m.ruleId ?? m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(cases), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe('where Office.js may be used', () => {
  const cases: readonly (Case & { readonly refused: string | undefined })[] = [
    { code: 'export const run = Excel.run;\n', filePath: 'src/taskpane/app.ts', refused: 'no-restricted-syntax' },
    { code: 'export type R = Excel.Range;\n', filePath: 'src/taskpane/app.ts', refused: 'no-restricted-syntax' },
    { code: 'export const office = Office;\n', filePath: 'src/commands/commands.ts', refused: 'no-restricted-globals' },
    { code: 'export type R = Excel.Range;\n', filePath: 'src/excel/office.ts', refused: undefined },
    { code: 'export const style = Excel.BorderLineStyle.continuous;\n', filePath: 'src/excel/draw-plan.ts', refused: 'no-restricted-syntax' },
    { code: 'export const run = Excel.run;\n', filePath: 'src/excel/office-host.ts', refused: undefined },
  ];

  it('refuses the globals outside src/excel (values and types), their values inside it but in office-host.ts', () => {
    const results = lint(cases);
    cases.forEach((c, i) => {
      const found = results[i] ?? [];
      expect({ ...c, found }).toEqual({ ...c, found: c.refused === undefined ? [] : expect.arrayContaining([c.refused]) });
    });
  });
});
