import { Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../messages-context';
import type { Kommune, KommuneSearch } from './kommune-search';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    padding: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: '16em',
    overflowY: 'auto',
  },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
  },
});

const label = (k: Kommune): string => `${k.nummer} ${k.navn}`;

/**
 * The municipality as an ARIA combobox (remount it with a `key` to start over, e.g. for another year) with its list right under the field (no popup layer, which a
 * 270 px pane has no room for, and which would cost Fluent's Combobox and its positioning: 24 KB gzipped).
 * Arrow keys move through the list, Enter chooses, Escape closes it.
 */
export function KommuneField({
  year,
  search,
  value,
  onChoose,
}: {
  readonly year: number;
  /** Undefined while the register loads. */
  readonly search: ((query: string) => KommuneSearch) | undefined;
  readonly value: Kommune | undefined;
  readonly onChoose: (kommune: Kommune) => void;
}): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const listId = useId();
  const [query, setQuery] = useState(value === undefined ? '' : label(value));
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  const result = open && search !== undefined && query.trim() !== '' ? search(query) : undefined;
  const hits = result?.hits ?? [];
  const expanded = hits.length > 0;
  const activeIndex = Math.min(active, hits.length - 1);

  const choose = (kommune: Kommune): void => {
    setQuery(label(kommune));
    setOpen(false);
    onChoose(kommune);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length === 0 ? 0 : (i + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit !== undefined) choose(hit);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const hint =
    result !== undefined && result.total === 0
      ? m.mal.noKommune(query.trim(), year)
      : result !== undefined && result.total > hits.length
        ? m.mal.moreKommuner(result.total - hits.length)
        : m.mal.kommuneHint(year);

  return (
    <div>
      <Field label={m.mal.kommune} hint={hint} required>
        <Input
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          {...(expanded ? { 'aria-activedescendant': `${listId}-${activeIndex}` } : {})}
          autoComplete="off"
          placeholder={m.mal.kommunePlaceholder}
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      <ul id={listId} role="listbox" aria-label={m.mal.kommune} className={styles.list} hidden={!expanded}>
        {hits.map((k, i) => (
          <li
            key={k.nummer}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className={mergeClasses(styles.option, i === activeIndex && styles.active)}
            // Keep the focus in the field: a click chooses without blurring it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(k)}
          >
            {label(k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
