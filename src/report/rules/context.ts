/** What validation knows beyond the payload. Time and history come in here, so rules stay pure. */
import type { PayloadV1 } from '../payload';
import type { CalendarDate } from '../values';

export interface ValidationContext {
  /** GEN-04 accepts report years up to this date's year. */
  readonly today: CalendarDate;
  /** The municipality's latest accepted report for the year before (HIS-01). */
  readonly previous?: PayloadV1;
  /** Versions already accepted for the same kommune (and bydel) and year (HIS-02 when > 0). */
  readonly acceptedVersions?: number;
}
