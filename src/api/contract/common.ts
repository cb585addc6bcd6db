import { z } from 'zod';

// Every contract module imports this one first, so this runs before any of their schemas is built.
// zod's JIT compiles each object schema with `new Function` on its first parse: that costs far more than it
// saves for the answers we parse (a 100-row case list in Node: first parse 126 ms with it, 12 ms without;
// repeated 29 vs 9 ms), on the page's main thread and in the backend worker alike. Same results either way.
z.config({ jitless: true });

/**
 * Shared building blocks of the HTTP contract. Validation messages are i18n keys
 * (namespace `common`, `validation.*`) so that client and server speak the same codes
 * and the UI shows them in the active language.
 */
export const Id = z.string().min(1);
export type Id = z.infer<typeof Id>;

export const IsoDateTime = z.string().datetime({ offset: true });

/** The calendar days the portal accepts anywhere (contract, URLs, stored data). */
export const MIN_DAY = '1900-01-01';
export const MAX_DAY = '2100-12-31';

/** True for a real calendar day (the same rule as the case list's isCalendarDay) "YYYY-MM-DD" within MIN_DAY…MAX_DAY: "2026-02-31" and "9999-12-31" are not. */
export function isValidDay(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth && s >= MIN_DAY && s <= MAX_DAY;
}

/** A calendar day (see isValidDay). */
export const CalendarDay = z.string().refine(isValidDay, { message: 'validation.date' });

/** Today in Norway ("YYYY-MM-DD"), the day deadlines are compared with on both sides. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar day that is today or later (an RFQ deadline). */
export const FutureDay = CalendarDay.refine((d) => d >= todayInOslo(), { message: 'validation.dateInPast' });

/** The 16 rights of the external case handler role (Ekstern saksbehandler), in the guide's order. */
export const RIGHT_KEYS = [
  'addRemoveTasks', // Legg til / fjern oppgaver
  'assignTasksToPartners', // Tildel oppgaver til partnere
  'viewOfficeCategories', // Vis kontorkategorier
  'claimDecision', // Ta erstatningsbeslutning
  'cashOfferAllTasks', // Gjøre kontanttilbud for alle oppgaver
  'budgetOnBehalfOfPartners', // Legge til budsjett på vegne av andre partnere
  'approveBudget', // Godkjenne budsjett
  'approveTasks', // Godkjenne oppgaver
  'createEditRfq', // Opprette og redigere RFQ
  'addNonIn4moPartnersToRfq', // Legge til ikke-in4mo partnere til RFQ
  'decideRfq', // Ta avgjørelse i RFQ
  'customerContact', // Tilgang til kundekontakt
  'forcedChatNotification', // Markert for chat-notifikasjon
  'cashOfferWorkItemBeforeApproval', // Gi kontanttilbud for arbeidspost før budsjettgodkjenning
  'startInspection', // Start besiktigelse
  'remoteVideo', // Tilgang til in4mo Remote Video
] as const;
export const RightKey = z.enum(RIGHT_KEYS);
export type RightKey = z.infer<typeof RightKey>;

/** Upper bound of any budget amount the portal accepts (NOK). */
export const MAX_AMOUNT_NOK = 1_000_000_000;

/**
 * Parses an amount typed by a person: Norwegian ("10 000,50", "10.000,50") or plain ("10000.5").
 * Returns null when the text is not a number.
 */
export function parseAmount(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  let s = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/(NOK|kr)$/i, '');
  if (s === '') return null;
  if (s.includes(',')) {
    // Norwegian: comma is the decimal mark, dots (if any) group thousands.
    if ((s.match(/,/g) ?? []).length > 1) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    // "10.000" and "1.000.000" group thousands with dots (NOK amounts never have three decimals).
    s = s.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** An amount field: accepts a number or a typed string; the result is a bounded non-negative NOK amount. */
export const AmountInput = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const n = parseAmount(v);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.amountFormat' });
      return z.NEVER;
    }
    return n;
  })
  .pipe(
    z
      .number()
      .min(0, { message: 'validation.amountNegative' })
      .max(MAX_AMOUNT_NOK, { message: 'validation.amountTooLarge' }),
  );

export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });

/** Error body every non-2xx response carries. `code` and field `code`s are i18n keys under `errors.*` / `validation.*`. */
export const FieldError = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type FieldError = z.infer<typeof FieldError>;
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fieldErrors: z.record(z.string(), FieldError).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
