import { isValidDay } from '@/api/contract/common';
import { i18n } from './i18n';

/** Numbers and dates always in nb-NO format (the portal is Norwegian), whatever the UI language. */
const LOCALE = 'nb-NO';

const nok = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const nok2 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const int = new Intl.NumberFormat(LOCALE);
const date = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Oslo' });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo',
});

/** "10 000 NOK", "10 000,50 NOK" (non-breaking spaces as nb-NO writes them). */
export const formatNok = (amount: number) => `${(Number.isInteger(amount) ? nok : nok2).format(amount)}\u00a0NOK`;
/** An amount for an input field: "10 000,5". */
export const formatAmountInput = (amount: number) => nok.format(amount);
export const formatNumber = (n: number) => int.format(n);
export const formatKm = (km: number) => `${km.toFixed(1)} km`;

/** A date or time the formatter can show, or null (garbage, "2026-99-99", out of the Date range). */
function toDate(iso: string | null | undefined): Date | null {
  // The date part must be a real calendar day: Date would turn "2026-02-31" into 3 March.
  if (typeof iso !== 'string' || !isValidDay(iso.slice(0, 10))) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
const unknownDate = () => i18n.t('common:unknownDate');

/** "24.02.2022"; never throws: an unknown or impossible date shows "Ukjent dato". */
export const formatDate = (iso: string | null | undefined) => {
  const d = toDate(iso);
  return d ? date.format(d) : unknownDate();
};
/** "24.02.2022, 13:35"; never throws: an unknown or impossible date shows "Ukjent dato". */
export const formatDateTime = (iso: string | null | undefined) => {
  const d = toDate(iso);
  return d ? dateTime.format(d) : unknownDate();
};
