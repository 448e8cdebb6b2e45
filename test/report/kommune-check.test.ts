import { checkKommune } from '../../src/report/kommune-check';

describe('checkKommune', () => {
  it('accepts a number valid in the year and gives its name', () => {
    expect(checkKommune('0502', 2013)).toEqual({ ok: true, navn: 'Gjøvik' });
  });

  it('suggests the older number for a number that came later', () => {
    const checked = checkKommune('3407', 2013);
    expect(checked).toMatchObject({ ok: false, suggestion: '0502', formerName: 'Gjøvik' });
    expect(checked.ok ? '' : checked.message).toContain('fra 2020');
  });

  it('suggests the newer number for a number that went out of use', () => {
    expect(checkKommune('0104', 2024)).toMatchObject({ ok: false, suggestion: '3103', formerName: 'Moss' });
  });

  it('offers numbers one digit away when the number never existed', () => {
    const checked = checkKommune('0599', 2013);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? undefined : checked.suggestion).toBeUndefined();
    expect(checked.ok ? '' : checked.message).toContain('Mente du');
  });

  it.each(['502', '05020', 'abcd', ''])('rejects %p, which is not four digits', (nummer) => {
    expect(checkKommune(nummer, 2013).ok).toBe(false);
  });
});
