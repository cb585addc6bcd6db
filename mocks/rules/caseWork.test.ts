import { TASK_STATUSES, type TaskStatus } from '@/api/contract';
import type { TaskRow } from '../db/schema';
import { decideBudgetApproval, decideBudgetOnBehalf, isCraftsmanTask, nextTaskStatus, recommendedOfficeIds, type TaskEvent } from './caseWork';

describe('nextTaskStatus', () => {
  const table: [TaskStatus, TaskEvent, TaskStatus | null][] = [
    ['C', 'assignOffice', '0'],
    ['2', 'assignOffice', '0'],
    ['B', 'assignOffice', null],
    ['3', 'assignOffice', null],
    ['2', 'budgetSubmitted', 'B'],
    ['B', 'budgetSubmitted', 'B'],
    ['B++', 'budgetSubmitted', '3-'],
    ['3', 'budgetSubmitted', '3-'],
    ['C', 'budgetSubmitted', null],
    ['4', 'budgetSubmitted', null],
    ['A', 'budgetSubmitted', null],
    ['B', 'budgetApproved', 'B++'],
    ['B+', 'budgetApproved', 'B++'],
    ['3-', 'budgetApproved', '3'],
    ['2', 'budgetApproved', null],
    ['B++', 'budgetApproved', null],
    ['B', 'cashOffer', 'B+'],
    ['2', 'cashOffer', '2'],
    ['4', 'cashOffer', null],
    ['A', 'cashOffer', null],
    ['4', 'taskApproved', 'A'],
    ['3', 'taskApproved', null],
    ['A', 'taskApproved', null],
  ];
  it.each(table)('%s --%s--> %s', (from, event, to) => {
    expect(nextTaskStatus(from, event)).toBe(to);
  });

  it('only ever approves a task from 4', () => {
    expect(TASK_STATUSES.filter((s) => nextTaskStatus(s, 'taskApproved') !== null)).toEqual(['4']);
  });
});

describe('decideBudgetApproval', () => {
  const b = (amount: number, status: 'submitted' | 'approved' | 'rejected' = 'submitted') => ({ budget: { amount, status, addedById: null } });
  it.each([
    { task: b(9999), limit: 10000, ok: true },
    { task: b(10000), limit: 10000, ok: true },
    { task: b(10000.5), limit: 10000, ok: false },
    { task: b(25001), limit: 25000, ok: false },
    { task: b(1_000_000), limit: null, ok: true },
    { task: b(0), limit: 0, ok: true },
  ])('amount $task.budget.amount with limit $limit: ok=$ok', ({ task, limit, ok }) => {
    const d = decideBudgetApproval(task, limit);
    expect(d.ok).toBe(ok);
    if (!d.ok) expect(d).toEqual({ ok: false, reason: 'budget_limit_exceeded', limit });
  });
  it('refuses a missing or already approved budget', () => {
    expect(decideBudgetApproval({ budget: null }, null)).toEqual({ ok: false, reason: 'no_budget' });
    expect(decideBudgetApproval(b(10, 'approved'), null)).toEqual({ ok: false, reason: 'budget_not_submitted' });
  });
});

describe('decideBudgetOnBehalf', () => {
  const t = (p: Partial<TaskRow>): Pick<TaskRow, 'officeId' | 'cashOffer' | 'status' | 'workItems'> => ({ officeId: 'o-other', cashOffer: false, status: '2', workItems: [], ...p });
  const item = { id: 'w', description: 'x', amount: 1, status: 'draft' as const, cashOffer: true, customerOwnWork: false };
  it.each([
    { name: 'another partner, no iCC', task: t({}), viewerOffice: 'o-mine', result: { ok: true } },
    { name: 'insurer staff (no office)', task: t({}), viewerOffice: null, result: { ok: true } },
    { name: 'not assigned', task: t({ officeId: null }), viewerOffice: 'o-mine', result: { ok: false, reason: 'task_not_assigned' } },
    { name: 'own office', task: t({ officeId: 'o-mine' }), viewerOffice: 'o-mine', result: { ok: false, reason: 'own_office' } },
    { name: 'task as iCC', task: t({ cashOffer: true }), viewerOffice: 'o-mine', result: { ok: false, reason: 'cash_offer_in_use' } },
    { name: 'a work item as iCC', task: t({ workItems: [item] }), viewerOffice: 'o-mine', result: { ok: false, reason: 'cash_offer_in_use' } },
    { name: 'completed task', task: t({ status: '4' }), viewerOffice: 'o-mine', result: { ok: false, reason: 'task_status' } },
  ])('$name', ({ task, viewerOffice, result }) => {
    expect(decideBudgetOnBehalf(task, viewerOffice)).toEqual(result);
  });
});

describe('craftsman tasks and recommended offices', () => {
  it.each([
    ['carpentry', true], ['painting', true], ['demolition', true], ['waterDamageInspection', false], ['drying', false],
  ] as const)('%s is a craftsman task: %s', (type, expected) => {
    expect(isCraftsmanTask(type)).toBe(expected);
  });

  it('recommends the three nearest and every office within 50 km', () => {
    expect([...recommendedOfficeIds([{ id: 'a', distanceKm: 400 }, { id: 'b', distanceKm: 120 }, { id: 'c', distanceKm: 300 }, { id: 'd', distanceKm: 900 }])].sort()).toEqual(['a', 'b', 'c']);
    expect(recommendedOfficeIds([{ id: 'a', distanceKm: 1 }, { id: 'b', distanceKm: 2 }, { id: 'c', distanceKm: 3 }, { id: 'd', distanceKm: 49.9 }, { id: 'e', distanceKm: 51 }]).has('d')).toBe(true);
  });
});
