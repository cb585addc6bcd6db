import { useEffect } from 'react';
import { useLocation } from 'react-router';

const KEY = 'saksportal.caseListUrl';
const LIST = '/cases';

/**
 * The case list remembers its URL (filters, search, page) for this browser tab, so the case page's
 * breadcrumb "Saksliste" leads back to the list as the user left it, also after a reload of the case.
 */
export function useRememberCaseListUrl() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, pathname + search);
    } catch {
      // Storage full or blocked: the breadcrumb falls back to the plain list.
    }
  }, [pathname, search]);
}

/** Where "Saksliste" in the case page's breadcrumb leads: the list as last seen in this tab, else the plain list. */
export function caseListReturnUrl(): string {
  try {
    const url = sessionStorage.getItem(KEY);
    return url && (url === LIST || url.startsWith(`${LIST}?`)) ? url : LIST;
  } catch {
    return LIST;
  }
}
