import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTableStyles } from './styles';

/** The one row of a table that has nothing to show, saying why across every column. */
export function EmptyRow({ columns, children }: { readonly columns: number; readonly children: ReactNode }): JSX.Element {
  const t = useTableStyles();
  return (
    <tr>
      <td className={mergeClasses(t.cell, t.empty)} colSpan={columns}>
        {children}
      </td>
    </tr>
  );
}
