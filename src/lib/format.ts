import { isValidDay, ORE_PER_NOK } from '@/api/contract/common';
import { i18n } from './i18n';

/** Numbers and dates always in nb-NO format (the portal is Norwegian), whatever the UI language. */
const LOCALE = 'nb-NO';

const int = new Intl.NumberFormat(LOCALE);
const date = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/**
 * Øre as NOK the way nb-NO writes it, exactly (whole NOK and øre are formatted apart, no division into a
 * float): 1000050 → "10 000,50", 1000000 → "10 000" (non-breaking spaces group the thousands).
 */
function oreAsNok(ore: number): string {
  const abs = Math.abs(ore);
  const whole = int.format(Math.floor(abs / ORE_PER_NOK));
  const cents = abs % ORE_PER_NOK;
  // nb-NO's minus sign is U+2212.
  return `${ore < 0 ? '\u2212' : ''}${whole}${cents === 0 ? '' : `,${String(cents).padStart(2, '0')}`}`;
}

/** An amount in øre shown as money: "10 000 NOK", "10 000,50 NOK". */
export const formatMoney = (ore: number) => `${oreAsNok(ore)}\u00a0NOK`;
/** An amount in øre for an input field, as a person types it in NOK: "10 000,50"; `parseAmountOre` reads it back. */
export const formatAmountInput = (ore: number) => oreAsNok(ore);
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
