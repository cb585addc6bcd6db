import { MAX_AMOUNT_ORE, TASK_STATUSES, type TaskStatus } from '@/api/contract';
import type { TaskRow } from '../db/schema';
import {
  decideBudgetApproval,
  decideBudgetOnBehalf,
  decideBudgetTotals,
  estimatedPartnerBudget,
  isCraftsmanTask,
  nextTaskStatus,
  nextWorkNumber,
  taskWorkNumber,
  type TaskEvent,
} from './caseWork';
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
  const b = (amount: number, status: 'submitted' | 'approved' | 'rejected' = 'submitted') => ({
    budget: { amount, status, addedById: null },
  });
  it.each([
    // øre: 10 000 NOK is 1 000 000
    { task: b(999_999), limit: 1_000_000, ok: true },
    { task: b(1_000_000), limit: 1_000_000, ok: true },
    { task: b(1_000_001), limit: 1_000_000, ok: false },
    { task: b(1_000_010 + 20), limit: 1_000_030, ok: true }, // 10 000,10 + 0,20 against 10 000,30
    { task: b(2_500_001), limit: 2_500_000, ok: false },
    { task: b(MAX_AMOUNT_ORE), limit: null, ok: true },
    { task: b(0), limit: 0, ok: true },
    { task: b(1), limit: 0, ok: false },
  ])('amount $task.budget.amount øre with limit $limit: ok=$ok', ({ task, limit, ok }) => {
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
  const t = (p: Partial<TaskRow>): Pick<TaskRow, 'officeId' | 'cashOffer' | 'status' | 'workItems'> => ({
    officeId: 'o-other',
    cashOffer: false,
    status: '2',
    workItems: [],
    ...p,
  });
  const item = {
    id: 'w',
    description: 'x',
    amount: 1,
    status: 'draft' as const,
    cashOffer: true,
    customerOwnWork: false,
  };
  it.each([
    { name: 'another partner, no iCC', task: t({}), viewerOffice: 'o-mine', result: { ok: true } },
    { name: 'insurer staff (no office)', task: t({}), viewerOffice: null, result: { ok: true } },
    {
      name: 'not assigned',
      task: t({ officeId: null }),
      viewerOffice: 'o-mine',
      result: { ok: false, reason: 'task_not_assigned' },
    },
    {
      name: 'own office',
      task: t({ officeId: 'o-mine' }),
      viewerOffice: 'o-mine',
      result: { ok: false, reason: 'own_office' },
    },
    {
      name: 'task as iCC',
      task: t({ cashOffer: true }),
      viewerOffice: 'o-mine',
      result: { ok: false, reason: 'cash_offer_in_use' },
    },
    {
      name: 'a work item as iCC',
      task: t({ workItems: [item] }),
      viewerOffice: 'o-mine',
      result: { ok: false, reason: 'cash_offer_in_use' },
    },
    {
      name: 'completed task',
      task: t({ status: '4' }),
      viewerOffice: 'o-mine',
      result: { ok: false, reason: 'task_status' },
    },
  ])('$name', ({ task, viewerOffice, result }) => {
    expect(decideBudgetOnBehalf(task, viewerOffice)).toEqual(result);
  });
});

describe('craftsman tasks and recommended offices', () => {
  it.each([
    ['carpentry', true],
    ['painting', true],
    ['demolition', true],
    ['waterDamageInspection', false],
    ['drying', false],
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

describe('estimatedPartnerBudget (øre)', () => {
  const item = (amount: number, customerOwnWork = false) => ({
    id: 'w',
    description: 'x',
    amount,
    status: 'draft' as const,
    cashOffer: false,
    customerOwnWork,
  });
  const table: [string, ReturnType<typeof item>[], number | null][] = [
    ['no work items yet', [], null],
    ['the sum of the work items', [item(1_200_000), item(800_050)], 2_000_050],
    ["without the customer's own work", [item(1_200_000), item(300_000, true)], 1_200_000],
    ["only the customer's own work", [item(300_000, true)], null],
  ];
  it.each(table)('%s', (_name, workItems, expected) => expect(estimatedPartnerBudget({ workItems })).toBe(expected));
});

describe('decideBudgetTotals: every sum bounded by MAX_AMOUNT_ORE', () => {
  const t = (id: string, amount: number | null, status: 'submitted' | 'approved' | 'rejected' = 'approved') => ({
    id,
    type: 'drying' as const,
    status: 'B' as const,
    officeId: null,
    userId: null,
    cashOffer: false,
    workItems: [],
    budget: amount === null ? null : { amount, status, addedById: null },
  });
  const M = MAX_AMOUNT_ORE;
  it.each<[string, ReturnType<typeof t>[], number[], ReturnType<typeof decideBudgetTotals>]>([
    ['exact sum of øre', [t('a', null)], [1_000_010, 20], { ok: true, taskBudget: 1_000_030, caseTotal: 1_000_030 }],
    [
      "adds the other tasks' budgets",
      [t('a', null), t('b', 500)],
      [100],
      { ok: true, taskBudget: 100, caseTotal: 600 },
    ],
    [
      "replaces the task's own old budget",
      [t('a', M), t('b', 500)],
      [100],
      { ok: true, taskBudget: 100, caseTotal: 600 },
    ],
    [
      'a rejected budget does not count',
      [t('a', null), t('b', M, 'rejected')],
      [M],
      { ok: true, taskBudget: M, caseTotal: M },
    ],
    ['a task budget at the bound', [t('a', null)], [M - 1, 1], { ok: true, taskBudget: M, caseTotal: M }],
    [
      'a task budget above the bound',
      [t('a', null)],
      [M, 1],
      { ok: false, reason: 'budget_total_too_large', limit: M },
    ],
    [
      '50 × 1 000 000 000 NOK',
      [t('a', null)],
      Array<number>(50).fill(M),
      { ok: false, reason: 'budget_total_too_large', limit: M },
    ],
    [
      'the case total above the bound',
      [t('a', null), t('b', M - 100)],
      [101],
      { ok: false, reason: 'case_budget_total_too_large', limit: M },
    ],
    [
      'the case total at the bound',
      [t('a', null), t('b', M - 100, 'submitted')],
      [100],
      { ok: true, taskBudget: 100, caseTotal: M },
    ],
  ])('%s', (_label, tasks, amounts, expected) => {
    expect(decideBudgetTotals({ tasks }, 'a', amounts)).toEqual(expected);
  });
});
