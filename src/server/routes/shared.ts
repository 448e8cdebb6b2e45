/** What every route plugin gets, and the parameters they share (messages in Norwegian: they reach the user). */
import { z } from 'zod';
import type { Store } from '../storage/store';

export interface RouteDeps {
  readonly store: Store;
  readonly now: () => Date;
}

export const kommunenummerParam = z.string().regex(/^\d{4}$/, 'må være et kommunenummer med fire sifre, f.eks. 0502');

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'må være et årstall med fire sifre, f.eks. 2013')
  .transform(Number);
