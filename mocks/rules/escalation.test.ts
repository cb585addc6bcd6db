import { describe, expect, it } from 'vitest';
import { RIGHT_KEYS } from '@/api/contract';
import type { BudgetEscalationRow, TaskRow } from '../db/schema';
import { db, IDS } from '../db';
import { authorityOf, decideBudgetEscalation, decideEscalationAnswer } from './escalation';

const pending = (amount: number): BudgetEscalationRow => ({
  status: 'pending',
  amount,
  limit: 10000_00,
  requestedById: IDS.jornService,
  requestedAt: '2026-11-20T09:00:00Z',
  answeredById: null,
  answeredAt: null,
  comment: '',
});
const budget = (
  amount: number,
  status: 'submitted' | 'approved' | 'rejected' = 'submitted',
  escalation: BudgetEscalationRow | null = null,
): Pick<TaskRow, 'budget'> => ({
  budget: { amount, status, addedById: null, escalation },
});

describe('who may send a budget to the insurer', () => {
  it.each([
    ['over the limit', budget(20000_00), 10000_00, { ok: true }],
    ['at the limit', budget(10000_00), 10000_00, { ok: false, status: 409, code: 'within_limit' }],
    ['unlimited (the insurer)', budget(20000_00), null, { ok: false, status: 409, code: 'within_limit' }],
    ['no budget', { budget: null }, 10000_00, { ok: false, status: 409, code: 'no_budget' }],
    [
      'an approved budget',
      budget(20000_00, 'approved'),
      10000_00,
      { ok: false, status: 409, code: 'budget_not_submitted' },
    ],
    [
      'already pending',
      budget(20000_00, 'submitted', pending(20000_00)),
      10000_00,
      { ok: false, status: 409, code: 'escalation_pending' },
    ],
    [
      'after a rejected escalation, sent again',
      budget(20000_00, 'submitted', { ...pending(20000_00), status: 'rejected' }),
      10000_00,
      { ok: true },
    ],
  ] as const)('%s', (_name, task, limit, expected) => {
    expect(decideBudgetEscalation(task, limit)).toEqual(expected);
  });
});

describe('who may answer it', () => {
  it.each([
    ['the insurer, pending', 'insurer', budget(20000_00, 'submitted', pending(20000_00)), { ok: true }],
    [
      'the role holder',
      'externalCaseHandler',
      budget(20000_00, 'submitted', pending(20000_00)),
      { ok: false, status: 403, code: 'forbidden' },
    ],
    [
      'the office',
      'externalOffice',
      budget(20000_00, 'submitted', pending(20000_00)),
      { ok: false, status: 403, code: 'forbidden' },
    ],
    ['no link', null, budget(20000_00, 'submitted', pending(20000_00)), { ok: false, status: 403, code: 'forbidden' }],
    ['nothing pending', 'insurer', budget(20000_00), { ok: false, status: 409, code: 'no_pending_escalation' }],
    [
      'already answered',
      'insurer',
      budget(20000_00, 'approved', { ...pending(20000_00), status: 'approved' }),
      { ok: false, status: 409, code: 'no_pending_escalation' },
    ],
    [
      'the amount changed since',
      'insurer',
      budget(21000_00, 'submitted', pending(20000_00)),
      { ok: false, status: 409, code: 'budget_changed' },
    ],
  ] as const)('%s', (_name, relation, task, expected) => {
    expect(decideEscalationAnswer(relation, task)).toEqual(expected);
  });
});

describe('authority snapshot for the log', () => {
  const d = db();
  const c = d.cases.get(IDS.rightsDemoCase)!;
  const portal = d.portals.get(IDS.portal)!;
  const user = (id: string) => d.users.get(id)!;
  it.each([
    ['case handler', IDS.caseHandler, { relation: 'insurer', limit: null, rights: [...RIGHT_KEYS] }],
    [
      'role holder (portal default limit, portal rights)',
      IDS.jornService,
      {
        relation: 'externalCaseHandler',
        limit: portal.defaultBudgetLimit,
        rights: RIGHT_KEYS.filter((r) => portal.rights.includes(r)),
      },
    ],
    ['office admin', IDS.officeAdmin, { relation: 'externalOffice', limit: 0, rights: [] }],
    ['no link', IDS.craftsman, null],
  ] as const)('%s', (_name, id, expected) => {
    expect(authorityOf(user(id), c, portal)).toEqual(expected);
  });

  it("uses the holder's own limit when set", () => {
    const u = { ...user(IDS.jornService), budgetLimit: { mode: 'custom' as const, amount: 50000_00 } };
    expect(authorityOf(u, c, portal)?.limit).toBe(50000_00);
  });
});
