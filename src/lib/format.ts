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
export const formatDate = (iso: string) => date.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
