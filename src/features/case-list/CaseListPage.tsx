import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigation, useSearchParams } from 'react-router';
import {
  caseListQueryToSearch,
  PAGE_SIZES,
  parseCaseListQuery,
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
import { FilterPanel, focusFilterPanel, type FilterChange } from './FilterPanel';

/**
 * How long a change of the list waits for its answer before the page shows it. An answer in time (the
 * usual case) is shown in one render, the new filters with the new rows, and the main thread stays free
 * for the backend meanwhile: rendering the new address first, with the old rows and "Oppdaterer …", made
 * the page and the backend compete for the two cores. A slower answer waits no longer than this: then
 * the new filters show with "Oppdaterer …" until the rows come.
 */
export const ANSWER_WAIT_MS = 100;

type QueryChange = (current: CaseListQuery) => CaseListQuery;

/**
 * Filters, search, sort and page live in the URL (a shared link or the back button restores them): the
 * page reads them with useSearchParams and every change pushes a new history entry (a search replaces
 * the entry, so the back button does not step through a word's letters).
 *
 * A change asks the server at once and moves to its address when the answer is in, or after
 * ANSWER_WAIT_MS. A change made meanwhile builds on the one still waiting (a double click on "Neste side"
 * goes two pages on), and the latest one wins. A change still waiting is dropped when the page is left or
 * another navigation began meanwhile (back, forward, a link), so it never moves the user back to this list.
 */
export function useCaseListQuery(): [CaseListQuery, (change: QueryChange, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const qc = useQueryClient();
  const query = useMemo(() => parseCaseListQuery(params), [params]);
  const onScreen = useRef(query);
  const waiting = useRef<{ query: CaseListQuery; sent: boolean } | null>(null);
  useEffect(() => {
    onScreen.current = query;
    if (waiting.current?.sent) waiting.current = null; // its address is on screen (or one after it)
  }, [query]);
  useEffect(
    () => () => {
      waiting.current = null; // the page is left: forget a change still waiting
    },
    [],
  );
  // Another page on its way (a link whose page is still loading) drops a change still waiting, too.
  const navigation = useNavigation();
  const { pathname } = useLocation();
  useEffect(() => {
    if (navigation.state !== 'idle' && navigation.location.pathname !== pathname) waiting.current = null;
  }, [navigation, pathname]);
  const setQuery = useCallback(
    (change: QueryChange, options?: { replace?: boolean }) => {
      const current = waiting.current?.query ?? onScreen.current;
      const next = change(current);
      if (next === current) return;
      const mine = { query: next, sent: false };
      waiting.current = mine;
      const from = window.location.href;
      const answered = qc.prefetchQuery(casesQuery(next));
      const waited = new Promise((resolve) => setTimeout(resolve, ANSWER_WAIT_MS));
      void Promise.race([answered, waited]).then(() => {
        if (waiting.current !== mine) return; // a later change won, or the page was left
        if (window.location.href !== from) {
          waiting.current = null; // moved elsewhere meanwhile (back, forward, a link)
          return;
        }
        mine.sent = true;
        setParams(caseListQueryToSearch(next), options);
      });
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

  const setFilter = useStableHandler((change: FilterChange) =>
    setQuery((q) => ({ ...q, filter: change(q.filter), page: 1 })),
  );
  const setSort = useStableHandler((sort: CaseSort) => setQuery((q) => ({ ...q, sort, page: 1 })));
  const turnPage = (by: number) => setQuery((q) => ({ ...q, page: Math.min(Math.max(1, q.page + by), pages) }));
  const setSearch = useStableHandler((search: string) =>
    setQuery((q) => (search === q.search ? q : { ...q, search, page: 1 }), { replace: true }),
  );
  const removeScope = () => {
    // The button goes away with the scope: keep focus in the panel instead of dropping it to <body>.
    focusFilterPanel(filtersRef.current);
    setQuery((q) => ({ ...q, scope: null, page: 1 }));
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
              <Button disabled={query.page <= 1} onClick={() => turnPage(-1)}>
                {t('paging.previous')}
              </Button>
              <span>{t('paging.pageOf', { page: formatNumber(query.page), pages: formatNumber(pages) })}</span>
              <Button disabled={query.page >= pages} onClick={() => turnPage(1)}>
                {t('paging.next')}
              </Button>
              <label className="pager-size">
                {t('paging.pageSize')}{' '}
                <select
                  value={query.pageSize}
                  onChange={(e) => {
                    const pageSize = Number(e.target.value);
                    setQuery((q) => ({ ...q, pageSize, page: 1 }));
                  }}
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
