import { inputFields } from '../../src/report/fields';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';

describe('the template says what the official form says', () => {
  it('prints C.1\'s row as all three real reports do: «Antall boligkjøp med startlån, boligtilskudd»', () => {
    expect(inputFields(arsrapport2013).find((f) => f.id === 'c1_startlan_tilskudd')?.label).toBe('Antall boligkjøp med startlån, boligtilskudd');
  });
});
