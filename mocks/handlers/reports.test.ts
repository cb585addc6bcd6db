import type { CaseStatisticsRow } from '@/api/contract';
import { caseStatisticsCsv } from './reports';

/** The CSV keeps its columns and formats while the API counts øre: users' spreadsheets read it. */
describe('Saksstatistikkrapport CSV: the budget column stays NOK as before', () => {
  const line = (budgetTotal: number): CaseStatisticsRow => ({
    caseId: 'case-1',
    reference: '000001',
    createdAt: '2026-11-18T08:15:00.000Z',
    status: 'open',
    closeReason: null,
    damageType: 'water',
    street: 'Edwards Munchs vei',
    postalCode: '1063',
    city: 'Oslo',
    claimNumber: '9054',
    customerName: 'Kari Nordmann',
    caseHandlerName: null,
    externalOfficeName: null,
    externalUserName: null,
    externalUserEmail: null,
    taskCount: 3,
    budgetTotal,
    invoiceCount: 0,
  });
  it.each<[number, string]>([
    [1_250_050, '12500,5'],
    [1_000_030, '10000,3'],
    [1_000_000, '10000'],
    [5, '0,05'],
    [0, '0'],
    [100_000_000_000, '1000000000'],
  ])('%s øre is written %s', (ore, cell) => {
    const [header, row] = caseStatisticsCsv([line(ore)], 'nb')
      .slice(1)
      .split('\r\n');
    const col = header!.split(';').indexOf('Saksbudsjett (NOK)');
    expect(col).toBeGreaterThan(-1);
    expect(row!.split(';')[col]).toBe(cell);
  });
});
