/** What changed between two versions of a report, field by field, named as the form names them. */
import { mergeClasses } from '@fluentui/react-components';
import type { Changes } from '../api/oversikt';
import { cellTitle } from '../report/cell-title';
import { labelsFor } from '../report/rules/labels';
import type { Template } from '../report/template';
import { cellText, kindOfCell } from './cell-text';
import { m } from './messages';
import { useTableStyles } from './styles';

export function ChangesTable({ changes, template }: { readonly changes: Changes; readonly template: Template }): JSX.Element {
  const t = useTableStyles();
  const labels = labelsFor(template);
  const { fra, til, endringer } = changes;
  const shown = (value: Changes['endringer'][number]['fra'], field: string): JSX.Element => {
    const text = cellText(value, kindOfCell(template, field));
    return text === '' ? <span className={t.empty}>–</span> : <>{text}</>;
  };
  return (
    <section aria-labelledby="endringer">
      <h2 id="endringer">{m.changes.heading(fra.versjon, til.versjon)}</h2>
      <p>{endringer.length === 0 ? m.changes.none : m.changes.count(endringer.length)}</p>
      {endringer.length > 0 ? (
        <table className={t.table} aria-label={m.changes.label(fra.versjon, til.versjon)}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(t.cell, t.head)}>
                {m.changes.field}
              </th>
              <th scope="col" className={mergeClasses(t.cell, t.head)}>
                {m.changes.from(fra.versjon)}
              </th>
              <th scope="col" className={mergeClasses(t.cell, t.head)}>
                {m.changes.to(til.versjon)}
              </th>
            </tr>
          </thead>
          <tbody>
            {endringer.map((c) => (
              <tr key={c.felt}>
                <th scope="row" className={mergeClasses(t.cell, t.text)}>
                  {cellTitle(labels.cell(c.felt))}
                </th>
                <td className={mergeClasses(t.cell, t.text)}>{shown(c.fra, c.felt)}</td>
                <td className={mergeClasses(t.cell, t.text)}>{shown(c.til, c.felt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
