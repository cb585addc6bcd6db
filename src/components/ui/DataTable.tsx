import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (a member's name, a case number): a row header, kept in view when the table scrolls sideways. */
  identifies?: boolean;
  /** Numbers align right. */
  align?: 'start' | 'end';
  className?: string;
}

interface DataTableProps<Row> {
  /** Names the table for assistive technology (and the scroll box); shown only when `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  busy?: boolean;
  className?: string;
}

/**
 * A table on Designsystemet's `ds-table`. When it is wider than its box it scrolls inside the box (never the
 * page), and the identifying column stays in view (sticky), so every row's controls stay reachable with the
 * row's name beside them. The scroll box can be focused, so the keyboard can scroll it too.
 */
export function DataTable<Row>({ caption, showCaption, columns, rows, rowKey, busy, className }: DataTableProps<Row>) {
  return (
    <div className="table-scroll data-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table
        className={['ds-table', 'data-table', className].filter(Boolean).join(' ')}
        data-size="sm"
        aria-busy={busy || undefined}
      >
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={
                  [c.identifies ? 'data-table-id' : '', c.align === 'end' ? 'num' : '', c.className ?? '']
                    .join(' ')
                    .trim() || undefined
                }
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const cls =
                  [c.identifies ? 'data-table-id' : '', c.align === 'end' ? 'num' : '', c.className ?? '']
                    .join(' ')
                    .trim() || undefined;
                return c.identifies ? (
                  <th key={c.key} scope="row" className={cls}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cls}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
