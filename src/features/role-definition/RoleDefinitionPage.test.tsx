import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, signInAs } from '@test/renderApp';
import { db, IDS, reloadDb } from '@mocks/db';

/** The guide's table "Handling / Forklaring", verbatim (typos included: it is the source of truth). */
const GUIDE_RIGHTS: [string, string][] = [
  ['Legg til / fjern oppgaver', 'Gir tilgang til å legge til og fjerne oppgaver fra saken'],
  [
    'Tildel oppgaver til partnere',
    'Oppgaver kan tildeles basert på forsikringsselskapets partnernettsverk og innstillinger',
  ],
  [
    'Vis kontorkategorier',
    'Kontorkategoriene som forsikringsselskapet har definert for å sikre optimal tildeling, kan brukes når man tildeler oppgaver',
  ],
  ['Ta erstatningsbeslutning', 'Gir tilgang til å ta en erstatningsbeslutning i saken'],
  [
    'Gjøre kontanttilbud for alle oppgaver',
    'Aktiverer muligheten for å tildele arbeidsposter/oppgaver som kontanttilbud (iCC)',
  ],
  [
    'Legge til budsjett på vegne av andre partnere',
    'Hvis ikke iCC er i bruk, kan den eksterne saksbehandleren legge til budsjett for oppgaver som er tildelt andre partnere',
  ],
  [
    'Godkjenne budsjett',
    'Aktiverer tilgang til kostnadskontroll-fanen og muligheten for å godkjenne budsjetter opptil definert grense',
  ],
  ['Godkjenne oppgaver', 'Fullførte oppgaver kan godkjennes av rollen (status 4->A)'],
  [
    'Opprette og redigere RFQ',
    'Aktiverer muligheten for å sende RFQ-invitasjon for håndverkeroppgaver, samt oppdatere og følge opp til beslutningen må tas',
  ],
  [
    'Legge til ikke-in4mo partnere til RFQ',
    'Når RFQ er startet kan nye partnere legges til. Disse partnerne vil ikke ha direkte tilgang til in4mo, og de er bare brukt fro RFQ, derav navnet ikke-in4mo partnere',
  ],
  ['Ta avgjørelse i RFQ', 'Aktiverer muligheten for partneren å beslutte vinneren av en RFQ'],
  [
    'Tilgang til kundekontakt',
    'Gir tilgang til deling av kundesiden, dele dokumenter og lese/sende meldinger, avhengig av konfigurasjoner',
  ],
  [
    'Markert for chat-notifikasjon',
    'Hvis denne funksjonen er aktivert, vil den eksterne saksbehandleren automatisk merkes for å motta notifikasjon når det skrives en chat i saken, og det er ikke mulig å fjerne denne markeringen',
  ],
  [
    'Gi kontanttilbud for arbeidspost før budsjettgodkjenning',
    'Gir ekstern saksbehandler tilgang til å tildele arbeidsposter til kundens eget arbeid før arbeidspostene har blitt godkjent',
  ],
  ['Start besiktigelse', 'Gir tilgang til å starte en besiktigelse fra nettportalen'],
  ['Tilgang til in4mo Remote Video', 'Gir tilgang til fjernvideo (iRV) i saken'],
];

const URL = '/platform/role-definition';
const portal = () => db().portals.get(IDS.portal)!;

describe('R1 role definition page', () => {
  it("shows the 16 rights as switches in the guide's order, with its names and explanations, and the always-granted note", async () => {
    renderApp({ user: 'plattform@saksportal.test', url: URL });
    expect(
      await screen.findByRole('heading', { name: 'Rolledefinisjon: Ekstern saksbehandler', level: 1 }),
    ).toBeInTheDocument();
    const switches = await screen.findAllByRole('switch');
    expect(switches).toHaveLength(16);
    GUIDE_RIGHTS.forEach(([name, explanation], i) => {
      expect(switches[i]).toHaveAccessibleName(name);
      expect(switches[i]).toHaveAccessibleDescription(explanation);
    });
    // The guide's "Handling / Forklaring" table: one row per right, the switch in the Handling cell.
    const table = screen.getByRole('table', { name: 'Rettigheter for ekstern saksbehandler' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Handling', 'Forklaring']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(16);
    const approveBudget = rows[6]!;
    expect(within(approveBudget).getByRole('rowheader')).toHaveTextContent('Godkjenne budsjett');
    expect(within(approveBudget).getByRole('cell')).toHaveTextContent(
      'Aktiverer tilgang til kostnadskontroll-fanen og muligheten for å godkjenne budsjetter opptil definert grense',
    );
    expect(within(approveBudget).getByRole('switch')).toBeChecked();
    // Seed: everything except Remote Video and non-in4mo partners.
    expect(screen.getByRole('switch', { name: 'Tilgang til in4mo Remote Video' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Legge til ikke-in4mo partnere til RFQ' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Godkjenne budsjett' })).toBeChecked();
    expect(
      screen.getByText(
        'Den eksterne saksbehandleren vil alltid ha tilgang til chatten, alle dokumenter og rapportert informasjon i en sak.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Standard grense for budsjettgodkjenning (NOK)' })).toHaveValue(
      '10\u00a0000',
    );
  });

  it('saves switched rights and a Norwegian amount, and they are kept after a reload', async () => {
    const { user, unmount } = renderApp({ user: 'plattform@saksportal.test', url: URL });
    await user.click(await screen.findByRole('switch', { name: 'Tilgang til in4mo Remote Video' }));
    await user.click(screen.getByRole('switch', { name: 'Ta erstatningsbeslutning' }));
    const amount = screen.getByRole('textbox', { name: 'Standard grense for budsjettgodkjenning (NOK)' });
    await user.clear(amount);
    await user.type(amount, '12 500,50');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(
      await screen.findByText('Rolledefinisjonen er lagret. Den gjelder straks i alle saker.'),
    ).toBeInTheDocument();
    expect(portal().defaultBudgetLimit).toBe(1_250_050);
    expect(portal().rights).toContain('remoteVideo');
    expect(portal().rights).not.toContain('claimDecision');
    expect(portal().version).toBe(2);

    unmount();
    await reloadDb();
    renderApp({ user: 'plattform@saksportal.test', url: URL });
    expect(await screen.findByRole('switch', { name: 'Tilgang til in4mo Remote Video' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Ta erstatningsbeslutning' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Standard grense for budsjettgodkjenning (NOK)' })).toHaveValue(
      '12\u00a0500,50',
    );
  });

  it('accepts the plain format "10000.5" too', async () => {
    const { user } = renderApp({ user: 'plattform@saksportal.test', url: URL });
    const amount = await screen.findByRole('textbox', { name: 'Standard grense for budsjettgodkjenning (NOK)' });
    await user.clear(amount);
    await user.type(amount, '10000.5');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText(/Rolledefinisjonen er lagret/);
    expect(portal().defaultBudgetLimit).toBe(1_000_050);
  });

  it.each([
    ['ti tusen', 'Skriv et beløp, for eksempel 10 000,50 eller 10000.5.'],
    ['-500', 'Beløpet kan ikke være negativt.'],
    ['2 000 000 000', 'Beløpet kan ikke være større enn 1 000 000 000 NOK.'],
  ])('says so at the field for the amount %j and saves nothing', async (typed, message) => {
    const { user } = renderApp({ user: 'plattform@saksportal.test', url: URL });
    const amount = await screen.findByRole('textbox', { name: 'Standard grense for budsjettgodkjenning (NOK)' });
    await user.click(screen.getByRole('switch', { name: 'Start besiktigelse' }));
    await user.clear(amount);
    await user.type(amount, typed);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(amount).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveValue(typed);
    expect(screen.getByRole('switch', { name: 'Start besiktigelse' })).not.toBeChecked();
    expect(portal().version).toBe(1);
    expect(portal().rights).toContain('startInspection');
  });

  it('says so on a stale version without losing the choices, and can reload', async () => {
    const { user } = renderApp({ user: 'plattform@saksportal.test', url: URL });
    await user.click(await screen.findByRole('switch', { name: 'Tilgang til in4mo Remote Video' }));
    db().portals.update(IDS.portal, (p) => ({
      ...p,
      version: p.version + 1,
      rights: p.rights.filter((r) => r !== 'startInspection'),
    }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Noen andre har endret rolledefinisjonen mens du arbeidet. Valgene dine er beholdt',
    );
    expect(screen.getByRole('switch', { name: 'Tilgang til in4mo Remote Video' })).toBeChecked();
    expect(portal().rights).not.toContain('remoteVideo');
    await user.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Start besiktigelse' })).not.toBeChecked());
    expect(screen.getByRole('switch', { name: 'Tilgang til in4mo Remote Video' })).not.toBeChecked();
    await user.click(screen.getByRole('switch', { name: 'Tilgang til in4mo Remote Video' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText(/Rolledefinisjonen er lagret/);
    expect(portal().rights).toContain('remoteVideo');
  });

  it('is in English when the language is en', async () => {
    renderApp({ user: 'plattform@saksportal.test', url: URL, language: 'en' });
    expect(await screen.findByRole('switch', { name: 'Approve budget' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it.each([
    'admin@jorn6.test',
    'saksbehandler@jorn6.test',
    'kontor@hansjorn.test',
    'jorn.service@hansjorn.test',
    'handverker@hansjorn.test',
  ])('is hidden from %s: no menu link, "Ingen tilgang" on the page, and the API answers 403', async (email) => {
    renderApp({ user: email, url: URL });
    expect(await screen.findByRole('heading', { name: 'Ingen tilgang' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rolledefinisjon' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();

    const token = signInAs(email);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const get = await fetch(`${window.location.origin}/api/portal/role-definition`, { headers });
    expect(get.status).toBe(403);
    const put = await fetch(`${window.location.origin}/api/portal/role-definition`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ rights: [], defaultBudgetLimit: 0, version: 1 }),
    });
    expect(put.status).toBe(403);
    expect(portal().rights.length).toBeGreaterThan(0);
  });
});
