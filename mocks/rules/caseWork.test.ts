import { TASK_STATUSES, type TaskStatus } from '@/api/contract';
import type { TaskRow } from '../db/schema';
import { decideBudgetApproval, decideBudgetOnBehalf, estimatedPartnerBudget, isCraftsmanTask, nextTaskStatus, nextWorkNumber, taskWorkNumber, type TaskEvent } from './caseWork';
import { recommendedOfficeIds } from './officeRecommendation';

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

  it('recommends, for the role and for tasks alike, the five nearest and every office within 100 km', () => {
    const far = [400, 120, 300, 900, 150, 700].map((km, i) => ({ id: `o${i}`, distanceKm: km }));
    expect([...recommendedOfficeIds(far)].sort()).toEqual(['o0', 'o1', 'o2', 'o4', 'o5']);
    const near = [1, 2, 3, 4, 5, 99.9, 100, 100.1].map((km, i) => ({ id: `n${i}`, distanceKm: km }));
    expect([...recommendedOfficeIds(near)].sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    expect(recommendedOfficeIds([])).toEqual(new Set());
  });
});

describe('Arbeidsnummer', () => {
  const table: [string, { workNumber?: number }[], number[], number][] = [
    ['no tasks', [], [], 1],
    ['numbered tasks', [{ workNumber: 1 }, { workNumber: 2 }], [1, 2], 3],
    ['a removed task leaves a gap that is not filled', [{ workNumber: 1 }, { workNumber: 3 }], [1, 3], 4],
    ['rows stored before the number count by place', [{}, {}], [1, 2], 3],
    ['an old case with a task added since', [{}, {}, { workNumber: 3 }], [1, 2, 3], 4],
  ];
  it.each(table)('%s', (_name, tasks, numbers, next) => {
    expect(tasks.map((_t, i) => taskWorkNumber(tasks, i))).toEqual(numbers);
    expect(nextWorkNumber(tasks)).toBe(next);
  });
});

describe('estimatedPartnerBudget', () => {
  const item = (amount: number, customerOwnWork = false) => ({ id: 'w', description: 'x', amount, status: 'draft' as const, cashOffer: false, customerOwnWork });
  const table: [string, ReturnType<typeof item>[], number | null][] = [
    ['no work items yet', [], null],
    ['the sum of the work items', [item(12000), item(8000.5)], 20000.5],
    ['without the customer\'s own work', [item(12000), item(3000, true)], 12000],
    ['only the customer\'s own work', [item(3000, true)], null],
  ];
  it.each(table)('%s', (_name, workItems, expected) => expect(estimatedPartnerBudget({ workItems })).toBe(expected));
});
