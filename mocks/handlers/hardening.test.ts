import { signInAs } from '@test/renderApp';
import { call } from '@test/api';
import { db, IDS } from '@mocks/db';

/** Refusals found in review: each is a way a user could have seen or changed what is not theirs. */
describe('deny by default', () => {
  it.each([
    ['saksbehandler@jorn6.test'],
    ['kontor@hansjorn.test'],
    ['jorn.service@hansjorn.test'],
    ['plattform@saksportal.test'],
  ])("GET /organisation (every office with the insurer's categories) is refused to %s", async (email) => {
    expect((await call('GET', '/organisation', { token: signInAs(email) })).status).toBe(403);
  });

  it('GET /organisation answers the company admin', async () => {
    const r = await call('GET', '/organisation', { token: signInAs('admin@jorn6.test') });
    expect(r.status).toBe(200);
    expect(r.json.offices.length).toBeGreaterThanOrEqual(12);
  });

  it('a role holder moved to another office loses the role, in closed cases too', async () => {
    db().cases.update(IDS.guideCase, (c) => ({
      ...c,
      status: 'closed',
      externalOfficeId: IDS.hansJornOslo,
      externalUserId: IDS.jornService,
    }));
    const token = signInAs('jorn.service@hansjorn.test');
    expect((await call('GET', `/cases/${IDS.guideCase}`, { token })).status).toBe(200);
    db().users.update(IDS.jornService, (u) => ({ ...u, officeId: 'o-vestbygg-bergen' }));
    expect((await call('GET', `/cases/${IDS.guideCase}`, { token })).status).toBe(404);
  });

  it('a closed case refuses work (409) but keeps its chat open', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    const open = db().cases.get(IDS.guideCase)!;
    expect(
      (
        await call('POST', `/cases/${IDS.guideCase}/tasks`, {
          token,
          body: { type: 'painting', version: open.version },
        })
      ).status,
    ).toBe(201);
    const c = db().cases.update(IDS.guideCase, (x) => ({ ...x, status: 'closed', version: x.version + 1 }));
    const refused = await call('POST', `/cases/${IDS.guideCase}/tasks`, {
      token,
      body: { type: 'painting', version: c.version },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('case_not_open');
    expect((await call('POST', `/cases/${IDS.guideCase}/inspections`, { token, body: {} })).status).toBe(409);
    expect(
      (await call('POST', `/cases/${IDS.guideCase}/chat`, { token, body: { text: 'Saken er avsluttet.' } })).status,
    ).toBeLessThan(300);
  });

  it('a notification about a case the viewer cannot open names the case number, not the address', async () => {
    // Jørn Service holds the role, then is un-flagged: he is told, but can no longer open the case.
    const token = signInAs('saksbehandler@jorn6.test');
    let c = db().cases.get(IDS.guideCase)!;
    expect(
      (
        await call('PUT', `/cases/${IDS.guideCase}/external-role/office`, {
          token,
          body: { officeId: IDS.hansJornOslo, version: c.version },
        })
      ).status,
    ).toBe(200);
    c = db().cases.get(IDS.guideCase)!;
    expect(
      (
        await call('PUT', `/cases/${IDS.guideCase}/external-role/user`, {
          token,
          body: { userId: IDS.jornService, version: c.version },
        })
      ).status,
    ).toBe(200);
    db().users.update(IDS.jornService, (u) => ({ ...u, externalCaseHandler: false }));
    db().cases.update(IDS.guideCase, (x) => ({ ...x, externalUserId: null }));
    db().notifications.insert({
      id: 'n-removed',
      kind: 'externalRoleRemoved',
      caseId: IDS.guideCase,
      officeId: null,
      userId: IDS.jornService,
      createdAt: new Date().toISOString(),
      readBy: [],
      resolvedAt: null,
    });
    const jorn = await call('GET', '/notifications', { token: signInAs('jorn.service@hansjorn.test') });
    const forCase = jorn.json.items.filter((n: { caseId: string }) => n.caseId === IDS.guideCase);
    expect(forCase).toEqual([
      expect.objectContaining({
        kind: 'externalRoleRemoved',
        caseAccessible: false,
        caseAddress: null,
        caseReference: '000001',
      }),
    ]);
    const admin = await call('GET', '/notifications', { token: signInAs('kontor@hansjorn.test') });
    expect(admin.json.items.find((n: { caseId: string }) => n.caseId === IDS.guideCase)).toMatchObject({
      caseAddress: 'Edwards Munchs vei, 1063 Oslo',
    });
  });

  it('breaking the backend needs a session; a reset does not (demo mode: it must work whatever state sign-in is in)', async () => {
    expect((await call('POST', '/system/reset', { body: {} })).status).toBe(200);
    expect((await call('PUT', '/system/chaos', { body: { latencyMs: 0, failRate: 1 } })).status).toBe(401);
    expect((await call('GET', '/system/status')).status).toBe(200);
  });
});

describe('answers like a server', () => {
  it('a JSON answer with Norwegian letters says its type and its length in bytes, not in characters', async () => {
    const res = await fetch(`${window.location.origin}/api/auth/demo-accounts`, {
      headers: { Accept: 'application/json' },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(text).toContain('Jørn'); // more bytes than characters
    expect(bytes.length).toBeGreaterThan(text.length);
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
  });
});
