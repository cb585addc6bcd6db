import { parseAmountOre } from '@/api/contract';
import { formatAmountInput, formatDate, formatDateTime, formatMoney } from './format';
import { setLanguage } from './i18n';

describe('formatDate / formatDateTime never throw', () => {
  it.each([
    '2026-99-99',
    '0000-00-00',
    '2026-02-31',
    '9999-12-31',
    '+010000-01-01',
    'not a date',
    '',
    '2026-02-30T10:00:00Z',
  ])('"%s" shows "Ukjent dato"', (value) => {
    expect(formatDate(value)).toBe('Ukjent dato');
    expect(formatDateTime(value)).toBe('Ukjent dato');
  });

  it('null and undefined show "Ukjent dato" too', () => {
    expect(formatDate(null)).toBe('Ukjent dato');
    expect(formatDateTime(undefined)).toBe('Ukjent dato');
  });

  it('is "Unknown date" in English', async () => {
    await setLanguage('en');
    expect(formatDate('2026-02-31')).toBe('Unknown date');
    await setLanguage('nb');
  });

  it('formats real dates in nb-NO, Oslo time', () => {
    expect(formatDate('2022-02-24')).toBe('24.02.2022');
    expect(formatDate('2024-02-29')).toBe('29.02.2024');
    expect(formatDateTime('2022-02-24T12:35:00Z')).toBe('24.02.2022, 13:35');
    expect(formatDate('2100-12-31')).toBe('31.12.2100');
  });
});

describe('formatMoney / formatAmountInput: øre as NOK in nb-NO', () => {
  it.each<[number, string, string]>([
    [1000000, '10\u00a0000\u00a0NOK', '10\u00a0000'],
    [1000050, '10\u00a0000,50\u00a0NOK', '10\u00a0000,50'],
    [1000030, '10\u00a0000,30\u00a0NOK', '10\u00a0000,30'],
    [1, '0,01\u00a0NOK', '0,01'],
    [0, '0\u00a0NOK', '0'],
    [100_000_000_000, '1\u00a0000\u00a0000\u00a0000\u00a0NOK', '1\u00a0000\u00a0000\u00a0000'],
    [-150, '\u22121,50\u00a0NOK', '\u22121,50'],
  ])('%s øre -> %j / %j', (ore, money, input) => {
    expect(formatMoney(ore)).toBe(money);
    expect(formatAmountInput(ore)).toBe(input);
    // What the input shows is read back as the same øre.
    expect(parseAmountOre(input)).toBe(ore);
  });
});
