import { http } from 'msw';
import type { UpdateMemberInput } from '@/api/contract';
import type { UserRow } from '@mocks/db/schema';
import { server } from '@mocks/node';
/** Set by `expectInternalErrors()`: the test set-up then lets this test's 500 answers pass. */
export const internalErrorsExpected = { value: false };
/** For a test that provokes a 500 on purpose (the error contract itself). */
export function expectInternalErrors() {
  internalErrorsExpected.value = true;
}

/**
 * Runs the tests of a file on the IndexedDB store (fake-indexeddb), shared like two tabs of a browser share
 * it, instead of the memory-only store the screen tests use.
 */
export function onIndexedDb() {
  beforeAll(async () => {
    const { openDb, resetDb } = await import('@mocks/db');
    await openDb({ persist: true });
    await resetDb();
  });
  afterAll(async () => {
    const { openDb } = await import('@mocks/db');
    await openDb({ persist: false });
  });
}

/** Plain HTTP against the msw/node server, as a real client (or another server) would call the API. */
export async function call(method: string, path: string, opts: { token?: string | null; body?: unknown } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${window.location.origin}/api${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bodies are read loosely and asserted on
  const json: any = text ? JSON.parse(text) : undefined;
  return { status: res.status, json };
}

/**
 * The "Rediger medlem" body for a stored user, as the form sends it unchanged; `over` replaces fields
 * (hostile values too: the handler tests send what the form never would).
 */
export function memberBody<O extends object = Partial<UpdateMemberInput>>(u: UserRow, over?: O) {
  const body: UpdateMemberInput = {
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    password: '',
    userCode: u.userCode,
    mobile: u.mobile,
    useMobileForSecurityCode: u.useMobileForSecurityCode,
    securityMobile: u.securityMobile,
    status: u.status,
    deputyId: u.deputyId,
    authLevel: u.authLevel,
    companyId: u.companyId,
    officeId: u.officeId,
    inspectorExtraRights: u.inspectorExtraRights,
    externalCaseHandler: u.externalCaseHandler,
    budgetLimit: u.budgetLimit,
    version: u.version,
  };
  return { ...body, ...over };
}

/**
 * Holds every GET that `path` matches (an msw path with a leading wildcard, as the tests use) until the
 * returned function is called; then the real handler answers. For what a screen shows meanwhile.
 */
export function holdGets(path: string): () => void {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  server.use(
    http.get(path, async () => {
      await gate;
      return undefined;
    }),
  );
  return () => release();
}
