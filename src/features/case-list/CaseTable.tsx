import { useRef } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSort, CaseSortKey, CaseSummary } from '@/api/contract';
import { formatDate, formatNok } from '@/lib/format';

export const ROW_HEIGHT = 44;
const VIEWPORT_ROWS = 14;
const FALLBACK_RECT = { width: 1024, height: ROW_HEIGHT * VIEWPORT_ROWS };

interface Column {
  id: string;
  label: string;
  sortKey?: CaseSortKey;
  render: (c: CaseSummary) => React.ReactNode;
}

/**
 * The case rows of one page with table semantics (role table/row/columnheader/cell, aria-rowcount and
 * aria-rowindex), rendering only the rows in view: a page of 1,000 cases costs no more than one of 20.
 */
export function CaseTable({ items, sort, onSort }: { items: CaseSummary[]; sort: CaseSort; onSort: (s: CaseSort) => void }) {
  const { t } = useTranslation('caseList');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Before the first measurement, and where there is no layout (jsdom), assume a viewport of rows.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
  });

  const columns: Column[] = [
    { id: 'reference', label: t('table.reference'), sortKey: 'reference', render: (c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link> },
    { id: 'address', label: t('table.address'), render: (c) => c.address.street },
    { id: 'city', label: t('table.city'), sortKey: 'city', render: (c) => `${c.address.postalCode} ${c.address.city}` },
    { id: 'customer', label: t('table.customer'), render: (c) => c.customerName },
    { id: 'status', label: t('table.status'), sortKey: 'status', render: (c) => (
      <>
        {t(`status.${c.status}`)}
        {c.attention && <span className="case-attention" title={t('table.attention')}> <span aria-hidden="true">!</span><span className="visually-hidden">{t('table.attention')}</span></span>}
      </>
    ) },
    { id: 'damageType', label: t('table.damageType'), sortKey: 'damageType', render: (c) => t(`damageType.${c.damageType}`) },
    { id: 'createdAt', label: t('table.createdAt'), sortKey: 'createdAt', render: (c) => formatDate(c.createdAt) },
    { id: 'inspectionAt', label: t('table.inspectionAt'), sortKey: 'inspectionAt', render: (c) => (c.inspectionAt ? formatDate(c.inspectionAt) : '') },
    { id: 'external', label: t('table.externalCaseHandler'), render: (c) =>
      c.externalOfficeName ? `${c.externalUserName ?? t('table.notAssigned')} (${c.externalOfficeName})` : '' },
    { id: 'budget', label: t('table.budget'), sortKey: 'budget', render: (c) => formatNok(c.budgetTotal) },
  ];

  const ariaSort = (key?: CaseSortKey) => (key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const toggle = (key: CaseSortKey) =>
    onSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'createdAt' || key === 'budget' ? 'desc' : 'asc' });

  const virtualRows = virtualizer.getVirtualItems();
  return (
    <div role="table" aria-label={t('table.label')} aria-rowcount={items.length + 1} className="case-table">
      <div role="rowgroup" className="case-table-head">
        <div role="row" aria-rowindex={1} className="case-table-row">
          {columns.map((col) => (
            <div role="columnheader" key={col.id} aria-sort={ariaSort(col.sortKey)} className={`case-col case-col-${col.id}`}>
              {col.sortKey ? (
                <button type="button" className="case-sort" onClick={() => toggle(col.sortKey as CaseSortKey)}>
                  {col.label}
                  <span aria-hidden="true">{sort.key === col.sortKey ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                col.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={scrollRef}
        className="case-table-body"
        style={{ height: Math.min(items.length, VIEWPORT_ROWS) * ROW_HEIGHT + 2 }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((vr) => {
            const c = items[vr.index] as CaseSummary;
            return (
              <div
                role="row"
                key={c.id}
                aria-rowindex={vr.index + 2}
                className="case-table-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${vr.start}px)` }}
              >
                {columns.map((col) => (
                  <div role="cell" key={col.id} className={`case-col case-col-${col.id}`}>{col.render(c)}</div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
