import { signInAs } from '@test/renderApp';
import { call, expectInternalErrors, onIndexedDb, memberBody } from '@test/api';
import { db, IDS, reloadDb, SharedStore, sharedStore } from '@mocks/db';
import { server } from '@mocks/node';
import { route } from './http';

onIndexedDb();

/** Handler-level tests of the store behind the API: two tabs, full storage, errors that never leak, hostile input. */

const user = (id: string) => db().users.get(id)!;

async function otherTab() {
  // The same IndexedDB and channel as this "tab" (the msw/node server's store): a second tab of the browser.
  const s = await SharedStore.open();
  return s;
}

describe('two tabs (one IndexedDB, one channel) through the API', () => {
  it("keeps both tabs' changes, and a stale save from this tab answers 409 and changes nothing", async () => {
    const token = signInAs('admin@jorn6.test');
    const readInThisTab = user(IDS.craftsman);
    const tabB = await otherTab();
    try {
      // Tab B saves the same member (and another one) first.
      await tabB.write((d) => {
        d.users.update(IDS.craftsman, (u) => ({ ...u, lastName: 'Fra fane B', version: u.version + 1 }));
        d.users.update(IDS.jornService, (u) => ({ ...u, lastName: 'Også B', version: u.version + 1 }));
      });
      // This tab saves a member B did not touch: kept.
      const other = user(IDS.caseHandler);
      expect(
        (
          await call('PUT', `/members/${IDS.caseHandler}`, {
            token,
            body: memberBody(other, { lastName: 'Fra fane A' }),
          })
        ).status,
      ).toBe(200);
      // This tab saves the member B changed, from what it read before: 409, nothing changed.
      const stale = await call('PUT', `/members/${IDS.craftsman}`, {
        token,
        body: memberBody(readInThisTab, { firstName: 'Tapt' }),
      });
      expect(stale.status).toBe(409);
      expect(stale.json.code).toBe('stale_version');
      expect(user(IDS.craftsman)).toMatchObject({
        lastName: 'Fra fane B',
        firstName: readInThisTab.firstName,
        version: readInThisTab.version + 1,
      });

      // A third tab (a reload) has all of it.
      await reloadDb();
      expect(user(IDS.craftsman).lastName).toBe('Fra fane B');
      expect(user(IDS.jornService).lastName).toBe('Også B');
      expect(user(IDS.caseHandler).lastName).toBe('Fra fane A');
      // and the other tab learnt this tab's change too
      await tabB.sync();
      expect(tabB.db.users.get(IDS.caseHandler)?.lastName).toBe('Fra fane A');
    } finally {
      tabB.close();
    }
  });

  it('a GET shows what another tab wrote a moment ago', async () => {
    const token = signInAs('admin@jorn6.test');
    const tabB = await otherTab();
    try {
      await tabB.write((d) =>
        d.users.update(IDS.craftsman, (u) => ({ ...u, firstName: 'Nettopp', version: u.version + 1 })),
      );
      // As soon as the other tab's message has arrived (a read does not go to IndexedDB itself).
      await vi.waitFor(
        async () => expect((await call('GET', `/members/${IDS.craftsman}`, { token })).json.firstName).toBe('Nettopp'),
        { timeout: 5000 },
      );
    } finally {
      tabB.close();
    }
  });

  it("signing in in another tab as another account leaves this tab's session valid", async () => {
    const a = await call('POST', '/auth/login', { body: { email: 'admin@jorn6.test', password: 'demo' } });
    const b = await call('POST', '/auth/login', { body: { email: 'kontor@hansjorn.test', password: 'demo' } });
    expect((await call('GET', '/auth/session', { token: a.json.token })).json.email).toBe('admin@jorn6.test');
    expect((await call('GET', '/auth/session', { token: b.json.token })).json.email).toBe('kontor@hansjorn.test');
  });
});

describe('full storage', () => {
  afterEach(async () => {
    (await sharedStore()).persistFault = null;
  });

  it('a save that cannot be persisted answers 507 with a clear message, and is not applied', async () => {
    const token = signInAs('admin@jorn6.test');
    const before = user(IDS.craftsman);
    (await sharedStore()).persistFault = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const r = await call('PUT', `/members/${IDS.craftsman}`, {
      token,
      body: memberBody(before, { firstName: 'Aldri lagret' }),
    });
    expect(r.status).toBe(507);
    expect(r.json).toMatchObject({ code: 'storage_full' });
    expect(r.json.message).toMatch(/no room.*nothing was saved/i);
    expect(user(IDS.craftsman)).toEqual(before);
    expect((await call('GET', '/system/status')).json.storageProblem).toBe('quota');

    await reloadDb();
    expect(user(IDS.craftsman).firstName).toBe(before.firstName);
  });

  it('sign-in with full storage answers 507 (not "something went wrong"), and reset works without a session', async () => {
    (await sharedStore()).persistFault = new DOMException('full', 'QuotaExceededError');
    const r = await call('POST', '/auth/login', { body: { email: 'admin@jorn6.test', password: 'demo' } });
    expect(r.status).toBe(507);
    expect(r.json.code).toBe('storage_full');
    expect((await call('POST', '/system/reset', { body: {} })).status).toBe(200);
    expect((await call('GET', '/system/status')).json.storageProblem).toBeNull();
    expect((await call('POST', '/auth/login', { body: { email: 'admin@jorn6.test', password: 'demo' } })).status).toBe(
      200,
    );
  });
});

describe('errors never leak', () => {
  it('an unexpected exception answers 500 {code:"internal"} without a stack or the message', async () => {
    expectInternalErrors();
    server.use(
      route(
        'get',
        '/test-boom',
        () => {
          throw new TypeError('Cannot read properties of undefined (reading secretField) at handler.ts:12');
        },
        { public: true },
      ),
    );
    const r = await call('GET', '/test-boom');
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ code: 'internal', message: 'Internal error' });
    expect(JSON.stringify(r.json)).not.toMatch(/secretField|stack|\.ts/);
  });

  it('a handler that breaks in the middle of a write leaves nothing behind', async () => {
    expectInternalErrors();
    server.use(
      route(
        'post',
        '/test-half',
        ({ db: d }) => {
          d.users.update(IDS.craftsman, (u) => ({ ...u, firstName: 'Halvveis' }));
          throw new Error('boom');
        },
        { public: true },
      ),
    );
    expect((await call('POST', '/test-half', { body: {} })).status).toBe(500);
    expect(user(IDS.craftsman).firstName).not.toBe('Halvveis');
  });
});

describe('hostile input', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
    'a JSON body sent as "%s" answers 415 and changes nothing',
    async (type) => {
      const token = signInAs('admin@jorn6.test');
      const before = user(IDS.craftsman);
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      if (type) headers['Content-Type'] = type;
      const res = await fetch(`${window.location.origin}/api/members/${IDS.craftsman}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify(memberBody(before, { firstName: 'Form' })),
      });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ code: 'unsupported_media_type' });
      expect(user(IDS.craftsman)).toEqual(before);
    },
  );

  it('application/json with a charset, and vendor +json types, are accepted', async () => {
    const token = signInAs('admin@jorn6.test');
    const before = user(IDS.craftsman);
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const cur = user(IDS.craftsman);
      const res = await fetch(`${window.location.origin}/api/members/${IDS.craftsman}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
        body: JSON.stringify(memberBody(cur, { firstName: 'Json' })),
      });
      expect(res.status, type).toBe(200);
    }
    expect(user(IDS.craftsman).version).toBe(before.version + 2);
  });

  it.each<[string, number]>([
    ['', 422],
    ['?version=', 422],
    ['?version=0x1', 422],
    ['?version=1e0', 422],
    ['?version=-1', 422],
    ['?version=1.0', 422],
    ['?version=%201', 422],
  ])('DELETE a task with "%s" answers %s and removes nothing', async (query, status) => {
    const token = signInAs('saksbehandler@jorn6.test');
    const c = db().cases.get(IDS.guideCase)!;
    const added = await call('POST', `/cases/${IDS.guideCase}/tasks`, {
      token,
      body: { type: 'painting', version: c.version },
    });
    expect(added.status).toBe(201);
    const task = added.json.tasks.at(-1);
    const r = await call('DELETE', `/cases/${IDS.guideCase}/tasks/${task.id}${query}`, { token });
    expect(r.status).toBe(status);
    expect(r.json.fieldErrors).toHaveProperty('version');
    expect(
      db()
        .cases.get(IDS.guideCase)!
        .tasks.some((t) => t.id === task.id),
    ).toBe(true);
    // A plain decimal version works.
    const ok = await call(
      'DELETE',
      `/cases/${IDS.guideCase}/tasks/${task.id}?version=${db().cases.get(IDS.guideCase)!.version}`,
      { token },
    );
    expect(ok.status).toBe(204);
  });
});

describe('/system/* (demo controls)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('answers only in demo mode: with VITE_DEMO_MODE=false every /system path is 404 and nothing is reset', async () => {
    vi.stubEnv('VITE_DEMO_MODE', 'false');
    const token = signInAs('admin@jorn6.test');
    db().users.update(IDS.craftsman, (u) => ({ ...u, firstName: 'Beholdes' }));
    expect((await call('GET', '/system/status')).status).toBe(404);
    expect((await call('POST', '/system/reset', { token, body: {} })).status).toBe(404);
    expect((await call('PUT', '/system/chaos', { token, body: { latencyMs: 0, failRate: 1 } })).status).toBe(404);
    expect(user(IDS.craftsman).firstName).toBe('Beholdes');
  });

  it('logs every reset and chaos change with who and when', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const token = signInAs('kontor@hansjorn.test');
    expect((await call('PUT', '/system/chaos', { token, body: { latencyMs: 5, failRate: 0 } })).status).toBe(200);
    expect(
      db()
        .audit.all()
        .map((a) => [a.action, a.userId]),
    ).toEqual([['chaos', IDS.officeAdmin]]);
    expect((await call('POST', '/system/reset', { token, body: {} })).status).toBe(200);
    expect(
      db()
        .audit.all()
        .map((a) => [a.action, a.userId]),
    ).toEqual([['reset', IDS.officeAdmin]]);
    expect(Date.now() - Date.parse(db().audit.all()[0]!.at)).toBeLessThan(60_000);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/kontor@hansjorn\.test reset/));
    await call('PUT', '/system/chaos', {
      token: signInAs('kontor@hansjorn.test'),
      body: { latencyMs: 0, failRate: 0 },
    });
  });

  it('refuses a case count beyond the bound, and unknown fields', async () => {
    for (const body of [{ caseCount: 400_000 }, { caseCount: 0 }, { caseCount: 1.5 }, { evil: true }]) {
      expect((await call('POST', '/system/reset', { body })).status).toBe(422);
    }
    expect(db().cases.size).toBe(240);
  });

  it('the status names stored rows that were dropped on load', async () => {
    // A case reduced to its id, as a broken or hostile store could hold it.
    const s = await sharedStore();
    await s.write((d) =>
      d.logs.insert({
        id: 'log-x',
        caseId: IDS.guideCase,
        at: new Date().toISOString(),
        actorId: null,
        action: 'x',
        params: {},
      }),
    );
    const { Dexie } = await import('dexie');
    const raw = new Dexie('saksportal-mockdb');
    raw.version(1).stores({ changes: '&k, rev', meta: '&id' });
    await raw.table('changes').put({ k: 'cases/case-3', t: 'cases', id: 'case-3', rev: 1, row: { id: 'case-3' } });
    raw.close();
    await reloadDb();
    const status = await call('GET', '/system/status');
    expect(status.json.dropped).toEqual([{ table: 'cases', id: 'case-3', reason: 'invalid' }]);
    const token = signInAs('saksbehandler@jorn6.test');
    expect((await call('GET', '/cases/case-3', { token })).status).toBe(200);
    expect(db().logs.get('log-x')).toBeDefined();
  });
});
