import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useMessages } from '../messages-context';
import { KommuneField } from './KommuneField';
import type { Kommune } from './kommune-search';

type SearchModule = typeof import('./kommune-search');
type BydelModule = typeof import('../../report/bydeler');

/** Options shown at once: enough for "Ber" or "03"; typing more narrows the list. */
const MAX_OPTIONS = 8;

export interface ReportChoiceValue {
  readonly year: number;
  readonly kommune?: Kommune;
  readonly bydel?: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Reporting year, municipality (searched in the register of that year) and, for Oslo, a district. The
 * register is loaded after the first render: the form is there while it arrives.
 */
export function ReportChoice({
  years,
  value,
  onChange,
}: {
  readonly years: readonly number[];
  readonly value: ReportChoiceValue;
  readonly onChange: (value: ReportChoiceValue) => void;
}): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const [modules, setModules] = useState<{ readonly search: SearchModule; readonly bydeler: BydelModule }>();

  useEffect(() => {
    let live = true;
    void Promise.all([import('./kommune-search'), import('../../report/bydeler')]).then(([search, bydeler]) => {
      if (live) setModules({ search, bydeler });
    });
    return () => {
      live = false;
    };
  }, []);

  const chooseYear = (year: number): void => {
    // The municipality stays when its number is in the register of that year too; otherwise choose again.
    const navn = value.kommune === undefined ? undefined : modules?.search.kommuneNavn(year, value.kommune.nummer);
    onChange({ year, ...(value.kommune !== undefined && navn !== undefined ? { kommune: { nummer: value.kommune.nummer, navn } } : {}) });
  };

  const isOslo = modules !== undefined && value.kommune?.nummer === modules.bydeler.BYDEL_KOMMUNE;

  return (
    <div className={styles.form}>
      <Field label={m.mal.year}>
        <Select value={String(value.year)} onChange={(_, data) => chooseYear(Number(data.value))}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </Select>
      </Field>
      <KommuneField
        key={value.year}
        year={value.year}
        search={modules === undefined ? undefined : (query) => modules.search.searchKommuner(value.year, query, MAX_OPTIONS)}
        value={value.kommune}
        onChoose={(kommune) => onChange({ year: value.year, kommune })}
      />
      {isOslo ? (
        <Field label={m.mal.bydel} hint={m.mal.bydelHint}>
          <Select
            value={value.bydel ?? ''}
            onChange={(_, data) => onChange({ ...value, bydel: data.value === '' ? undefined : data.value })}
          >
            <option value="">{m.mal.helKommune}</option>
            {modules.bydeler.bydelNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </div>
  );
}
