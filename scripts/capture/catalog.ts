/**
 * The one list of the pages and dialogs of the guide's flows (issue 11 and 13): each with the account
 * that sees it, its URL, the steps that open a dialog, and the story point or demo scenario it shows.
 * `npm run screens`, `npm run review` and test/e2e/layout.e2e.ts all go through this list.
 *
 * Steps find elements by role and by the app's own texts (`t('ns:key')`, read from locales/), so the
 * same steps work in nb and en.
 */
import type { Locator } from 'playwright-core';
import { chooseOption, go, type Entry, type StepContext, type StoryStep } from './engine.ts';

/** The guide's section headings, exactly as written in ../shared/seed/ (the review checks each has a screen). */
export const SECTIONS = {
  intro: 'Introduksjon',
  r1: 'Definer hva den den eksterne saksbehandleren skal kunne gjøre',
  r2: 'Definer brukere for rollen',
  r3: 'Tildel den eksterne saksbehandlerrollen til et kontor',
  r4: 'Tildel ekstern saksbehandler',
  r6: 'Filter for Ekstern saksbehandler',
  r7: 'Statistikker og rapporter',
} as const;

const OFFICE = 'Hans & Jørn Servicepartner - Oslo';
const GUIDE_CASE = '/cases/case-1';
const RIGHTS_CASE = '/cases/case-rights-demo';

const dialog = ({ page }: StepContext, name: string | RegExp) => page.getByRole('dialog', { name });

/** Waits for the dialog and its first form control or button (its content has loaded). */
async function dialogShown(d: Locator) {
  await d.waitFor();
  await d.locator('select, input, button').first().waitFor();
  // A dialog whose list loads after it opens ("Tildel": the scope drop-down is there at once) shows "Laster …" meanwhile.
  await d.getByRole('status').first().waitFor({ state: 'detached' });
  return d;
}

async function openAssignOffice(s: StepContext) {
  await s.page.getByRole('button', { name: s.t('assignOffice:editLabel'), exact: true }).click();
  return dialogShown(dialog(s, s.t('assignOffice:title')));
}

async function openAssignUser(s: StepContext) {
  await s.page.getByRole('button', { name: s.t('assignOffice:user.action'), exact: true }).click();
  return dialogShown(dialog(s, s.t('assignOffice:user.title')));
}

async function openAddFilter(s: StepContext, filterKey?: string) {
  await s.page.getByRole('button', { name: s.t('caseList:panel.addFilter') }).click();
  const menu = s.page.getByRole('menu');
  await menu.waitFor();
  if (!filterKey) return;
  await s.page.getByRole('menuitem', { name: s.t(filterKey), exact: true }).click();
  await dialogShown(dialog(s, s.t(filterKey)));
}

/** A date field, native (`type=date`) or the app's own Norwegian one (dd.mm.åååå). */
async function fillDate(field: Locator, iso: string) {
  const type = await field.getAttribute('type');
  if (type === 'date') return field.fill(iso);
  const [y, m, d] = iso.split('-');
  await field.fill(`${d}.${m}.${y}`);
}

async function generateReport(s: StepContext) {
  await fillDate(s.page.getByLabel(s.t('reports:caseStatistics.from'), { exact: true }), '2025-01-01');
  await fillDate(s.page.getByLabel(s.t('reports:caseStatistics.to'), { exact: true }), '2026-12-31');
  await s.page.getByRole('button', { name: s.t('reports:caseStatistics.generate') }).click();
}

/** The case page has loaded its header. */
const caseReady = async ({ page }: StepContext) => {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('main').getByRole('button').first().waitFor();
  // The tabs are drawn in the render after the header's (src/app/routes/case.tsx).
  await page.locator('main').getByRole('tablist').first().waitFor();
};

/** The guide's story, in order: who does what. Entries with `after` show the demo data after that step. */
export const STORY: readonly StoryStep[] = [
  {
    id: 'office-assigned',
    account: 'saksbehandler@jorn6.test',
    async run(s) {
      await go(s.page, GUIDE_CASE);
      await caseReady(s);
      const d = await openAssignOffice(s);
      await chooseOption(d, OFFICE);
      await d.getByRole('button', { name: s.t('assignOffice:save'), exact: true }).click();
      await d.waitFor({ state: 'hidden' });
    },
  },
  {
    id: 'user-assigned',
    account: 'kontor@hansjorn.test',
    async run(s) {
      await go(s.page, GUIDE_CASE);
      await caseReady(s);
      const d = await openAssignUser(s);
      await chooseOption(d, 'Jørn Service');
      await d.getByRole('button', { name: s.t('assignOffice:save'), exact: true }).click();
      await d.waitFor({ state: 'hidden' });
    },
  },
];

export const CATALOG: readonly Entry[] = [
  // Introduksjon: signing in, and where each person lands.
  { id: 'login', title: 'Sign-in page with the demo accounts', section: SECTIONS.intro, account: null, path: '/login' },
  {
    id: 'dashboard-case-handler',
    title: "The insurer's case handler's dashboard",
    section: SECTIONS.intro,
    account: 'saksbehandler@jorn6.test',
    path: '/',
  },

  // R1 the portal's role definition.
  {
    id: 'role-definition',
    title: 'Role definition: the 16 rights and the default budget limit',
    section: SECTIONS.r1,
    account: 'plattform@saksportal.test',
    path: '/platform/role-definition',
  },
  {
    id: 'role-definition-conflict',
    title: 'Role definition: saving after someone else did (409)',
    section: SECTIONS.r1,
    account: 'plattform@saksportal.test',
    path: '/platform/role-definition',
    scenario: 'conflict',
    async open(s) {
      await s.page.getByRole('switch', { name: s.t('roleDefinition:rights.approveTasks.name'), exact: true }).click();
      await s.page.getByRole('button', { name: s.t('roleDefinition:save'), exact: true }).click();
      await s.page.getByRole('alert').first().waitFor();
    },
  },
  {
    id: 'role-definition-failing',
    title: 'Role definition when the service does not answer',
    section: SECTIONS.r1,
    account: 'plattform@saksportal.test',
    path: '/platform/role-definition',
    scenario: 'failing',
    ready: ({ page }) => page.getByRole('alert').first().waitFor(),
  },

  // R2 members: who may hold the role.
  {
    id: 'members',
    title: 'Selskapets admin -> Medlemmer',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members',
  },
  {
    id: 'members-gear-menu',
    title: 'Medlemmer: the gear menu with Rediger',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members?q=Hege',
    async open(s) {
      await s.page
        .getByRole('button', { name: s.t('members:list.actionsFor', { name: 'Hege Håndverker' }), exact: true })
        .click();
      await s.page.getByRole('menuitem', { name: s.t('members:list.edit'), exact: true }).waitFor();
    },
  },
  {
    id: 'member-edit',
    title: 'Rediger medlem: Jørn Service, flagged as external case handler',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members/u-jorn-service',
    ready: ({ page }) =>
      page
        .getByRole('button')
        .first()
        .waitFor()
        .then(() => page.locator('form input').first().waitFor()),
  },
  {
    id: 'member-edit-unflag',
    title: 'Rediger medlem: removing the flag warns with the number of open cases',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members/u-jorn-service',
    ready: ({ page }) => page.locator('form input').first().waitFor(),
    async open(s) {
      await s.page.getByRole('checkbox', { name: s.t('members:fields.externalCaseHandler'), exact: true }).uncheck();
      await s.page.getByRole('button', { name: s.t('members:edit.save'), exact: true }).click();
      await dialogShown(dialog(s, s.t('members:unflag.title')));
    },
  },
  {
    id: 'member-edit-conflict',
    title: 'Rediger medlem: saving after someone else did (409), the input is kept',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members/u-handverker',
    scenario: 'conflict',
    ready: ({ page }) => page.locator('form input').first().waitFor(),
    async open(s) {
      await s.page.getByRole('checkbox', { name: s.t('members:fields.externalCaseHandler'), exact: true }).check();
      await s.page.getByRole('button', { name: s.t('members:edit.save'), exact: true }).click();
      await s.page.getByRole('alert').first().waitFor();
    },
  },
  {
    id: 'members-empty',
    title: 'Medlemmer with no member matching',
    section: SECTIONS.r2,
    account: 'admin@jorn6.test',
    path: '/admin/members',
    scenario: 'empty-list',
  },

  // R3 the case handler gives the role to an office.
  {
    id: 'case-page',
    title: "The guide's case (000001) as the insurer's case handler",
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    ready: caseReady,
  },
  {
    id: 'assign-office',
    title: 'Tildel: the recommended offices by distance',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    ready: caseReady,
    open: openAssignOffice,
  },
  {
    id: 'case-cancel-confirm',
    title: 'Sakstiltak -> Avbryt asks first',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    ready: caseReady,
    async open(s) {
      await s.page
        .locator('header')
        .getByRole('button', { name: s.t('caseHeader:actions.cancel'), exact: true })
        .first()
        .click();
      await dialogShown(dialog(s, s.t('caseHeader:confirm.cancelTitle')));
    },
  },
  {
    id: 'case-office-assigned',
    title: 'The case after the office was chosen: user not assigned yet',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    after: 'office-assigned',
    ready: caseReady,
  },
  {
    id: 'case-log',
    title: 'Logg: who gave the role to whom',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    after: 'user-assigned',
    ready: caseReady,
    async open(s) {
      // The "Ekstern saksbehandler" row's Logg: every change of the role.
      await s.page.getByRole('button', { name: s.t('caseHeader:a11y.externalCaseHandlerLog'), exact: true }).click();
      await dialogShown(
        dialog(s, s.t('caseHeader:log.titleTopic', { topic: s.t('caseHeader:log.topics.externalCaseHandler') })),
      );
    },
  },
  {
    id: 'assign-office-none',
    title: 'Tildel when no office has a flagged user',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    scenario: 'no-eligible-office',
    ready: caseReady,
    open: openAssignOffice,
  },
  {
    id: 'assign-office-conflict',
    title: 'Tildel: saving after someone else changed the case (409)',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    scenario: 'conflict',
    ready: caseReady,
    async open(s) {
      const d = await openAssignOffice(s);
      await chooseOption(d, OFFICE);
      await d.getByRole('button', { name: s.t('assignOffice:save'), exact: true }).click();
      await d.getByRole('alert').first().waitFor();
    },
  },
  {
    id: 'case-closed',
    title: 'The case when it is closed: no actions',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    scenario: 'closed-case',
    ready: caseReady,
  },
  {
    id: 'case-slow',
    title: 'The case page while the service is slow',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    scenario: 'slow',
  },
  {
    id: 'case-failing',
    title: 'The case page when the service does not answer',
    section: SECTIONS.r3,
    account: 'saksbehandler@jorn6.test',
    path: GUIDE_CASE,
    scenario: 'failing',
    ready: ({ page }) => page.getByRole('alert').first().waitFor(),
  },
  {
    id: 'partner-network',
    title: 'Innstillinger: the insurer\'s partner network, the offices "Tildel" and tasks may go to',
    section: SECTIONS.r3,
    account: 'admin@jorn6.test',
    path: '/settings',
    ready: ({ page }) => page.getByRole('table').first().waitFor(),
  },

  // R4 the office is told and assigns its flagged user; the rights apply.
  {
    id: 'notifications-office',
    title: 'Varsler: the office is told to assign a user',
    section: SECTIONS.r4,
    account: 'kontor@hansjorn.test',
    path: '/notifications',
    after: 'office-assigned',
  },
  {
    id: 'assign-user',
    title: 'Tildel bruker: only flagged active users of the office',
    section: SECTIONS.r4,
    account: 'kontor@hansjorn.test',
    path: GUIDE_CASE,
    after: 'office-assigned',
    ready: caseReady,
    open: openAssignUser,
  },
  {
    id: 'assign-user-none',
    title: 'Tildel bruker when the office has no flagged user',
    section: SECTIONS.r4,
    account: 'kontor@hansjorn.test',
    path: GUIDE_CASE,
    after: 'office-assigned',
    scenario: 'no-eligible-office',
    ready: caseReady,
    open: openAssignUser,
  },
  {
    id: 'case-as-external',
    title: 'The case as Jørn Service, the external case handler',
    section: SECTIONS.r4,
    account: 'jorn.service@hansjorn.test',
    path: GUIDE_CASE,
    after: 'user-assigned',
    ready: caseReady,
  },
  {
    id: 'notifications-external',
    title: 'Varsler: Jørn Service is told he holds the role',
    section: SECTIONS.r4,
    account: 'jorn.service@hansjorn.test',
    path: '/notifications',
    after: 'user-assigned',
  },
  {
    id: 'cost-control',
    title: "Kostnadskontroll: budget approval up to Jørn Service's limit",
    section: SECTIONS.r4,
    account: 'jorn.service@hansjorn.test',
    path: `${RIGHTS_CASE}?tab=cost`,
    ready: caseReady,
  },
  {
    id: 'cost-control-over-limit',
    title: 'Kostnadskontroll when every budget is over the limit',
    section: SECTIONS.r4,
    account: 'jorn.service@hansjorn.test',
    path: `${RIGHTS_CASE}?tab=cost`,
    scenario: 'over-limit',
    ready: caseReady,
  },
  {
    id: 'notifications-empty',
    title: 'Varsler with none',
    section: SECTIONS.r4,
    account: 'kontor@hansjorn.test',
    path: '/notifications',
    scenario: 'empty-list',
  },

  // R6 following the cases: dashboard and case list.
  {
    id: 'dashboard-external',
    title: 'Instrumentbord: "Saker hvor jeg er ekstern saksbehandler"',
    section: SECTIONS.r6,
    account: 'jorn.service@hansjorn.test',
    path: '/?scope=externalCaseHandler',
  },
  {
    id: 'dashboard-not-flagged',
    title: 'Instrumentbord of a user who is not flagged: no such filter',
    section: SECTIONS.r6,
    account: 'handverker@hansjorn.test',
    path: '/',
  },
  { id: 'case-list', title: 'Saksliste', section: SECTIONS.r6, account: 'saksbehandler@jorn6.test', path: '/cases' },
  {
    id: 'case-list-filtered',
    title: 'Saksliste: Bruker = Jørn Service and "Saker med ekstern saksbehandler"',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases?user=u-jorn-service&adv=withExternalCaseHandler',
  },
  {
    id: 'case-list-add-filter',
    title: 'Saksliste: Legg til filter',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    open: (s) => openAddFilter(s),
  },
  {
    id: 'case-list-user-filter',
    title: 'Saksliste: the Bruker filter',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    open: (s) => openAddFilter(s, 'caseList:filters.user'),
  },
  {
    id: 'case-list-advanced',
    title: 'Saksliste: Avanserte innstillinger',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    open: (s) => openAddFilter(s, 'caseList:filters.advanced'),
  },
  {
    id: 'case-list-external',
    title: "Jørn Service's case list",
    section: SECTIONS.r6,
    account: 'jorn.service@hansjorn.test',
    path: '/cases?adv=myTask',
  },
  {
    id: 'dashboard-empty',
    title: 'Instrumentbord with no cases',
    section: SECTIONS.r6,
    account: 'jorn.service@hansjorn.test',
    path: '/?scope=externalCaseHandler',
    scenario: 'empty-list',
  },
  {
    id: 'case-list-empty',
    title: 'Saksliste with no case',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    scenario: 'empty-list',
  },
  {
    id: 'case-list-slow',
    title: 'Saksliste while the service is slow',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    scenario: 'slow',
  },
  {
    id: 'case-list-failing',
    title: 'Saksliste when the service does not answer',
    section: SECTIONS.r6,
    account: 'saksbehandler@jorn6.test',
    path: '/cases',
    scenario: 'failing',
    ready: ({ page }) => page.getByRole('alert').first().waitFor(),
  },

  // R7 the report.
  {
    id: 'reports',
    title: 'Selskapets admin -> Rapporter -> Saksstatistikkrapport',
    section: SECTIONS.r7,
    account: 'admin@jorn6.test',
    path: '/admin/reports',
  },
  {
    id: 'report-generated',
    title: 'Saksstatistikkrapport generated: the role holder e-mail column',
    section: SECTIONS.r7,
    account: 'admin@jorn6.test',
    path: '/admin/reports',
    async open(s) {
      await generateReport(s);
      await s.page.getByRole('button', { name: s.t('reports:caseStatistics.download') }).waitFor({ timeout: 30_000 });
    },
  },
  {
    id: 'report-empty',
    title: 'Saksstatistikkrapport with no case in the period',
    section: SECTIONS.r7,
    account: 'admin@jorn6.test',
    path: '/admin/reports',
    scenario: 'empty-list',
    async open(s) {
      await generateReport(s);
      await s.page.getByRole('button', { name: s.t('reports:caseStatistics.download') }).waitFor({ timeout: 30_000 });
    },
  },
  {
    id: 'reports-failing',
    title: 'Rapporter when the service does not answer',
    section: SECTIONS.r7,
    account: 'admin@jorn6.test',
    path: '/admin/reports',
    scenario: 'failing',
    ready: ({ page }) => page.getByRole('alert').first().waitFor(),
  },
];

/** The entries without a scenario: the guide's screens on a good day. */
export const GOOD_DAY = CATALOG.filter((e) => !e.scenario);
