/** What every route plugin gets, and the parameters they share (messages in Norwegian: they reach the user). */
import { z } from 'zod';
import type { Receive } from '../receive-submission';
import { bydelKey } from '../report-key';
import type { Store } from '../storage/store';
import { isStorableText, STORABLE_TEXT_MESSAGE } from '../storable-text';

export interface RouteDeps {
  readonly store: Store;
  readonly receive: Receive;
  readonly now: () => Date;
}

export const kommunenummerParam = z.string().regex(/^\d{4}$/, 'må være et kommunenummer med fire sifre, f.eks. 0502');

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'må være et årstall med fire sifre, f.eks. 2013')
  .transform(Number);

/** An Oslo district as the reports name it; keyed the way submissions are (`bydel alna` is Alna). */
export const bydelParam = z.string().max(200, 'må være høyst 200 tegn').refine(isStorableText, STORABLE_TEXT_MESSAGE).transform(bydelKey);
