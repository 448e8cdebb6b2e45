/** Data validation of input cells by value kind, with Norwegian prompts that say what to type. */
import type { ValueKind } from '../values';
import type { ValidationPlan } from './plan';

export type CellValidation = Omit<ValidationPlan, 'range'>;

const rule = (rule: ValidationPlan['rule'], title: string, text: string, errorTitle: string): CellValidation => ({
  rule,
  prompt: { title, text },
  // Pasting bypasses validation in Excel; the validator checks every value again.
  error: { style: 'stop', title: errorTitle, text },
});

const byKind: Partial<Record<ValueKind, CellValidation>> = {
  antall: rule({ type: 'whole', min: 0 }, 'Antall', 'Skriv et helt tall, 0 eller større.', 'Ugyldig antall'),
  kroner: rule(
    { type: 'decimal', min: 0 },
    'Beløp i kroner',
    'Skriv et beløp i kroner, 0 eller større. Bruk komma foran øre.',
    'Ugyldig beløp',
  ),
  aar: rule({ type: 'whole', min: 2009, max: 2100 }, 'Årstall', 'Skriv et årstall med fire siffer, for eksempel 2013.', 'Ugyldig år'),
  dato: rule({ type: 'date', min: '2009-01-01', max: '2100-12-31' }, 'Dato', 'Skriv en dato, for eksempel 19.02.2014.', 'Ugyldig dato'),
  kommunenummer: rule(
    { type: 'textLength', equals: 4 },
    'Kommunenummer',
    'Skriv kommunenummeret med fire siffer, også en null foran, for eksempel 0502.',
    'Ugyldig kommunenummer',
  ),
};

/** The validation of an input of this kind; undefined for free text and computed cells. */
export function validationFor(kind: ValueKind): CellValidation | undefined {
  return byKind[kind];
}
