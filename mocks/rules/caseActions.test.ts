import {
  CASE_ACTIONS,
  TASK_STATUSES,
  TASK_STATUS_GROUPS,
  type CaseActionKey,
  type CaseStatus,
  type TaskActionKey,
  type TaskStatus,
} from '@/api/contract';
import { DEFAULT_SEED, seedDatabase } from '../db/seed';
import { IDS } from '../db/ids';
import type { CaseRow, PortalRow, TaskRow, UserRow } from '../db/schema';
import { caseActions, decideCaseAction, decideTaskAction, taskActions, workItemActions } from './caseActions';

/**
 * The action lists the case answer carries: persona x case state (x task status) -> actions, as tables.
 * The handlers call the same decide* functions (caseWork.test.ts and externalRole.test.ts drive them over HTTP).
 */

const seed = seedDatabase(DEFAULT_SEED);
const byId = <T extends { id: string }>(rows: readonly T[], id: string): T => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`fixture: no row ${id}`);
  return r;
};
const portal: PortalRow = byId(seed.portals, IDS.portal);
const allRights: PortalRow = { ...portal, rights: [...portal.rights, 'remoteVideo', 'addNonIn4moPartnersToRfq'] };
const guideCase = byId(seed.cases, IDS.guideCase);
const P = {
  caseHandler: byId(seed.users, IDS.caseHandler),
  officeAdmin: byId(seed.users, IDS.officeAdmin),
  jornService: byId(seed.users, IDS.jornService),
  craftsman: byId(seed.users, IDS.craftsman),
} satisfies Record<string, UserRow>;
type Persona = keyof typeof P;

const task = (over: Partial<TaskRow>): TaskRow => ({
  id: 't-x',
  type: 'drying',
  status: '1',
  officeId: IDS.hansJornDrammen,
  userId: null,
  cashOffer: false,
  budget: null,
  workItems: [],
  ...over,
});

/** Jørn Service holds the role; the craftsman works a task of the case. */
const withStatus = (status: CaseStatus, tasks: TaskRow[] = []): CaseRow => ({
  ...guideCase,
  status,
  externalOfficeId: IDS.hansJornOslo,
  externalUserId: IDS.jornService,
  tasks: [...tasks, task({ id: 't-craftsman', officeId: IDS.hansJornOslo, userId: IDS.craftsman, status: '3' })],
});

const WORK: CaseActionKey[] = CASE_ACTIONS.filter((a) => a !== 'chat' && a !== 'documents');

describe('case actions: persona x case state', () => {
  it.each<[Persona, CaseStatus, CaseActionKey[]]>([
    [
      'caseHandler',
      'open',
      [
        'hold',
        'close',
        'cancel',
        'claimDecision',
        'editCaseHandler',
        'reminder',
        'assignExternalOffice',
        'assignExternalUser',
        'addTask',
        'createRfq',
        'editRfq',
        'addNonIn4moPartner',
        'decideRfq',
        'customerContact',
        'startInspection',
        'remoteVideo',
        'chat',
        'documents',
      ],
    ],
    [
      'caseHandler',
      'on_hold',
      [
        'resume',
        'close',
        'cancel',
        'claimDecision',
        'editCaseHandler',
        'reminder',
        'assignExternalOffice',
        'assignExternalUser',
        'addTask',
        'createRfq',
        'editRfq',
        'addNonIn4moPartner',
        'decideRfq',
        'customerContact',
        'startInspection',
        'remoteVideo',
        'chat',
        'documents',
      ],
    ],
    ['caseHandler', 'closed', ['chat', 'documents']],
    ['caseHandler', 'cancelled', ['chat', 'documents']],
    // the role holder: exactly the portal's rights (the seed's portal: no Remote Video, no non-in4mo partners), no Sakstiltak
    [
      'jornService',
      'open',
      [
        'claimDecision',
        'addTask',
        'createRfq',
        'editRfq',
        'decideRfq',
        'customerContact',
        'startInspection',
        'chat',
        'documents',
      ],
    ],
    [
      'jornService',
      'on_hold',
      [
        'claimDecision',
        'addTask',
        'createRfq',
        'editRfq',
        'decideRfq',
        'customerContact',
        'startInspection',
        'chat',
        'documents',
      ],
    ],
    ['jornService', 'closed', ['chat', 'documents']],
    ['jornService', 'cancelled', ['chat', 'documents']],
    // the office admin may pick the user, nothing else
    ['officeAdmin', 'open', ['assignExternalUser', 'chat', 'documents']],
    ['officeAdmin', 'closed', ['chat', 'documents']],
    // a craftsman linked by a task: chat and documents
    ['craftsman', 'open', ['chat', 'documents']],
    ['craftsman', 'cancelled', ['chat', 'documents']],
  ])('%s in a case that is %s', (persona, status, expected) => {
    const p = persona === 'caseHandler' ? allRights : portal;
    expect(caseActions(P[persona], withStatus(status), p)).toEqual(expected);
  });

  it('an ended case refuses every work action with 409 case_not_open, after the right (403 first)', () => {
    for (const a of WORK) {
      expect(decideCaseAction(P.caseHandler, withStatus('closed'), allRights, a)).toMatchObject({
        ok: false,
        status: 409,
        code: 'case_not_open',
      });
    }
    expect(decideCaseAction(P.craftsman, withStatus('closed'), portal, 'editCaseHandler')).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('"Saksbehandler" and "Påminnelse" follow the case state (issue 9, point 9)', () => {
    expect(decideCaseAction(P.caseHandler, withStatus('open'), portal, 'editCaseHandler')).toEqual({ ok: true });
    expect(decideCaseAction(P.caseHandler, withStatus('cancelled'), portal, 'editCaseHandler')).toMatchObject({
      status: 409,
      code: 'case_not_open',
    });
    expect(decideCaseAction(P.caseHandler, withStatus('closed'), portal, 'reminder')).toMatchObject({
      status: 409,
      code: 'case_not_open',
    });
  });

  it('"Tildel bruker" needs an office holding the role', () => {
    const noOffice = { ...withStatus('open'), externalOfficeId: null, externalUserId: null };
    expect(caseActions(P.caseHandler, noOffice, portal)).not.toContain('assignExternalUser');
    expect(decideCaseAction(P.caseHandler, noOffice, portal, 'assignExternalUser')).toMatchObject({
      status: 409,
      code: 'no_external_office',
    });
  });

  it('the role holder loses an action as soon as the portal takes the right away', () => {
    const without = { ...portal, rights: portal.rights.filter((r) => r !== 'addRemoveTasks') };
    expect(caseActions(P.jornService, withStatus('open'), without)).not.toContain('addTask');
  });
});

describe('task actions: persona x case state x task status', () => {
  const otherOffice = (status: TaskStatus) => task({ status, officeId: IDS.hansJornDrammen });

  /** Expected for the insurer's case handler (every right, no limit) in an open case, by task status group. */
  const insurer: Record<TaskStatus, TaskActionKey[]> = {
    C: ['assign', 'cashOffer', 'remove'],
    0: ['assign', 'cashOffer', 'addBudget', 'remove'],
    '0+': ['assign', 'cashOffer', 'addBudget', 'remove'],
    1: ['assign', 'cashOffer', 'addBudget', 'remove'],
    2: ['assign', 'cashOffer', 'addBudget', 'remove'],
    B: ['cashOffer', 'addBudget', 'remove'],
    'B+': ['cashOffer', 'addBudget', 'remove'],
    'B++': ['cashOffer', 'addBudget', 'remove'],
    3: ['cashOffer', 'addBudget', 'remove'],
    '3-': ['cashOffer', 'addBudget', 'remove'],
    4: ['approve', 'remove'],
    A: ['remove'],
  };

  it.each(TASK_STATUSES.map((s) => [s] as const))('case handler, open case, task %s (not assigned for C)', (status) => {
    const t = status === 'C' ? task({ status, officeId: null }) : otherOffice(status);
    expect(taskActions(P.caseHandler, withStatus('open', [t]), t, portal).actions).toEqual(insurer[status]);
  });

  it.each(
    TASK_STATUSES.flatMap((s) =>
      (['closed', 'cancelled'] as const).flatMap((cs) =>
        (['caseHandler', 'jornService', 'craftsman'] as const).map((p) => [p, cs, s] as const),
      ),
    ),
  )('%s in a %s case, task %s: no action', (persona, caseStatus, status) => {
    const t = otherOffice(status);
    expect(taskActions(P[persona], withStatus(caseStatus, [t]), t, portal)).toEqual({ actions: [], notices: [] });
  });

  it.each(TASK_STATUSES.map((s) => [s] as const))(
    'a craftsman linked by a task, open case, task %s: no action',
    (status) => {
      const t = otherOffice(status);
      expect(taskActions(P.craftsman, withStatus('open', [t]), t, portal).actions).toEqual([]);
    },
  );

  it('the role holder: budget on behalf only for another office and not with cash offer', () => {
    const own = task({ status: '2', officeId: IDS.hansJornOslo });
    const other = otherOffice('2');
    const icc = task({ status: '2', cashOffer: true });
    const c = withStatus('open', [own, other, icc]);
    expect(taskActions(P.jornService, c, own, portal).actions).not.toContain('addBudget');
    expect(taskActions(P.jornService, c, other, portal).actions).toContain('addBudget');
    expect(taskActions(P.jornService, c, icc, portal).actions).not.toContain('addBudget');
    expect(decideTaskAction(P.jornService, c, icc, portal, 'addBudget')).toMatchObject({
      status: 403,
      code: 'cash_offer_in_use',
    });
  });

  it('approveBudget: only a submitted budget within the limit; above it a notice naming the limit', () => {
    const within = task({ status: 'B', budget: { amount: 1_000_000, status: 'submitted', addedById: null } });
    const above = task({
      id: 't-above',
      status: 'B',
      budget: { amount: 1_000_001, status: 'submitted', addedById: null },
    });
    const approved = task({
      id: 't-approved',
      status: 'B++',
      budget: { amount: 100, status: 'approved', addedById: null },
    });
    const c = withStatus('open', [within, above, approved]);
    expect(taskActions(P.jornService, c, within, portal).actions).toContain('approveBudget');
    expect(taskActions(P.jornService, c, above, portal)).toMatchObject({
      notices: [
        { action: 'approveBudget', code: 'budget_limit_exceeded', params: { limit: 1_000_000, amount: 1_000_001 } },
      ],
    });
    expect(taskActions(P.jornService, c, above, portal).actions).not.toContain('approveBudget');
    expect(taskActions(P.jornService, c, approved, portal)).toMatchObject({ notices: [] });
    expect(taskActions(P.jornService, c, approved, portal).actions).not.toContain('approveBudget');
    // the insurer's staff have no limit
    expect(taskActions(P.caseHandler, c, above, portal).actions).toContain('approveBudget');
  });

  it('names the status groups instead of codes: every status is in exactly one group', () => {
    const all = Object.values(TASK_STATUS_GROUPS).flat();
    expect([...all].sort()).toEqual([...TASK_STATUSES].sort());
  });

  it("a work item can become the customer's own work until it is approved, in an active case only", () => {
    const item = (status: 'draft' | 'submitted' | 'approved') => ({
      id: `w-${status}`,
      description: 'x',
      amount: 1,
      status,
      cashOffer: false,
      customerOwnWork: false,
    });
    const open = withStatus('open');
    expect(workItemActions(P.jornService, open, item('submitted'), portal)).toEqual(['customerOwnWork']);
    expect(workItemActions(P.jornService, open, item('approved'), portal)).toEqual([]);
    expect(workItemActions(P.jornService, withStatus('closed'), item('submitted'), portal)).toEqual([]);
    expect(workItemActions(P.craftsman, open, item('submitted'), portal)).toEqual([]);
  });
});
