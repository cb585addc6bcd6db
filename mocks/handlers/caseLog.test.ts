import { apiRequest, ApiError } from '@/api/client';
import { CaseDetail, CaseLog, LOG_TOPICS } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { signInAs } from '@test/renderApp';

/**
 * Logg per header row (issue 8): `GET /cases/:id/log?topic=` keeps one row's entries; an unknown topic is a
 * 422; the "Ekstern saksbehandler" row's log has every change of the role, who, when, from and to.
 */
const CASE = IDS.guideCase;
const INSURER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const CRAFTSMAN = 'handverker@hansjorn.test';

const log = (topic?: string) =>
  apiRequest({ path: `/cases/${CASE}/log`, query: topic === undefined ? undefined : { topic }, schema: CaseLog });
const getCase = () => apiRequest({ path: `/cases/${CASE}`, schema: CaseDetail });
const assignOffice = async (officeId: string | null) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${CASE}/external-role/office`,
    body: { officeId, version: (await getCase()).version },
    schema: CaseDetail,
  });
const assignUser = async (userId: string | null) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${CASE}/external-role/user`,
    body: { userId, version: (await getCase()).version },
    schema: CaseDetail,
  });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

/** One entry of every header row and two of the case page's work, oldest first. */
function seedEntries() {
  const entries: [string, Record<string, string | number>][] = [
    ['caseOnHold', {}],
    ['claimAccepted', {}],
    ['caseHandlerChanged', { name: 'Siri Saksbehandler' }],
    ['externalOfficeAssigned', { office: 'Hans & Jørn Servicepartner - Oslo' }],
    ['customerPageShared', { email: 'kari.nordmann@example.test' }],
    ['taskAssigned', { type: 'drying', office: 'Tørk & Tett - Oslo' }],
    ['reminderOn', {}],
  ];
  entries.forEach(([action, params], i) =>
    db().logs.insert({
      id: `log-t-${i}`,
      caseId: CASE,
      at: `2026-11-20T10:0${i}:00.000Z`,
      actorId: IDS.caseHandler,
      action,
      params,
    }),
  );
}

describe('GET /cases/:id/log?topic=', () => {
  it('keeps only the entries of the asked topic, newest first', async () => {
    seedEntries();
    signInAs(INSURER);
    const actions = async (topic: string) => (await log(topic)).map((e) => e.action);
    expect(await actions('caseActions')).toEqual(['caseOnHold', 'caseCreated']);
    expect(await actions('claimDecision')).toEqual(['claimAccepted']);
    expect(await actions('caseHandler')).toEqual(['caseHandlerChanged']);
    expect(await actions('externalCaseHandler')).toEqual(['externalOfficeAssigned']);
    expect(await actions('customerPage')).toEqual(['customerPageShared']);
  });

  it('answers the whole log without a topic', async () => {
    seedEntries();
    signInAs(INSURER);
    expect((await log()).map((e) => e.action)).toEqual([
      'reminderOn',
      'taskAssigned',
      'customerPageShared',
      'externalOfficeAssigned',
      'caseHandlerChanged',
      'claimAccepted',
      'caseOnHold',
      'caseCreated',
    ]);
  });

  it.each([['unknown'], ['CASEACTIONS'], ['constructor']])(
    'refuses the topic "%s" with 422 on the topic field',
    async (topic) => {
      signInAs(INSURER);
      const e = await failure(log(topic));
      expect(e.status).toBe(422);
      expect(e.fieldErrors).toEqual({ topic: expect.objectContaining({ code: 'validation.invalid' }) });
    },
  );

  it('answers 404 for a case the viewer cannot see, whatever the topic', async () => {
    signInAs(CRAFTSMAN);
    for (const topic of [...LOG_TOPICS, 'unknown']) expect((await failure(log(topic))).status).toBe(404);
  });
});

describe('the "Ekstern saksbehandler" row\'s log', () => {
  it('has every change of the role: who, when, from and to', async () => {
    const other = db().users.find(
      (u) =>
        u.officeId === IDS.hansJornOslo && u.authLevel === 'user' && u.id !== IDS.jornService && u.status === 'active',
    )!;
    db().users.update(other.id, (u) => ({ ...u, externalCaseHandler: true }));
    const otherName = `${other.firstName} ${other.lastName}`;
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    signInAs(OFFICE_ADMIN);
    await assignUser(IDS.jornService);
    await assignUser(other.id);
    await assignUser(null);
    signInAs(INSURER);
    await assignOffice(IDS.hansJornDrammen);
    await assignOffice(null);
    const OSLO = 'Hans & Jørn Servicepartner - Oslo';
    const entries = await log('externalCaseHandler');
    expect(entries.map((e) => [e.action, e.actor?.name, e.params])).toEqual([
      ['externalRoleRemoved', 'Siri Saksbehandler', { office: 'Hans & Jørn Servicepartner - Drammen' }],
      ['externalOfficeChanged', 'Siri Saksbehandler', { from: OSLO, to: 'Hans & Jørn Servicepartner - Drammen' }],
      ['externalUserRemoved', 'Kjell Kontor', { user: otherName, office: OSLO }],
      ['externalUserChanged', 'Kjell Kontor', { from: 'Jørn Service', to: otherName, office: OSLO }],
      ['externalUserAssigned', 'Kjell Kontor', { user: 'Jørn Service', office: OSLO }],
      ['externalOfficeAssigned', 'Siri Saksbehandler', { office: OSLO }],
    ]);
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });
});
