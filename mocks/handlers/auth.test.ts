import { signInAs } from '@test/renderApp';
import { call, onIndexedDb, memberBody } from '@test/api';
import { db, IDS, reloadDb } from '@mocks/db';
import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS } from './auth';

onIndexedDb();

const login = (email: string, password: string) => call('POST', '/auth/login', { body: { email, password } });

describe('sign-in throttling', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`${MAX_FAILED_SIGN_INS} wrong passwords within 15 minutes: then 429 with Retry-After, even with the right one`, async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++)
      expect((await login('handverker@hansjorn.test', `feil${i}`)).status).toBe(401);
    const res = await fetch(`${window.location.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'Handverker@Hansjorn.test', password: 'demo' }),
    });
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('Retry-After'));
    expect(retry).toBeGreaterThan(SIGN_IN_WINDOW_MS / 1000 - 120);
    expect(retry).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
    expect(await res.json()).toMatchObject({ code: 'too_many_attempts', params: { retryAfterSeconds: retry } });
    // Other accounts are not affected.
    expect((await login('admin@jorn6.test', 'demo')).status).toBe(200);
  });

  it('counts survive a reload (they are stored) and reach other tabs', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await login('handverker@hansjorn.test', 'feil');
    await reloadDb();
    expect((await login('handverker@hansjorn.test', 'demo')).status).toBe(429);
  });

  it('four wrong, then the right one: signed in, and the count starts again', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await login('handverker@hansjorn.test', 'feil');
    expect((await login('handverker@hansjorn.test', 'demo')).status).toBe(200);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await login('handverker@hansjorn.test', 'feil');
    expect((await login('handverker@hansjorn.test', 'demo')).status).toBe(200);
  });

  it('the window passes: 15 minutes after the first failure, signing in works again', async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await login('handverker@hansjorn.test', 'feil');
    expect((await login('handverker@hansjorn.test', 'demo')).status).toBe(429);
    vi.setSystemTime(Date.now() + SIGN_IN_WINDOW_MS + 1000);
    expect((await login('handverker@hansjorn.test', 'demo')).status).toBe(200);
  });

  it('unknown e-mails are throttled the same way (no hint which accounts exist)', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++)
      expect((await login('finnes.ikke@example.test', 'x')).status).toBe(401);
    expect((await login('finnes.ikke@example.test', 'x')).status).toBe(429);
  });
});

describe('sessions end when the credentials change', () => {
  it("a password change by the admin ends the user's sessions in every tab", async () => {
    const t1 = (await login('handverker@hansjorn.test', 'demo')).json.token;
    const t2 = (await login('handverker@hansjorn.test', 'demo')).json.token;
    const admin = signInAs('admin@jorn6.test');
    const u = db().users.get(IDS.craftsman)!;
    expect(
      (
        await call('PUT', `/members/${IDS.craftsman}`, {
          token: admin,
          body: memberBody(u, { password: 'nyttpassord' }),
        })
      ).status,
    ).toBe(200);
    expect((await call('GET', '/auth/session', { token: t1 })).status).toBe(401);
    expect((await call('GET', '/auth/session', { token: t2 })).status).toBe(401);
    // the admin's own session is untouched, and the new password works
    expect((await call('GET', '/auth/session', { token: admin })).status).toBe(200);
    expect((await login('handverker@hansjorn.test', 'nyttpassord')).status).toBe(200);
  });

  it('a deactivation ends the sessions for good (re-activating does not revive them)', async () => {
    const t = (await login('handverker@hansjorn.test', 'demo')).json.token;
    const admin = signInAs('admin@jorn6.test');
    let u = db().users.get(IDS.craftsman)!;
    expect(
      (await call('PUT', `/members/${IDS.craftsman}`, { token: admin, body: memberBody(u, { status: 'inactive' }) }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/auth/session', { token: t })).status).toBe(401);
    u = db().users.get(IDS.craftsman)!;
    expect(
      (await call('PUT', `/members/${IDS.craftsman}`, { token: admin, body: memberBody(u, { status: 'active' }) }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/auth/session', { token: t })).status).toBe(401);
    expect(db().sessions.where((s) => s.userId === IDS.craftsman)).toEqual([]);
  });

  it('an edit that changes neither keeps the sessions', async () => {
    const t = (await login('handverker@hansjorn.test', 'demo')).json.token;
    const admin = signInAs('admin@jorn6.test');
    const u = db().users.get(IDS.craftsman)!;
    expect(
      (await call('PUT', `/members/${IDS.craftsman}`, { token: admin, body: memberBody(u, { lastName: 'Snekker' }) }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/auth/session', { token: t })).status).toBe(200);
  });
});

describe('length limits at sign-in', () => {
  it('a 1 MB e-mail or a 5 MB password answers 422 and stores nothing', async () => {
    expect((await login(`${'a'.repeat(1_000_000)}@x.no`, 'demo')).status).toBe(422);
    expect((await login('handverker@hansjorn.test', 'x'.repeat(5_000_000))).status).toBe(422);
    expect(db().loginThrottle.size).toBe(0);
  });
});
