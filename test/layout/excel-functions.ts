/**
 * Excel functions the marks use that HyperFormula lacks, for tests only (HyperFormula is GPL-3.0);
 * LibreOffice's own functions check the same formulas in CI.
 * - NUMBERVALUE as Excel documents it: spaces are ignored, group separators before the decimal separator
 *   are ignored and after it are an error, a second decimal separator is an error, each trailing %
 *   divides by 100, an empty text is 0.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import type { ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';

export function numberValue(text: string, decimal = '.', group = ','): number | undefined {
  // Excel ignores spaces, not every Unicode space (LibreOffice likewise).
  let s = text.replace(/ /g, '');
  let divisor = 1;
  while (s.endsWith('%')) {
    divisor *= 100;
    s = s.slice(0, -1);
  }
  if (s === '') return 0;
  const [intPart = '', fraction, ...more] = s.split(decimal);
  if (more.length > 0 || (fraction !== undefined && !/^\d*$/.test(fraction))) return undefined;
  const match = /^([+-]?)(\d*)$/.exec(intPart.split(group).join(''));
  if (!match || (match[2] === '' && !fraction)) return undefined;
  return Number(`${match[1] ?? ''}${match[2] || '0'}.${fraction || '0'}`) / divisor;
}

class MissingFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    NUMBERVALUE: {
      method: 'numbervalue',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
  };

  numbervalue(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata('NUMBERVALUE'), (text: string, decimal?: string, group?: string) => {
      const value = numberValue(text, decimal ?? '.', group ?? ',');
      return value === undefined ? new CellError(ErrorType.VALUE) : value;
    });
  }
}

let registered = false;

/** Registers the functions once per test file. */
export function withExcelFunctions(): void {
  if (registered) return;
  const names = { NUMBERVALUE: 'NUMBERVALUE' };
  HyperFormula.registerFunctionPlugin(MissingFunctionsPlugin, { enGB: names, enUS: names });
  registered = true;
}
