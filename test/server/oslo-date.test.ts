import { osloToday } from '../../src/server/oslo-date';

const at = (iso: string) => osloToday(new Date(iso));

describe('osloToday', () => {
  it('turns the date at midnight in Norway, summer and winter time alike', () => {
    expect(at('2026-06-30T21:59:59.999Z')).toEqual({ year: 2026, month: 6, day: 30 });
    expect(at('2026-06-30T22:00:00.000Z')).toEqual({ year: 2026, month: 7, day: 1 });
    expect(at('2026-12-31T22:59:59.999Z')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(at('2026-12-31T23:00:00.000Z')).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('gives the right date when calls go back and forth across midnight within and between minutes', () => {
    expect(at('2026-06-30T22:00:59.000Z')).toEqual({ year: 2026, month: 7, day: 1 });
    expect(at('2026-06-30T22:00:00.000Z')).toEqual({ year: 2026, month: 7, day: 1 });
    expect(at('2026-06-30T21:59:00.000Z')).toEqual({ year: 2026, month: 6, day: 30 });
    expect(at('2026-06-30T22:00:01.000Z')).toEqual({ year: 2026, month: 7, day: 1 });
  });
});
