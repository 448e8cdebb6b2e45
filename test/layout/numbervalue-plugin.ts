/**
 * NUMBERVALUE for HyperFormula, which lacks it, as Excel documents it: spaces are ignored, group
 * separators before the decimal separator are ignored and after it are an error, a second decimal
 * separator is an error, each trailing % divides by 100, an empty text is 0. Tests only (HyperFormula
 * is GPL-3.0); LibreOffice's own NUMBERVALUE checks the same formulas in CI.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import type { ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';

export function numberValue(text: string, decimal = '.', group = ','): number | undefined {
  let s = text.replace(/\s/g, '');
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

class NumberValuePlugin extends FunctionPlugin {
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

/** Registers NUMBERVALUE once per test file. */
export function withNumberValue(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(NumberValuePlugin, { enGB: { NUMBERVALUE: 'NUMBERVALUE' }, enUS: { NUMBERVALUE: 'NUMBERVALUE' } });
  registered = true;
}
