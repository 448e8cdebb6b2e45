/** What every route plugin gets, and the parameters they share (messages in Norwegian: they reach the user). */
import { z } from 'zod';
import { mayReach, type Caller } from '../auth';
import { HttpProblem } from '../problem';
import type { Receive } from '../receive-submission';
import { bydelKey } from '../../report/report-key';
import type { Store, SubmissionWithPayload } from '../storage/store';
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

/** Ids are UUIDs (storage/submitting.ts); anything else cannot name a submission. */
const SUBMISSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The submission with this id if the caller may see it. Another municipality's submission gets the same
 * answer as none at all: an id tells nothing.
 */
export async function reachableSubmission(store: Store, caller: Caller, id: string): Promise<SubmissionWithPayload> {
  const submission = SUBMISSION_ID.test(id) ? await store.submission(id) : undefined;
  if (!submission || !mayReach(caller, submission.key.kommunenummer)) {
    throw new HttpProblem(
      'ikke-funnet',
      'Finner ingen innsending med denne id-en som tokenet har tilgang til. Kontroller id-en i kvitteringen, og bruk tokenet til kommunen som sendte rapporten.',
    );
  }
  return submission;
}
