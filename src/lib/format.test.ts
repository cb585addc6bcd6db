import { formatDate, formatDateTime } from './format';
import { setLanguage } from './i18n';

describe('formatDate / formatDateTime never throw', () => {
  it.each(['2026-99-99', '0000-00-00', '2026-02-31', '9999-12-31', '+010000-01-01', 'not a date', '', '2026-02-30T10:00:00Z'])(
    '"%s" shows "Ukjent dato"',
    (value) => {
      expect(formatDate(value)).toBe('Ukjent dato');
      expect(formatDateTime(value)).toBe('Ukjent dato');
    },
  );

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
