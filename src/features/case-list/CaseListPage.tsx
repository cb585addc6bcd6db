import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  caseListQueryToSearch,
  PAGE_SIZES,
  parseCaseListQuery,
  type CaseFilterValue,
  type CaseListQuery,
  type CaseSort,
} from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatNumber } from '@/lib/format';
import { useStableHandler } from '@/lib/useStableHandler';
import { casesQuery, useCases } from './api/getCases';
import { useFilterOptions, type FilterOptionsState } from './api/getFilterOptions';
import { CaseSearchField } from './CaseSearchField';
import { CaseTable } from './CaseTable';
import { FilterPanel, focusFilterPanel } from './FilterPanel';

/**
 * Filters, search, sort and page live in the URL (a shared link or the back button restores them): the
 * page reads them with useSearchParams and every change pushes a new history entry (a search replaces
 * the entry, so the back button does not step through a word's letters).
 */
export function useCaseListQuery(): [CaseListQuery, (next: CaseListQuery, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const qc = useQueryClient();
  const query = useMemo(() => parseCaseListQuery(params), [params]);
  const setQuery = useCallback(
    (next: CaseListQuery, options?: { replace?: boolean }) => {
      // Ask the server at once, while the page re-renders for the new URL (the list's query then finds it in flight).
      void qc.prefetchQuery(casesQuery(next));
      setParams(caseListQueryToSearch(next), options);
    },
    [qc, setParams],
  );
  return [query, setQuery];
}

/** Saksliste (R6): the guide's filter panel and a free-text search over the handler-side filtered, sorted and paged cases. */
export function CaseListPage() {
  const { t } = useTranslation('caseList');
  const [query, setQuery] = useCaseListQuery();
  const list = useCases(query);
  const options = useFilterOptions();
  const { data: optionsData, isError: optionsFailed, error: optionsError, refetch: refetchOptions } = options;
  // Stable while the options do not change, so the (memoised) panel is not rendered again at every result.
  const optionsState: FilterOptionsState = useMemo(
    () => ({ data: optionsData, isError: optionsFailed, error: optionsError, retry: () => void refetchOptions() }),
    [optionsData, optionsFailed, optionsError, refetchOptions],
  );
  const filtersRef = useRef<HTMLElement>(null);

  const setFilter = useStableHandler((filter: CaseFilterValue) => setQuery({ ...query, filter, page: 1 }));
  const setSort = useStableHandler((sort: CaseSort) => setQuery({ ...query, sort, page: 1 }));
  const setPage = (page: number) => setQuery({ ...query, page });
  const setSearch = useStableHandler((search: string) => {
    if (search !== query.search) setQuery({ ...query, search, page: 1 }, { replace: true });
  });
  const removeScope = () => {
    // The button goes away with the scope: keep focus in the panel instead of dropping it to <body>.
    focusFilterPanel(filtersRef.current);
    setQuery({ ...query, scope: null, page: 1 });
  };

  // The result arrives from the server as an urgent update (React Query). The first one (the whole table)
  // waits for React's deferred copy, a transition that React renders in slices that leave the main thread
  // free; later ones (a filter, a page) show at once: the rows in view are few. The count, the rows and
  // the pager show one result together, with the sort and page it was asked with.
  const result = useMemo(() => (list.data ? { data: list.data, query } : undefined), [list.data, query]);
  const shown = useDeferredValue(result) ? result : undefined;
  const data = shown?.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));

  return (
    <section className="page case-list">
      <h1>{t('title')}</h1>
      <div className="case-list-layout">
        <aside ref={filtersRef} className="case-list-filters">
          {query.scope && (
            <p className="filter-scope">
              <span>{t('panel.scope')}</span>{' '}
              <Button variant="link" aria-label={t('panel.scopeRemove')} onClick={removeScope}>
                {t('panel.delete')}
              </Button>
            </p>
          )}
          <FilterPanel filter={query.filter} options={optionsState} onChange={setFilter} />
        </aside>
        <div className="case-list-results">
          <div className="case-list-toolbar">
            <CaseSearchField value={query.search} onSearch={setSearch} />
            <p role="status" aria-live="polite" className="case-list-count">
              {data ? t('result.count', { count: total, formatted: formatNumber(total) }) : ''}
              {list.isFetching && data ? <span className="muted"> {t('result.updating')}</span> : null}
            </p>
          </div>
          {list.isError && !list.data ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} ns="caseList" />
          ) : !data ? (
            <Loading />
          ) : data.items.length === 0 ? (
            <Empty>
              <p>{t('result.empty')}</p>
              <p className="muted">{t('result.emptyHint')}</p>
            </Empty>
          ) : (
            <>
              {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} ns="caseList" />}
              <CaseTable items={data.items} sort={shown.query.sort} onSort={setSort} />
            </>
          )}
          {data && total > 0 && (
            <nav className="pager" aria-label={t('paging.label')}>
              <Button disabled={query.page <= 1} onClick={() => setPage(query.page - 1)}>
                {t('paging.previous')}
              </Button>
              <span>{t('paging.pageOf', { page: formatNumber(query.page), pages: formatNumber(pages) })}</span>
              <Button disabled={query.page >= pages} onClick={() => setPage(query.page + 1)}>
                {t('paging.next')}
              </Button>
              <label className="pager-size">
                {t('paging.pageSize')}{' '}
                <select
                  value={query.pageSize}
                  onChange={(e) => setQuery({ ...query, pageSize: Number(e.target.value), page: 1 })}
                >
                  {PAGE_SIZES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}
