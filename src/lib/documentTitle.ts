import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';

/** What a route says about itself: `handle: { title: 'ns:key' }` (an i18n key) names the page in the browser tab. */
export interface RouteHandle {
  title?: string;
}

const setTitle = (page: string, t: (key: string, o: Record<string, string>) => string) => {
  document.title = t('common:title.suffix', { page });
};

/**
 * Sets the browser tab's title to "<page> – Saksportal". A page that knows more than its route (the case
 * page: "000001 Edwards Munchs vei") calls this with its own text; pass undefined while it is loading.
 */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    if (page) setTitle(page, t);
  }, [page, t]);
}

/**
 * The layout's default title from the deepest route's `handle.title`. It runs as a layout effect, before
 * every page's own useDocumentTitle (a passive effect), so a page's more precise title always wins.
 */
export function useRouteTitle() {
  const { t } = useTranslation();
  const matches = useMatches();
  const key = [...matches]
    .reverse()
    .map((m) => (m.handle as RouteHandle | undefined)?.title)
    .find(Boolean);
  useLayoutEffect(() => {
    if (key) setTitle(t(key), t);
  }, [key, t]);
}
