import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { signInAs } from '@test/renderApp';
import { server } from '@mocks/node';
import { db, IDS } from '@mocks/db';
import { createQueryClient } from '@/app/providers';
import { apiRequest, isApiError } from './client';
import { useCaseAsOpened, useCaseMutation, type CaseBasis } from './caseMutation';
import { CaseDetail } from './contract';
import { caseKeys, caseQuery, getCase } from './endpoints/cases';

/** The one case mutation hook against the real handlers: which version it sends, what it caches, what it invalidates. */
const INSURER = 'saksbehandler@jorn6.test';
const CASE = IDS.guideCase;
const setReminder = (reminder: boolean, c: CaseBasis) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${CASE}/reminder`,
    body: { reminder, version: c.version },
    schema: CaseDetail,
  });

function setup() {
  signInAs(INSURER);
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

describe('useCaseMutation', () => {
  it('a dialog sends the version it opened with: a change made meanwhile answers 409 and is not overwritten', async () => {
    const { client, wrapper } = setup();
    const opened: CaseBasis = await getCase(CASE);
    const { result, rerender } = renderHook(
      ({ shown }: { shown: CaseBasis }) =>
        useCaseMutation(useCaseAsOpened(shown), (on: boolean, c) => setReminder(on, c)),
      { wrapper, initialProps: { shown: opened } },
    );
    // Meanwhile (another tab): the reminder is switched on; this tab's query brings the new version.
    const other = db().cases.update(CASE, (c) => ({ ...c, reminder: true, version: c.version + 1 }));
    rerender({ shown: { id: CASE, version: other.version } });

    act(() => result.current.mutate(false));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(isApiError(result.current.error) && result.current.error.status).toBe(409);
    expect(db().cases.get(CASE)!.reminder).toBe(true);

    // "Prøv igjen": the user acts on the case as it is now (as the page's refetch after the error brings it).
    await client.fetchQuery(caseQuery(CASE));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(db().cases.get(CASE)!.reminder).toBe(false);
  });

  it('an action on the page sends the version on screen when the user acts', async () => {
    const { wrapper } = setup();
    const before: CaseBasis = await getCase(CASE);
    const { result, rerender } = renderHook(
      ({ shown }: { shown: CaseBasis }) => useCaseMutation(shown, (on: boolean, c) => setReminder(on, c)),
      {
        wrapper,
        initialProps: { shown: before },
      },
    );
    const other = db().cases.update(CASE, (c) => ({ ...c, version: c.version + 1 }));
    rerender({ shown: { id: CASE, version: other.version } });
    act(() => result.current.mutate(true));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(db().cases.get(CASE)!.reminder).toBe(true);
  });

  it("writes the returned case into the cache and invalidates the case's one key tree and its lists", async () => {
    const { client, wrapper } = setup();
    const before = await getCase(CASE);
    client.setQueryData(caseKeys.detail(CASE), before);
    const work = [...caseKeys.detail(CASE), 'work', 'chat'];
    const list = caseKeys.list({ status: ['open'] });
    const otherCase = caseKeys.detail('case-2');
    for (const key of [work, list, otherCase]) client.setQueryData(key, { any: 'thing' });

    let cachedOnSuccess: CaseDetail | undefined;
    const { result } = renderHook(
      () =>
        useCaseMutation(before, (on: boolean, c) => setReminder(on, c), {
          onSuccess: () => {
            cachedOnSuccess = client.getQueryData<CaseDetail>(caseKeys.detail(CASE));
          },
        }),
      { wrapper },
    );
    act(() => result.current.mutate(true));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(cachedOnSuccess?.reminder).toBe(true);
    expect(cachedOnSuccess?.version).toBe(before.version + 1);
    await waitFor(() => expect(client.getQueryState(work)?.isInvalidated).toBe(true));
    expect(client.getQueryState(list)?.isInvalidated).toBe(true);
    expect(client.getQueryState(otherCase)?.isInvalidated).toBe(false);
  });

  it('after a server failure (5xx) refetches nothing: the failure says nothing new about the case', async () => {
    const { client, wrapper } = setup();
    const before: CaseBasis = await getCase(CASE);
    const work = [...caseKeys.detail(CASE), 'work', 'chat'];
    client.setQueryData(work, { any: 'thing' });
    server.use(
      http.put(
        '*/api/cases/:caseId/reminder',
        () => HttpResponse.json({ code: 'unavailable', message: 'down' }, { status: 503 }),
        { once: true },
      ),
    );
    const { result } = renderHook(() => useCaseMutation(before, (on: boolean, c) => setReminder(on, c)), { wrapper });
    act(() => result.current.mutate(true));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(client.getQueryState(work)?.isInvalidated).toBe(false);
  });
});
