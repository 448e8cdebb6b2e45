import { rememberedIn } from '../../src/excel/settings';

const AT = { year: 2026, month: 12, day: 1, hour: 14, minute: 2 };
const SHA = 'ab'.repeat(32);

describe('what the workbook remembers in its settings', () => {
  it('is nothing in a workbook without settings', async () => {
    await expect(rememberedIn({ template: undefined, check: undefined, submission: undefined })).resolves.toEqual({ status: {} });
  });

  it('reads back the template, the last check and the last submission', async () => {
    const remembered = await rememberedIn({
      template: JSON.stringify({ id: 'boso-arsrapport', version: '2013' }),
      check: JSON.stringify({ at: AT, errors: 2, warnings: 5 }),
      submission: JSON.stringify({ at: AT, version: 1, id: 'abc', sha256: SHA, receipt: { id: 'abc' } }),
    });
    expect(remembered).toEqual({
      recorded: { id: 'boso-arsrapport', version: '2013' },
      status: { check: { at: AT, errors: 2, warnings: 5 }, submission: { at: AT, version: 1, id: 'abc', sha256: SHA, receipt: { id: 'abc' } } },
    });
  });

  it('takes a submission without the hash of what was sent as none: it could not tell a change', async () => {
    const remembered = await rememberedIn({ template: undefined, check: undefined, submission: JSON.stringify({ at: AT, version: 1, receipt: { id: 'abc' } }) });
    expect(remembered).toEqual({ status: {} });
  });

  it('takes what is not JSON, or not ours, as no setting', async () => {
    const remembered = await rememberedIn({ template: 'BOSO', check: JSON.stringify({ at: { ...AT, month: 13 }, errors: 0, warnings: 0 }), submission: 7 });
    expect(remembered).toEqual({ status: {} });
  });
});
