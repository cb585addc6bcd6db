import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp, signInAs } from '@test/renderApp';
import { db, IDS } from '@mocks/db';
import { setReportPacing } from '@mocks/handlers/reports';
import { apiRequest, sessionToken } from '@/api/client';
import { CaseStatisticsReport, CaseStatisticsReportList, CaseStatisticsReportMeta } from '@/api/contract';

const ADMIN = 'admin@jorn6.test';
const JORN_EMAIL = 'jorn.service@hansjorn.test';
const KNUT = 'u-12'; // Knut Johannessen, the other flagged user of Hans & Jørn Oslo
const KNUT_EMAIL = 'knut.johannessen@hansjorn.test';
const PERIOD = { from: '2025-01-01', to: '2026-12-31' };

afterEach(() => setReportPacing());

/** A small RFC 4180 reader with `;` as separator (what Norwegian Excel writes and reads). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function fetchCsv(id: string): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await fetch(new URL(`/api/reports/case-statistics/${id}/csv`, window.location.origin), {
    headers: { Authorization: `Bearer ${sessionToken.get()}` },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const generate = (body: object = PERIOD) =>
  apiRequest({ method: 'POST', path: '/reports/case-statistics', body, schema: CaseStatisticsReportMeta });
const getReport = (id: string, page = 1, pageSize = 500) =>
  apiRequest({ path: `/reports/case-statistics/${id}`, query: { page, pageSize }, schema: CaseStatisticsReport });
const emailOf = (r: CaseStatisticsReport, caseId: string) =>
  r.rows.items.find((x) => x.caseId === caseId)?.externalUserEmail;

describe('Saksstatistikkrapport: the API', () => {
  it('keeps the e-mail of the role holder at generation time: a re-assignment shows in the next report only', async () => {
    signInAs(ADMIN);
    const first = await generate();
    expect(first.status).toBe('done');
    expect(first.total).toBe(db().cases.size);
    expect(emailOf(await getReport(first.id), 'case-36')).toBe(JORN_EMAIL);

    db().cases.update('case-36', (c) => ({ ...c, externalUserId: KNUT }));
    const second = await generate();
    expect(emailOf(await getReport(second.id), 'case-36')).toBe(KNUT_EMAIL);
    expect(emailOf(await getReport(first.id), 'case-36')).toBe(JORN_EMAIL);
  });

  it('writes one row per case of the period with the chosen options', async () => {
    signInAs(ADMIN);
    const all = db().cases.all();
    const inPeriod = (iso: string) => {
      const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(iso));
      return day >= '2026-06-01' && day <= '2026-08-31';
    };
    const expected = all.filter(
      (c) => inPeriod(c.createdAt) && c.externalOfficeId !== null && c.status !== 'closed' && c.status !== 'cancelled',
    );
    const r = await generate({
      from: '2026-06-01',
      to: '2026-08-31',
      options: { includeClosed: false, onlyWithExternalCaseHandler: true },
    });
    expect(r.total).toBe(expected.length);
    const rows = await getReport(r.id);
    expect(rows.rows.items.map((x) => x.caseId).sort()).toEqual(expected.map((c) => c.id).sort());
  });

  it('serves the CSV as UTF-8 with a BOM, semicolons and quoting, with æøå intact', async () => {
    signInAs(ADMIN);
    db().cases.update('case-36', (c) => ({ ...c, customerName: 'Øyvind "Bæ" Ås; jr.' }));
    const r = await generate();
    const { res, bytes } = await fetchCsv(r.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toContain('saksstatistikk-2025-01-01-2026-12-31.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    const [header, ...lines] = rows;
    expect(header).toContain('E-post ekstern saksbehandler');
    expect(header).toContain('Årsak til avslutning av saken');
    expect(lines).toHaveLength(db().cases.size);
    const col = (name: string) => header!.indexOf(name);
    const row36 = lines.find((l) => l[col('Saksnummer')] === '000036')!;
    expect(row36[col('Kunde')]).toBe('Øyvind "Bæ" Ås; jr.');
    expect(row36[col('E-post ekstern saksbehandler')]).toBe(JORN_EMAIL);
    expect(row36[col('Ekstern saksbehandler (kontor)')]).toBe('Hans & Jørn Servicepartner - Oslo');
    expect(lines.every((l) => l.length === header!.length)).toBe(true);
    expect(
      lines.some(
        (l) => l[col('Poststed')] === 'Tromsø' || l[col('Poststed')] === 'Ålesund' || l[col('Poststed')] === 'Bærum',
      ),
    ).toBe(true);
  });

  it('generates a big period in chunks with progress, and can be cancelled', async () => {
    signInAs(ADMIN);
    setReportPacing({ chunk: 50, tickMs: 1 });
    const r = await generate();
    expect(r).toMatchObject({ status: 'running', processed: 50, total: 240 });
    await waitFor(async () => expect((await getReport(r.id)).status).toBe('done'));
    expect((await getReport(r.id)).rows.total).toBe(240);

    setReportPacing({ chunk: 20, tickMs: 10_000 });
    const slow = await generate();
    expect(slow.status).toBe('running');
    const cancelled = await apiRequest({
      method: 'DELETE',
      path: `/reports/case-statistics/${slow.id}`,
      schema: CaseStatisticsReportMeta,
    });
    expect(cancelled.status).toBe('cancelled');
    await expect(fetchCsv(slow.id).then((x) => x.res.status)).resolves.toBe(409);
  });

  it('refuses a period that ends before it starts (422 at the field)', async () => {
    signInAs(ADMIN);
    await expect(generate({ from: '2026-05-01', to: '2026-04-01' })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { to: { code: 'validation.periodOrder' } },
    });
  });

  it.each([
    'saksbehandler@jorn6.test',
    'jorn.service@hansjorn.test',
    'kontor@hansjorn.test',
    'plattform@saksportal.test',
  ])('answers 403 to %s on every report endpoint', async (email) => {
    signInAs(ADMIN);
    const r = await generate();
    signInAs(email);
    await expect(generate()).rejects.toMatchObject({ status: 403 });
    await expect(
      apiRequest({ path: '/reports/case-statistics', schema: CaseStatisticsReportList }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(getReport(r.id)).rejects.toMatchObject({ status: 403 });
    expect((await fetchCsv(r.id)).res.status).toBe(403);
    await expect(
      apiRequest({ method: 'DELETE', path: `/reports/case-statistics/${r.id}`, schema: CaseStatisticsReportMeta }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('Saksstatistikkrapport: the page', () => {
  const setPeriod = async () => {
    fireEvent.change(await screen.findByLabelText('Fra', { exact: true }), { target: { value: PERIOD.from } });
    fireEvent.change(screen.getByLabelText('Til', { exact: true }), { target: { value: PERIOD.to } });
  };
  const cellOf = (reference: string, column: string) => {
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('link', { name: reference }))!;
    return within(row).getAllByRole('cell')[headers.indexOf(column)]!.textContent;
  };

  it('generates a report, shows the e-mail column, and the next report after a re-assignment differs', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
    expect(await screen.findByRole('heading', { name: 'Saksstatistikkrapport' })).toBeInTheDocument();
    await setPeriod();
    await user.click(screen.getByRole('button', { name: 'Generer rapport' }));
    await screen.findByRole('button', { name: 'Last ned CSV' });
    expect(cellOf('000036', 'E-post ekstern saksbehandler')).toBe(JORN_EMAIL);
    expect(screen.getByText('Side 1 av 5')).toBeInTheDocument();

    db().cases.update('case-36', (c) => ({ ...c, externalUserId: KNUT }));
    await user.click(screen.getByRole('button', { name: 'Generer rapport' }));
    await waitFor(() => expect(cellOf('000036', 'E-post ekstern saksbehandler')).toBe(KNUT_EMAIL));

    // The earlier report (second in the list, newest first) still has Jørn Service.
    const earlier = await screen.findByRole('region', { name: 'Tidligere rapporter' });
    await waitFor(() => expect(within(earlier).getAllByRole('link')).toHaveLength(2));
    await user.click(within(earlier).getAllByRole('link')[1]!);
    await waitFor(() => expect(cellOf('000036', 'E-post ekstern saksbehandler')).toBe(JORN_EMAIL));
  });

  it('downloads the CSV as a Blob with the BOM', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:report';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
      await setPeriod();
      await user.click(await screen.findByRole('button', { name: 'Generer rapport' }));
      await user.click(await screen.findByRole('button', { name: 'Last ned CSV' }));
      await waitFor(() => expect(created).toHaveLength(1));
      expect(clicked[0]!.download).toBe('saksstatistikk-2025-01-01-2026-12-31.csv');
      const bytes = new Uint8Array(await created[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain(JORN_EMAIL);
      expect(text).toContain('Hans & Jørn Servicepartner - Oslo');
    } finally {
      click.mockRestore();
    }
  });

  it('signs out like any other request when the session has expired at "Last ned CSV" (401)', async () => {
    const { user, router } = renderApp({ user: ADMIN, url: '/admin/reports' });
    await setPeriod();
    await user.click(await screen.findByRole('button', { name: 'Generer rapport' }));
    const download = await screen.findByRole('button', { name: 'Last ned CSV' });
    // The server forgets the session (expired): the download is the next request.
    for (const s of db().sessions.all()) db().sessions.delete(s.id);
    await user.click(download);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toContain(encodeURIComponent('/admin/reports'));
    expect(sessionToken.get()).toBeNull();
  });

  it('says at the fields when the period is empty, and sends nothing', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
    fireEvent.change(await screen.findByLabelText('Fra', { exact: true }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Til', { exact: true }), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Generer rapport' }));
    expect(await screen.findAllByText('Feltet er obligatorisk.')).toHaveLength(2);
    expect(db().reports.size).toBe(0);
  });

  it('shows progress of a long generation and cancels it', async () => {
    setReportPacing({ chunk: 20, tickMs: 10_000 });
    const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
    await setPeriod();
    await user.click(await screen.findByRole('button', { name: 'Generer rapport' }));
    const bar = await screen.findByRole('progressbar', { name: 'Fremdrift for rapportgenereringen' });
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    expect(bar).toHaveAttribute('aria-valuemax', '240');
    expect(screen.getByText('20 av 240 saker')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(await screen.findByText('Rapportgenereringen ble avbrutt.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says so at the field when the period ends before it starts', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
    fireEvent.change(await screen.findByLabelText('Fra', { exact: true }), { target: { value: '2026-05-01' } });
    fireEvent.change(screen.getByLabelText('Til', { exact: true }), { target: { value: '2026-04-01' } });
    await user.click(screen.getByRole('button', { name: 'Generer rapport' }));
    expect(await screen.findByText('Til-datoen kan ikke være før fra-datoen.')).toBeInTheDocument();
    expect(db().reports.size).toBe(0);
  });

  it('is not offered to an insurer case handler', async () => {
    renderApp({ user: 'saksbehandler@jorn6.test', url: '/admin/reports' });
    expect(await screen.findByRole('heading', { name: 'Ingen tilgang' })).toBeInTheDocument();
    expect(db().users.get(IDS.caseHandler)?.authLevel).toBe('case_handler');
  });
});

describe('Saksstatistikkrapport: announcements and focus', () => {
  it('announces progress and completion in one persistent status, and keeps focus on "Generer rapport"', async () => {
    setReportPacing({ chunk: 20, tickMs: 150 });
    const { user } = renderApp({ user: ADMIN, url: '/admin/reports' });
    fireEvent.change(await screen.findByLabelText('Fra', { exact: true }), { target: { value: PERIOD.from } });
    fireEvent.change(screen.getByLabelText('Til', { exact: true }), { target: { value: PERIOD.to } });
    const button = screen.getByRole('button', { name: 'Generer rapport' });
    await user.click(button);
    const status = await screen.findByText('Genererer rapport …', { selector: '[role="status"]' });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    // Still focused and focusable while running; a second click does not start another report.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(document.activeElement).toBe(button);
    await user.click(button);

    await waitFor(() => expect(status).toHaveTextContent('Rapporten er ferdig: 240 saker'), { timeout: 5000 });
    expect(status).toBeInTheDocument();
    expect(document.activeElement).toBe(button);
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(db().reports.size).toBe(1);
    expect(screen.getByText(/: 240 saker, 01\.01\.2025–31\.12\.2026$/)).toBeInTheDocument();
  });

  it('writes counts with plural forms and nb-NO digits, in Norwegian and English', async () => {
    const { i18n } = await import('@/lib/i18n');
    const nb = i18n.getFixedT('nb', 'reports');
    const en = i18n.getFixedT('en', 'reports');
    const args = { at: 'x', by: 'y', from: 'a', to: 'b' };
    expect(nb('caseStatistics.generatedAt', { ...args, count: 1, formattedCount: '1' })).toBe(
      'Generert x av y: 1 sak, a–b',
    );
    expect(nb('caseStatistics.generatedAt', { ...args, count: 12345, formattedCount: '12\u00a0345' })).toBe(
      'Generert x av y: 12\u00a0345 saker, a–b',
    );
    expect(en('caseStatistics.generatedAt', { ...args, count: 1, formattedCount: '1' })).toBe(
      'Generated x by y: 1 case, a–b',
    );
    expect(en('caseStatistics.finished', { count: 2, formattedCount: '2' })).toBe('The report is ready: 2 cases');
    expect(nb('caseStatistics.finished', { count: 1, formattedCount: '1' })).toBe('Rapporten er ferdig: 1 sak');
  });
});
