import { osloStartOfDay, osloToday, osloWallClock } from '../../src/server/oslo-date';

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

describe('osloWallClock and osloStartOfDay', () => {
  it('gives Norwegian time, winter and summer', () => {
    expect(osloWallClock(new Date('2014-02-28T22:59:59.000Z')).toISOString()).toBe('2014-02-28T23:59:59.000Z');
    expect(osloWallClock(new Date('2014-06-30T22:00:00.000Z')).toISOString()).toBe('2014-07-01T00:00:00.000Z');
  });

  it('finds midnight in Norway on either side of the clock changes', () => {
    expect(osloStartOfDay({ year: 2014, month: 3, day: 1 }).toISOString()).toBe('2014-02-28T23:00:00.000Z');
    expect(osloStartOfDay({ year: 2014, month: 3, day: 30 }).toISOString()).toBe('2014-03-29T23:00:00.000Z');
    expect(osloStartOfDay({ year: 2014, month: 3, day: 31 }).toISOString()).toBe('2014-03-30T22:00:00.000Z');
    expect(osloStartOfDay({ year: 2014, month: 10, day: 26 }).toISOString()).toBe('2014-10-25T22:00:00.000Z');
    expect(osloStartOfDay({ year: 2014, month: 10, day: 27 }).toISOString()).toBe('2014-10-26T23:00:00.000Z');
  });
});
