import { db, IDS } from '@mocks/db';
import { signInAs } from '@test/renderApp';
import { call } from '@test/api';
import { getScenario, readScenarioFromLocation, setScenario } from './scenarios';

/**
 * Demo scenarios (`?scenario=…`): the backend answers as if the bad-day state were true, through the same
 * handlers and rules, and stores nothing: without the scenario everything is as before.
 */
const CASE = `/cases/${IDS.guideCase}`;
const RIGHTS_CASE = `/cases/${IDS.rightsDemoCase}`;

afterEach(() => setScenario(null));

describe('?scenario= is read per page load', () => {
  it.each([
    ['?scenario=closed-case', 'closed-case'],
    ['?mockLatency=10&scenario=empty-list', 'empty-list'],
    ['?scenario=no-such-thing', null],
    ['', null],
  ])('%s -> %s', (search, expected) => {
    setScenario('failing');
    readScenarioFromLocation(search);
    expect(getScenario()).toBe(expected);
  });
});

describe('what each scenario shows', () => {
  it('closed-case: the case reads as closed, refuses work with 409, and is open again without the scenario', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    setScenario('closed-case');
    const closed = await call('GET', CASE, { token });
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe('closed');
    const put = await call('PUT', `${CASE}/external-role/office`, {
      token,
      body: { officeId: IDS.hansJornOslo, version: closed.json.version },
    });
    expect(put.status).toBe(409);
    setScenario(null);
    expect((await call('GET', CASE, { token })).json.status).toBe('open');
    expect(db().cases.get(IDS.guideCase)!.status).toBe('open');
  });

  it('no-eligible-office: no office is offered and choosing one is refused; the signed-in role holder keeps his role', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    setScenario('no-eligible-office');
    for (const scope of ['recommended', 'all']) {
      const r = await call('GET', `${CASE}/external-role/offices?scope=${scope}`, { token });
      expect(r.status).toBe(200);
      expect(r.json.offices).toEqual([]);
    }
    const version = (await call('GET', CASE, { token })).json.version as number;
    expect(
      (await call('PUT', `${CASE}/external-role/office`, { token, body: { officeId: IDS.hansJornOslo, version } }))
        .status,
    ).toBe(422);
    expect((await call('GET', RIGHTS_CASE, { token: signInAs('jorn.service@hansjorn.test') })).status).toBe(200);
    setScenario(null);
    expect(
      (await call('GET', `${CASE}/external-role/offices?scope=all`, { token })).json.offices.length,
    ).toBeGreaterThan(0);
  });

  it('over-limit: a budget within the limit is refused with 403 naming the limit', async () => {
    db().portals.update(IDS.portal, (p) => ({
      ...p,
      rights: [...p.rights.filter((r) => r !== 'approveBudget'), 'approveBudget'],
    }));
    const token = signInAs('jorn.service@hansjorn.test');
    const c = db().cases.get(IDS.rightsDemoCase)!;
    const taskId =
      c.tasks.find((t) => t.budget?.status === 'submitted' && t.budget.amount <= 1_000_000)?.id ?? c.tasks[0]!.id;
    db().cases.update(IDS.rightsDemoCase, (x) => ({
      ...x,
      tasks: x.tasks.map((t) => (t.id === taskId && t.budget ? { ...t, budget: { ...t.budget, amount: 500_000 } } : t)),
    }));
    setScenario('over-limit');
    const r = await call('POST', `${RIGHTS_CASE}/tasks/${taskId}/budget/approve`, {
      token,
      body: { version: db().cases.get(IDS.rightsDemoCase)!.version },
    });
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('budget_limit_exceeded');
    setScenario(null);
    const ok = await call('POST', `${RIGHTS_CASE}/tasks/${taskId}/budget/approve`, {
      token,
      body: { version: db().cases.get(IDS.rightsDemoCase)!.version },
    });
    expect(ok.status).toBe(200);
  });

  it('conflict: every write answers 409 and changes nothing; reads and signing in still work', async () => {
    setScenario('conflict');
    const login = await call('POST', '/auth/login', { body: { email: 'plattform@saksportal.test', password: 'demo' } });
    expect(login.status).toBe(200);
    const token = login.json.token as string;
    const def = await call('GET', '/portal/role-definition', { token });
    expect(def.status).toBe(200);
    const put = await call('PUT', '/portal/role-definition', { token, body: def.json });
    expect(put.status).toBe(409);
    expect(put.json.code).toBe('stale_version');
    expect(db().portals.get(IDS.portal)!.version).toBe(def.json.version);
  });

  it('empty-list: the lists are empty, the signed-in user stays signed in', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    setScenario('empty-list');
    expect((await call('GET', '/auth/session', { token })).status).toBe(200);
    const list = await call('GET', '/cases', { token });
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(0);
    expect((await call('GET', '/notifications', { token })).json.items).toEqual([]);
    setScenario(null);
    expect((await call('GET', '/cases', { token })).json.total).toBeGreaterThan(0);
  });

  it('failing: every answer is 503 except the session and signing in', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    setScenario('failing');
    expect((await call('GET', '/cases', { token })).status).toBe(503);
    expect((await call('GET', CASE, { token })).status).toBe(503);
    expect((await call('GET', '/auth/session', { token })).status).toBe(200);
  });
});
