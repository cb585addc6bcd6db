import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { caseQuery } from '@/api/endpoints/cases';
import type { CaseDetail } from '@/api/contract';
import { isApiError } from '@/api/client';
import { useDocumentTitle } from '@/lib/documentTitle';
import { ErrorState, Loading } from '@/components/ui/States';
import { ExternalRoleActions } from '@/features/assign-office/ExternalRoleActions';
import { CaseHeader } from '@/features/case-header/CaseHeader';
import { CaseTabs } from '@/features/case/CaseTabs';
import { NotFound } from '../Forbidden';

/** The case page (/cases/:caseId): the header (R3, R4) with the role's actions, above the tabs (R5). */
export function Component() {
  const { caseId = '' } = useParams();
  const q = useQuery(caseQuery(caseId));
  // The case arrives as an urgent update (React Query). Its first render (the whole page) waits for React's
  // deferred copy, a transition that React slices instead of blocking the main thread; later changes to
  // the same case show at once, with the confirmation of the change that made them.
  const deferred = useDeferredValue(q.data);
  const shown = deferred && deferred.id === q.data?.id ? q.data : undefined;
  // The page's first render draws the header, and the tabs in a transition after it: one commit and one
  // style and layout of the whole page were its longest tasks on a phone (~35 and ~55 ms here).
  const [tabsShown, setTabsShown] = useState(false);
  useEffect(() => {
    if (shown && !tabsShown) startTransition(() => setTabsShown(true));
  }, [shown, tabsShown]);
  useCaseDocumentTitle(q.data);
  if (q.isPending) return <Loading />;
  // A failed background refetch keeps showing the case (the failed change shows its own error).
  if (!q.data) {
    if (isApiError(q.error) && q.error.status === 404) return <NotFound />;
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (!shown) return <Loading />;
  return (
    <article className="case-page">
      <CaseHeader caseDetail={shown} externalCaseHandlerActions={<ExternalRoleActions caseDetail={shown} />} />
      {tabsShown && <CaseTabs caseDetail={shown} />}
    </article>
  );
}

/** The browser tab names the case: "000001 Edwards Munchs vei – Saksportal". */
function useCaseDocumentTitle(c: CaseDetail | undefined) {
  const { t } = useTranslation();
  useDocumentTitle(c ? t('caseHeader:documentTitle', { reference: c.reference, street: c.address.street }) : undefined);
}
