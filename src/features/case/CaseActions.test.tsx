import { screen, waitFor, within } from '@testing-library/react';
import type { CaseDetail, TaskActionKey } from '@/api/contract';
import { db } from '@mocks/db';
import { RIGHTS_DEMO_CASE_ID } from '@mocks/db/seed';
import { renderApp, signInAs } from '@test/renderApp';
import { call } from '@test/api';

/**
 * The case page shows exactly the actions the API lists for the viewer: per task (Tildel, Kontanttilbud,
 * Legg til budsjett, Godkjenn oppgave, Fjern) and for the case. A closed case lists no work action:
 * chat, documents and the reported information stay.
 */

const JORN = 'jorn.service@hansjorn.test';
const HANDLER = 'saksbehandler@jorn6.test';
const URL = `/cases/${RIGHTS_DEMO_CASE_ID}`;

/** The button label of each task action, as the task row names it. */
const LABEL: Record<TaskActionKey, (task: string) => string | null> = {
  assign: (t) => `Tildel ${t}`,
  cashOffer: (t) => `Kontanttilbud for ${t}`,
  addBudget: (t) => `Legg til budsjett for ${t}`,
  approve: (t) => `Godkjenn oppgave ${t}`,
  remove: (t) => `Fjern ${t}`,
  approveBudget: () => null, // in Kostnadskontroll, not in the task row
  escalateBudget: () => null, // in Kostnadskontroll too (issue 14)
  answerBudgetEscalation: () => null,
};
const TASK_NAMES: Record<string, string> = {
  drying: 'Tørring',
  carpentry: 'Snekker',
  demolition: 'Riving',
  painting: 'Maler',
};

async function apiCase(email: string): Promise<CaseDetail> {
  const token = signInAs(email);
  const r = await call('GET', `/cases/${RIGHTS_DEMO_CASE_ID}`, { token });
  expect(r.status).toBe(200);
  return r.json as CaseDetail;
}

async function taskRows() {
  const table = await screen.findByRole('table', { name: 'Oppgaver' }, { timeout: 5000 });
  return within(table).getAllByRole('row').slice(1);
}

describe("the case page renders the API's action lists", () => {
  it.each([
    ['the case handler', HANDLER],
    ['the external case handler', JORN],
  ])('%s sees in each task row exactly the listed task actions', async (_who, email) => {
    const detail = await apiCase(email);
    renderApp({ user: email, url: URL });
    const rows = await taskRows();
    expect(rows).toHaveLength(detail.tasks.length);
    detail.tasks.forEach((task, i) => {
      const name = TASK_NAMES[task.type] ?? task.type;
      const expected = task.actions
        .map((a) => LABEL[a](name))
        .filter((x): x is string => x !== null)
        .sort();
      const shown = within(rows[i]!)
        .queryAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '')
        .sort();
      expect(shown).toEqual(expected);
    });
  });

  it('a closed case shows the role holder no work action; chat, documents and the reported information stay', async () => {
    db().cases.update(RIGHTS_DEMO_CASE_ID, (c) => ({
      ...c,
      status: 'closed',
      closeReason: 'normal',
      version: c.version + 1,
    }));
    const detail = await apiCase(JORN);
    expect(detail.viewer.actions).toEqual(['chat', 'documents']);
    expect(detail.tasks.every((t) => t.actions.length === 0)).toBe(true);

    renderApp({ user: JORN, url: URL });
    const rows = await taskRows();
    for (const row of rows) expect(within(row).queryAllByRole('button')).toEqual([]);
    await screen.findByRole('checkbox', { name: 'Varsle meg om nye meldinger' });
    expect(screen.queryByRole('button', { name: 'Legg til flere' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start besiktigelse' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Del kundesiden' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Godta' })).toBeNull();
    // the record stays: reported information, chat and documents
    expect(screen.getByRole('heading', { name: 'Rapportert informasjon' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chat' })).toBeInTheDocument();
    expect(screen.getByLabelText('Last opp dokument')).toBeInTheDocument();
  });

  it('a closed case shows the case handler no Sakstiltak, Saksbehandler or Påminnelse change and no "Rediger" of the role', async () => {
    db().cases.update(RIGHTS_DEMO_CASE_ID, (c) => ({
      ...c,
      status: 'closed',
      closeReason: 'normal',
      version: c.version + 1,
    }));
    renderApp({ user: HANDLER, url: URL });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.getByText(/Avsluttet/)).toBeInTheDocument());
    for (const name of ['Vent', 'Lukk', 'Avbryt', 'Godta', 'Avis'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: /Rediger saksbehandler/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /påminnelse/i })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tildel bruker' })).toBeNull();
  });
});
