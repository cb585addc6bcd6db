import { signInAs } from '@test/renderApp';
import { call, memberBody } from '@test/api';
import { db, IDS } from '@mocks/db';
import type { Member, UpdateMemberInput } from '@/api/contract';
import type { UserRow } from '../db/schema';

/** Handler-level tests: plain HTTP against the msw/node server (test/api.ts). */

const admin = () => signInAs('admin@jorn6.test');

/** The body "Rediger medlem" would send for a member as stored, with changes. */
const row = (id: string) => {
  const u = db().users.get(id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
};

/** Open cases in which Jørn Service is the assigned external case handler in the seed. */
const jornOpenCases = () =>
  db().cases.where((c) => c.externalUserId === IDS.jornService && (c.status === 'open' || c.status === 'on_hold'));

describe('members API: who may call it', () => {
  it('answers 401 without a session on every endpoint', async () => {
    for (const [m, p] of [
      ['GET', '/members'],
      ['GET', '/members/settings'],
      ['GET', `/members/${IDS.craftsman}`],
      ['GET', `/members/${IDS.craftsman}/unflag-impact`],
      ['PUT', `/members/${IDS.craftsman}`],
    ] as const) {
      const r = await call(m, p, { token: null, body: m === 'PUT' ? memberBody(row(IDS.craftsman)) : undefined });
      expect(r.status, `${m} ${p}`).toBe(401);
      expect(r.json.code).toBe('unauthenticated');
    }
  });

  it.each([
    'plattform@saksportal.test',
    'saksbehandler@jorn6.test',
    'kontor@hansjorn.test',
    'jorn.service@hansjorn.test',
    'handverker@hansjorn.test',
  ])('answers 403 to %s on every endpoint and changes nothing', async (email) => {
    const token = signInAs(email);
    const before = row(IDS.craftsman);
    for (const [m, p] of [
      ['GET', '/members'],
      ['GET', '/members/settings'],
      ['GET', `/members/${IDS.craftsman}`],
      ['GET', `/members/${IDS.craftsman}/unflag-impact`],
      ['PUT', `/members/${IDS.craftsman}`],
    ] as const) {
      const body = m === 'PUT' ? memberBody(before, { externalCaseHandler: true }) : undefined;
      const r = await call(m, p, { token, body });
      expect(r.status, `${m} ${p}`).toBe(403);
      expect(r.json.code).toBe('forbidden');
    }
    expect(row(IDS.craftsman)).toEqual(before);
  });

  it("answers 404 for an unknown member and for the platform vendor's staff", async () => {
    const token = admin();
    expect((await call('GET', '/members/u-nobody', { token })).status).toBe(404);
    expect((await call('GET', `/members/${IDS.platformAdmin}`, { token })).status).toBe(404);
    expect((await call('PUT', '/members/u-nobody', { token, body: memberBody(row(IDS.craftsman)) })).status).toBe(404);
  });
});

describe('GET /members', () => {
  it('lists members sorted by last name, without passwords and without the platform admin', async () => {
    const r = await call('GET', '/members?pageSize=200', { token: admin() });
    expect(r.status).toBe(200);
    const items = r.json.items as Member[];
    expect(r.json.total).toBe(items.length);
    expect(items.length).toBeGreaterThan(40);
    expect(items.map((m) => m.email)).not.toContain('plattform@saksportal.test');
    expect(items.some((m) => 'password' in m)).toBe(false);
    const names = items.map((m) => m.lastName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
  });

  it('searches name, e-mail and Bruker-ID case-insensitively', async () => {
    const token = admin();
    const byName = await call('GET', `/members?q=${encodeURIComponent('håndverker')}`, { token });
    expect(byName.json.items.map((m: Member) => m.email)).toEqual(['handverker@hansjorn.test']);
    const byEmail = await call('GET', '/members?q=JORN.SERVICE@', { token });
    expect(byEmail.json.items.map((m: Member) => m.email)).toEqual(['jorn.service@hansjorn.test']);
    const byCode = await call('GET', '/members?q=jorn-service', { token });
    expect(byCode.json.items.map((m: Member) => m.id)).toEqual([IDS.jornService]);
  });

  it('filters by company, office, flag and status and pages', async () => {
    const token = admin();
    const office = await call('GET', `/members?officeId=${IDS.hansJornOslo}`, { token });
    expect(office.json.items.map((m: Member) => m.email).sort()).toEqual(
      db()
        .users.where((u) => u.officeId === IDS.hansJornOslo)
        .map((u) => u.email)
        .sort(),
    );
    const company = await call('GET', `/members?companyId=${IDS.insurer}`, { token });
    expect(company.json.items.every((m: Member) => m.companyName === 'Jørn 6 Insurance')).toBe(true);
    const flagged = await call('GET', `/members?companyId=${IDS.hansJorn}&externalCaseHandler=true`, { token });
    expect(flagged.json.items.every((m: Member) => m.externalCaseHandler)).toBe(true);
    expect(flagged.json.items.map((m: Member) => m.id)).toContain(IDS.jornService);
    const inactive = await call('GET', '/members?status=inactive', { token });
    expect(inactive.json.items.length).toBeGreaterThan(0);
    expect(inactive.json.items.every((m: Member) => m.status === 'inactive')).toBe(true);
    const p1 = await call('GET', '/members?pageSize=10&page=1', { token });
    const p2 = await call('GET', '/members?pageSize=10&page=2', { token });
    expect(p1.json.items).toHaveLength(10);
    expect(p2.json.page).toBe(2);
    expect(p2.json.items[0].id).not.toBe(p1.json.items[0].id);
    expect((await call('GET', '/members?pageSize=0', { token })).status).toBe(400);
  });
});

describe('GET /members/settings', () => {
  it('gives the portal default limit and whether the portal grants "Godkjenne budsjett"', async () => {
    const token = admin();
    expect((await call('GET', '/members/settings', { token })).json).toEqual({
      defaultBudgetLimit: 1_000_000,
      approveBudgetGranted: true,
    });
    db().portals.update(IDS.portal, (p) => ({
      ...p,
      rights: p.rights.filter((r) => r !== 'approveBudget'),
      defaultBudgetLimit: 500_000,
    }));
    expect((await call('GET', '/members/settings', { token })).json).toEqual({
      defaultBudgetLimit: 500_000,
      approveBudgetGranted: false,
    });
  });
});

describe('PUT /members/:memberId', () => {
  it('flags a partner user with a custom limit typed the Norwegian way and bumps the version', async () => {
    const token = admin();
    const before = row(IDS.craftsman);
    const r = await call('PUT', `/members/${IDS.craftsman}`, {
      token,
      body: memberBody(before, { externalCaseHandler: true, budgetLimit: { mode: 'custom', amount: '25 000' } }),
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      externalCaseHandler: true,
      budgetLimit: { mode: 'custom', amount: 2_500_000 },
      version: before.version + 1,
    });
    expect(row(IDS.craftsman)).toMatchObject({
      externalCaseHandler: true,
      budgetLimit: { mode: 'custom', amount: 2_500_000 },
    });
    expect((await call('GET', `/members/${IDS.craftsman}`, { token })).json.version).toBe(before.version + 1);
  });

  it('keeps the password when it is sent empty and changes it otherwise', async () => {
    const token = admin();
    await call('PUT', `/members/${IDS.craftsman}`, { token, body: memberBody(row(IDS.craftsman), { password: '' }) });
    expect(row(IDS.craftsman).password).toBe('demo');
    await call('PUT', `/members/${IDS.craftsman}`, {
      token,
      body: memberBody(row(IDS.craftsman), { password: 'nyttpassord' }),
    });
    expect(row(IDS.craftsman).password).toBe('nyttpassord');
  });

  it('answers 409 stale_version on an old version and keeps the row', async () => {
    const token = admin();
    const before = row(IDS.craftsman);
    db().users.update(IDS.craftsman, (u) => ({ ...u, version: u.version + 1 }));
    const r = await call('PUT', `/members/${IDS.craftsman}`, {
      token,
      body: memberBody(before, { firstName: 'Endret' }),
    });
    expect(r.status).toBe(409);
    expect(r.json.code).toBe('stale_version');
    expect(row(IDS.craftsman).firstName).toBe('Hege');
  });

  describe('422 with the error at the field, nothing saved', () => {
    it.each<[string, (u: UserRow) => Partial<UpdateMemberInput>, string, string]>([
      ['empty first name', () => ({ firstName: '' }), 'firstName', 'validation.required'],
      ['empty last name', () => ({ lastName: ' ' }), 'lastName', 'validation.required'],
      ['malformed e-mail', () => ({ email: 'hege@' }), 'email', 'validation.email'],
      [
        'e-mail of another member, other case',
        () => ({ email: 'Jorn.Service@HansJorn.test' }),
        'email',
        'validation.emailTaken',
      ],
      ['short password', () => ({ password: 'kort' }), 'password', 'validation.passwordLength'],
      ['malformed mobile', () => ({ mobile: 'abc' }), 'mobile', 'validation.phone'],
      [
        'security code by SMS without a mobile',
        () => ({ mobile: '', useMobileForSecurityCode: true }),
        'mobile',
        'validation.mobileForSecurityCode',
      ],
      ['malformed security mobile', () => ({ securityMobile: '12' }), 'securityMobile', 'validation.phone'],
      ['mobile without country code (not E.164)', () => ({ mobile: '92233444' }), 'mobile', 'validation.phone'],
      ['mobile of 16 digits (not E.164)', () => ({ mobile: '+4712345678901234' }), 'mobile', 'validation.phone'],
      [
        'security mobile without country code (not E.164)',
        () => ({ securityMobile: '900 11 222' }),
        'securityMobile',
        'validation.phone',
      ],
      [
        'negative amount',
        () => ({ budgetLimit: { mode: 'custom', amount: '-1' } }),
        'budgetLimit.amount',
        'validation.amountNegative',
      ],
      [
        'amount above the bound',
        () => ({ budgetLimit: { mode: 'custom', amount: '1 000 000 001' } }),
        'budgetLimit.amount',
        'validation.amountTooLarge',
      ],
      [
        'amount that is not a number',
        () => ({ budgetLimit: { mode: 'custom', amount: 'mye' } }),
        'budgetLimit.amount',
        'validation.amountFormat',
      ],
      ['office of another company', () => ({ officeId: IDS.torkOslo }), 'officeId', 'validation.notEligible'],
      ['unknown company', () => ({ companyId: 'c-nope', officeId: null }), 'companyId', 'validation.notEligible'],
      [
        'the platform vendor as company',
        () => ({ companyId: IDS.platformCompany, officeId: null }),
        'companyId',
        'validation.notEligible',
      ],
      ['platform admin level', () => ({ authLevel: 'platform_admin' }), 'authLevel', 'validation.notAllowed'],
      [
        'insurer level in a partner company',
        () => ({ authLevel: 'company_admin' }),
        'authLevel',
        'validation.notAllowed',
      ],
      [
        'office admin without an office',
        () => ({ authLevel: 'office_admin', officeId: null }),
        'officeId',
        'validation.required',
      ],
      ['deputy of another company', () => ({ deputyId: IDS.caseHandler }), 'deputyId', 'validation.notEligible'],
      ['the member as their own deputy', (u) => ({ deputyId: u.id }), 'deputyId', 'validation.notEligible'],
      [
        'flag on a user without an office',
        () => ({ officeId: null, externalCaseHandler: true }),
        'externalCaseHandler',
        'validation.notAllowed',
      ],
    ])('%s', async (_label, over, field, code) => {
      const token = admin();
      const before = row(IDS.craftsman);
      const r = await call('PUT', `/members/${IDS.craftsman}`, { token, body: memberBody(before, over(before)) });
      expect(r.status).toBe(422);
      expect(r.json.fieldErrors[field]).toEqual({ code });
      expect(row(IDS.craftsman)).toEqual(before);
    });

    it('refuses the flag on insurer staff (they cannot hold the role)', async () => {
      const token = admin();
      const before = row(IDS.caseHandler);
      const r = await call('PUT', `/members/${IDS.caseHandler}`, {
        token,
        body: memberBody(before, { externalCaseHandler: true }),
      });
      expect(r.status).toBe(422);
      expect(r.json.fieldErrors).toEqual({ externalCaseHandler: { code: 'validation.notAllowed' } });
    });

    it('stores mobile numbers as E.164, whatever spacing they were typed with', async () => {
      const token = admin();
      const r = await call('PUT', `/members/${IDS.craftsman}`, {
        token,
        body: memberBody(row(IDS.craftsman), {
          mobile: '+47 900 11 222',
          securityMobile: '0046 70 123 45 67',
          useMobileForSecurityCode: true,
        }),
      });
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ mobile: '+4790011222', securityMobile: '+46701234567' });
      expect(row(IDS.craftsman)).toMatchObject({ mobile: '+4790011222', securityMobile: '+46701234567' });
    });

    it("seeds every member's number as E.164 or none", () => {
      for (const u of db().users.all())
        for (const n of [u.mobile, u.securityMobile])
          expect(n === '' || /^\+[1-9]\d{6,14}$/.test(n), `${u.id} ${n}`).toBe(true);
      expect(row(IDS.jornService).mobile).toBe('+4792233444');
    });

    it("accepts the member's own e-mail in another letter case", async () => {
      const token = admin();
      const r = await call('PUT', `/members/${IDS.craftsman}`, {
        token,
        body: memberBody(row(IDS.craftsman), { email: 'Handverker@hansjorn.test' }),
      });
      expect(r.status).toBe(200);
    });
  });
});

describe('un-flagging a member who holds the role in open cases', () => {
  it('reports the impact', async () => {
    const open = jornOpenCases();
    expect(open.length).toBeGreaterThan(0);
    const r = await call('GET', `/members/${IDS.jornService}/unflag-impact`, { token: admin() });
    expect(r.json).toMatchObject({ affectedCaseCount: open.length, caseIds: open.map((c) => c.id) });
    expect(
      (await call('GET', `/members/${IDS.craftsman}/unflag-impact`, { token: admin() })).json.affectedCaseCount,
    ).toBe(0);
  });

  it('asks to confirm with the count (409), then removes the user from those cases, logs it and notifies the office', async () => {
    const token = admin();
    const open = jornOpenCases();
    const closedHeld = db().cases.where(
      (c) => c.externalUserId === IDS.jornService && !(c.status === 'open' || c.status === 'on_hold'),
    );
    const before = row(IDS.jornService);

    const ask = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(before, { externalCaseHandler: false }),
    });
    expect(ask.status).toBe(409);
    expect(ask.json).toMatchObject({ code: 'unflag_needs_confirmation', params: { count: open.length } });
    expect(row(IDS.jornService).externalCaseHandler).toBe(true);
    expect(jornOpenCases()).toHaveLength(open.length);

    const ok = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(before, { externalCaseHandler: false, confirmUnflagCaseIds: open.map((c) => c.id) }),
    });
    expect(ok.status).toBe(200);
    expect(ok.json.externalCaseHandler).toBe(false);
    for (const c of open) {
      const now = db().cases.get(c.id)!;
      expect(now.externalUserId).toBeNull();
      expect(now.externalOfficeId).toBe(c.externalOfficeId);
      expect(now.version).toBe(c.version + 1);
      expect(db().logs.where((l) => l.caseId === c.id && l.action === 'externalUserRemovedByUnflag')).toEqual([
        expect.objectContaining({ actorId: IDS.companyAdmin, params: { user: 'Jørn Service', reason: 'unflagged' } }),
      ]);
      expect(
        db().notifications.where((n) => n.caseId === c.id && n.kind === 'assignExternalUser' && !n.resolvedAt),
      ).toEqual([expect.objectContaining({ officeId: c.externalOfficeId })]);
      const detail = await call('GET', `/cases/${c.id}`, { token });
      expect(detail.json.externalCaseHandler).toEqual({
        office: expect.objectContaining({ id: c.externalOfficeId }),
        user: null,
        userRemoved: false,
        until: null,
        // The office is told to assign a user again; the wait is counted only from an assignment made in the app.
        waitingForOffice: null,
      });
    }
    // Closed cases keep their history.
    for (const c of closedHeld) expect(db().cases.get(c.id)!.externalUserId).toBe(IDS.jornService);
  });

  it('asks too when a flagged member is set inactive', async () => {
    const token = admin();
    const r = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(row(IDS.jornService), { status: 'inactive' }),
    });
    expect(r.status).toBe(409);
    expect(r.json.code).toBe('unflag_needs_confirmation');
  });

  it('does not ask when nothing is lost', async () => {
    const token = admin();
    const r = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(row(IDS.jornService), { mobile: '+47 900 00 000' }),
    });
    expect(r.status).toBe(200);
    expect(jornOpenCases().length).toBeGreaterThan(0);
  });
});
