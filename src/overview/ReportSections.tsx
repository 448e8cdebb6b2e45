/**
 * Every section of the form with its labels from the template data, the values as the municipality
 * sent them and the totals the server computed. In print each section starts a page, as in the form.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Computed } from '../report/compute';
import { gridFieldId } from '../report/fields';
import { headerText } from '../report/layout/formulas';
import type { PayloadV1 } from '../report/payload';
import type { Block, CountsDef, GridDef, SectionDef, TableDef, Template } from '../report/template';
import type { CellValue, ValueKind } from '../report/values';
import { cellText, computedText } from './cell-text';
import { EmptyRow } from './EmptyRow';
import { m } from './messages';
import { useTableStyles } from './styles';

const useStyles = makeStyles({
  section: { '@media print': { breakBefore: 'page' } },
  first: { '@media print': { breakBefore: 'auto' } },
  note: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  answer: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '@media print': { breakInside: 'auto' },
  },
});

/** A computed value by its path in the validation result, e.g. `h11`, `sum`, `status0101`. */
function computedAt(computed: Computed, ...path: string[]): number | null | undefined {
  let at: unknown = computed;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' || at === null ? at : undefined;
}

interface BlockProps {
  readonly payload: PayloadV1;
  readonly computed: Computed;
  readonly year: number | undefined;
}

function Value({ value, kind }: { readonly value: CellValue | undefined; readonly kind: ValueKind }): JSX.Element {
  const t = useTableStyles();
  const text = cellText(value, kind);
  return text === '' ? <span className={t.empty}>–</span> : <>{text}</>;
}

const isNumber = (kind: ValueKind): boolean => kind === 'antall' || kind === 'kroner' || kind === 'beregnet';

function FieldsBlock({ block, payload }: BlockProps & { readonly block: Extract<Block, { type: 'fields' }> }): JSX.Element {
  const t = useTableStyles();
  return (
    <table className={t.table}>
      <tbody>
        {block.fields.map((f) => (
          <tr key={f.id}>
            <th scope="row" className={mergeClasses(t.cell, t.head)}>
              {f.label}
            </th>
            <td className={mergeClasses(t.cell, t.text)}>
              <Value value={payload.values[f.id]} kind={f.kind} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TextBlock({ block, payload }: BlockProps & { readonly block: Extract<Block, { type: 'text' }> }): JSX.Element {
  const s = useStyles();
  const t = useTableStyles();
  const text = cellText(payload.values[block.field.id], 'tekst');
  return (
    <>
      <h3>{block.field.label}</h3>
      <div className={s.answer}>{text === '' ? <span className={t.empty}>{m.report.empty}</span> : text}</div>
    </>
  );
}

function GridBlock({ block, payload, computed, year }: BlockProps & { readonly block: GridDef }): JSX.Element {
  const t = useTableStyles();
  const valueOf = (rowId: string, columnId: string): JSX.Element => {
    const column = block.columns.find((c) => c.id === columnId);
    const row = block.rows.find((r) => r.id === rowId);
    if (column?.formula) return <>{computedText(computedAt(computed, block.id, column.id, rowId))}</>;
    if (row?.formula) return <>{isNumber(column?.kind ?? 'tekst') ? computedText(computedAt(computed, block.id, rowId, columnId)) : ''}</>;
    return <Value value={payload.values[gridFieldId(block, rowId, columnId)]} kind={column?.kind ?? 'tekst'} />;
  };
  return (
    <table className={t.table}>
      <thead>
        <tr>
          <td className={mergeClasses(t.cell, t.head)} />
          {block.columns.map((c) => (
            <th key={c.id} scope="col" className={mergeClasses(t.cell, t.head, isNumber(c.kind) && t.number)}>
              {headerText(c.header, year)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((r) => (
          <tr key={r.id} className={r.formula ? t.total : undefined}>
            <th scope="row" className={mergeClasses(t.cell, t.head, t.label)}>
              {r.label}
            </th>
            {block.columns.map((c) => (
              <td key={c.id} className={mergeClasses(t.cell, isNumber(c.kind) ? t.number : t.text, (c.formula || r.formula) && t.computed)}>
                {valueOf(r.id, c.id)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CountsBlock({ block, payload, computed }: BlockProps & { readonly block: CountsDef }): JSX.Element {
  const t = useTableStyles();
  return (
    <table className={t.table}>
      <caption className={t.caption}>{block.title}</caption>
      <thead>
        <tr>
          <td className={mergeClasses(t.cell, t.head)} />
          <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
            {block.valueHeader}
          </th>
          <th scope="col" className={mergeClasses(t.cell, t.head)}>
            {block.commentHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map(({ field, commentId }) => (
          <tr key={field.id}>
            <th scope="row" className={mergeClasses(t.cell, t.head, t.label)}>
              {field.label}
            </th>
            <td className={mergeClasses(t.cell, isNumber(field.kind) ? t.number : t.text)}>
              <Value value={payload.values[field.id]} kind={field.kind} />
            </td>
            <td className={mergeClasses(t.cell, t.text)}>{commentId === undefined ? null : <Value value={payload.values[commentId]} kind="tekst" />}</td>
          </tr>
        ))}
        {(block.computed ?? []).map((c) => (
          <tr key={c.id} className={t.total}>
            <th scope="row" className={mergeClasses(t.cell, t.head)}>
              {c.label}
            </th>
            <td className={mergeClasses(t.cell, t.number, t.computed)}>{computedText(computedAt(computed, c.id))}</td>
            <td className={t.cell} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TableBlock({ block, payload, computed }: BlockProps & { readonly block: TableDef }): JSX.Element {
  const t = useTableStyles();
  const rows = (payload.tables[block.id] ?? []).map((row, index) => ({ row, index })).filter(({ row }) => Object.values(row).some((v) => cellText(v, 'tekst').trim() !== ''));
  const cell = (column: TableDef['columns'][number], row: PayloadV1['tables'][string][number], index: number): JSX.Element =>
    column.formula ? <>{computedText(computedAt(computed, block.id, 'rows', String(index), column.id))}</> : <Value value={row[column.id]} kind={column.kind} />;
  return (
    <table className={t.table}>
      <caption className={t.caption}>{block.title}</caption>
      <thead>
        <tr>
          {block.columns.map((c) => (
            <th key={c.id} scope="col" className={mergeClasses(t.cell, t.head, isNumber(c.kind) && t.number)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <EmptyRow columns={block.columns.length}>{m.report.noRows}</EmptyRow>
        ) : (
          rows.map(({ row, index }) => (
            <tr key={index}>
              {block.columns.map((c) => (
                <td key={c.id} className={mergeClasses(t.cell, isNumber(c.kind) ? t.number : t.text, c.formula && t.computed, c === block.columns[0] && t.label)}>
                  {cell(c, row, index)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
      <tfoot>
        <tr className={t.total}>
          {block.columns.map((c, i) => {
            const total = computedAt(computed, block.id, 'total', c.id);
            return (
              <td key={c.id} className={mergeClasses(t.cell, total === undefined ? undefined : t.number)}>
                {total === undefined ? (i === 0 ? block.totalLabel : null) : computedText(total)}
              </td>
            );
          })}
        </tr>
      </tfoot>
    </table>
  );
}

function BlockView(props: BlockProps & { readonly block: Block }): JSX.Element {
  const s = useStyles();
  const { block } = props;
  switch (block.type) {
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'note':
      return <p className={s.note}>{block.text}</p>;
    case 'fields':
      return <FieldsBlock {...props} block={block} />;
    case 'text':
      return <TextBlock {...props} block={block} />;
    case 'grid':
      return <GridBlock {...props} block={block} />;
    case 'counts':
      return <CountsBlock {...props} block={block} />;
    case 'table':
      return <TableBlock {...props} block={block} />;
  }
}

export function ReportSections({ template, payload, computed, year }: BlockProps & { readonly template: Template }): JSX.Element {
  const s = useStyles();
  return (
    <>
      {template.sections.map((section: SectionDef, i) => (
        <section key={section.id} aria-labelledby={`seksjon-${section.id}`} className={mergeClasses(s.section, i === 0 && s.first)}>
          <h2 id={`seksjon-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block, j) => (
            <BlockView key={j} block={block} payload={payload} computed={computed} year={year} />
          ))}
        </section>
      ))}
    </>
  );
}
