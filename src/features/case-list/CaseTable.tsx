import { memo, useRef, useState } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSort, CaseSortKey, CaseSummary } from '@/api/contract';
import { formatDate, formatMoney } from '@/lib/format';

export const ROW_HEIGHT = 44;
const VIEWPORT_ROWS = 14;
const FALLBACK_RECT = { width: 1024, height: ROW_HEIGHT * VIEWPORT_ROWS };

/**
 * The scroll box's size for the virtualizer, from its ResizeObserver (after the browser's own layout).
 * The library's default also reads it at once while React commits, which forces a layout of the whole
 * page in the middle of the first render (~30 ms in a profile); until the first observation the
 * virtualizer uses `initialRect`. Where nothing has a size (jsdom) it keeps assuming a viewport of rows.
 */
function observeBox(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  const el = instance.scrollElement;
  const Observer = instance.targetWindow?.ResizeObserver;
  if (!el || !Observer) return;
  const observer = new Observer(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    const rect = box ? { width: box.inlineSize, height: box.blockSize } : el.getBoundingClientRect();
    cb(rect.height > 0 ? { width: Math.round(rect.width), height: Math.round(rect.height) } : FALLBACK_RECT);
  });
  observer.observe(el, { box: 'border-box' });
  return () => observer.unobserve(el);
}

interface Column {
  id: string;
  label: string;
  sortKey?: CaseSortKey;
  /** A second sort key shown in the same header (Poststed under Adresse). */
  extraSort?: { key: CaseSortKey; label: string };
  render: (c: CaseSummary) => React.ReactNode;
}

/**
 * The case rows of one page with table semantics (role table/row/columnheader/cell, aria-rowcount and
 * aria-rowindex), rendering only the rows in view: a page of 1,000 cases costs no more than one of 20.
 *
 * It fits its box instead of widening the page: columns are shown by priority as the table's own width
 * allows (container queries in styles.css), long text wraps (rows grow, and are measured), every row has a
 * detail toggle that shows all its fields (also those of hidden columns), and below 768 px each row is a card.
 */
export const CaseTable = memo(function CaseTable({
  items,
  sort,
  onSort,
}: {
  items: CaseSummary[];
  sort: CaseSort;
  onSort: (s: CaseSort) => void;
}) {
  const { t } = useTranslation('caseList');
  const { t: tc } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => items[i]?.id ?? i,
    overscan: 8,
    // Before the first measurement, and where there is no layout (jsdom), assume a viewport of rows.
    initialRect: FALLBACK_RECT,
    observeElementRect: observeBox,
    // Rows wrap and open, so each is measured, by its ResizeObserver after the browser's own layout: read
    // while React commits, a row's size would force a layout per row. Until then a row keeps the size it
    // was last measured at (one line at first; also where nothing has a size, in jsdom).
    measureElement: (el, entry, instance) => {
      if (entry) return entry.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height;
      const i = Number(el.getAttribute('data-index'));
      return instance.itemSizeCache.get(items[i]?.id ?? i) ?? ROW_HEIGHT;
    },
  });

  const external = (c: CaseSummary) =>
    c.externalOfficeName ? `${c.externalUserName ?? t('table.notAssigned')} (${c.externalOfficeName})` : '';
  const columns: Column[] = [
    {
      id: 'reference',
      label: t('table.reference'),
      sortKey: 'reference',
      render: (c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link>,
    },
    {
      id: 'address',
      label: t('table.address'),
      extraSort: { key: 'city', label: t('table.city') },
      render: (c) => (
        <>
          <span className="case-street">{c.address.street}</span>
          <span className="case-city">{`${c.address.postalCode} ${c.address.city}`}</span>
        </>
      ),
    },
    { id: 'customer', label: t('table.customer'), render: (c) => c.customerName },
    {
      id: 'status',
      label: t('table.status'),
      sortKey: 'status',
      render: (c) => (
        <>
          {t(`status.${c.status}`)}
          {c.attention && (
            <span className="case-attention" title={t('table.attention')}>
              {' '}
              <span aria-hidden="true">!</span>
              <span className="visually-hidden">{t('table.attention')}</span>
            </span>
          )}
        </>
      ),
    },
    {
      id: 'damageType',
      label: t('table.damageType'),
      sortKey: 'damageType',
      render: (c) => t(`damageType.${c.damageType}`),
    },
    { id: 'createdAt', label: t('table.createdAt'), sortKey: 'createdAt', render: (c) => formatDate(c.createdAt) },
    {
      id: 'inspectionAt',
      label: t('table.inspectionAt'),
      sortKey: 'inspectionAt',
      render: (c) => (c.inspectionAt ? formatDate(c.inspectionAt) : ''),
    },
    { id: 'external', label: t('table.externalCaseHandler'), render: external },
    { id: 'budget', label: t('table.budget'), sortKey: 'budget', render: (c) => formatMoney(c.budgetTotal) },
  ];

  const ariaSort = (key?: CaseSortKey) =>
    key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  const toggle = (key: CaseSortKey) =>
    onSort(
      sort.key === key
        ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'createdAt' || key === 'budget' ? 'desc' : 'asc' },
    );
  const sortButton = (key: CaseSortKey, label: string) => (
    <button type="button" className="case-sort" onClick={() => toggle(key)}>
      {label}
      <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
    </button>
  );
  const flip = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const virtualRows = virtualizer.getVirtualItems();
  return (
    <div role="table" aria-label={t('table.label')} aria-rowcount={items.length + 1} className="case-table">
      <div role="rowgroup" className="case-table-head">
        <div role="row" aria-rowindex={1} className="case-table-row">
          {columns.map((col) => (
            <div
              role="columnheader"
              key={col.id}
              aria-sort={ariaSort(col.sortKey) ?? ariaSort(col.extraSort?.key)}
              className={`case-col case-col-${col.id}`}
            >
              {col.sortKey ? sortButton(col.sortKey, col.label) : col.label}
              {col.extraSort && (
                <span className="case-col-extra">{sortButton(col.extraSort.key, col.extraSort.label)}</span>
              )}
            </div>
          ))}
          <div role="columnheader" className="case-col case-col-details">
            <span className="visually-hidden">{tc('rowDetails.column')}</span>
          </div>
        </div>
      </div>
      <div
        role="rowgroup"
        ref={scrollRef}
        className="case-table-body"
        style={{ maxHeight: VIEWPORT_ROWS * ROW_HEIGHT + 2 }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((vr) => {
            const c = items[vr.index] as CaseSummary;
            const isOpen = open.has(c.id);
            const detailId = `case-detail-${c.id}`;
            return (
              <div
                role="row"
                key={c.id}
                data-index={vr.index}
                ref={virtualizer.measureElement}
                aria-rowindex={vr.index + 2}
                className={`case-table-row${c.attention ? ' case-row-attention' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${vr.start}px)` }}
              >
                {columns.map((col) => (
                  <div role="cell" key={col.id} className={`case-col case-col-${col.id}`} data-label={col.label}>
                    {col.render(c)}
                  </div>
                ))}
                <div role="cell" className="case-col case-col-details">
                  <button
                    type="button"
                    className="case-details-toggle"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? detailId : undefined}
                    aria-label={tc(isOpen ? 'rowDetails.hide' : 'rowDetails.show', { name: c.reference })}
                    onClick={() => flip(c.id)}
                  >
                    <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
                  </button>
                  {isOpen && (
                    <dl id={detailId} className="case-detail">
                      {columns.slice(1).map((col) => (
                        <div key={col.id}>
                          <dt>{col.label}</dt>
                          <dd>{col.render(c) || '–'}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
