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
/** Ids are the server's; none is longer than this, so a longer one is refused rather than looked up. */
export const MAX_ID_LENGTH = 200;
export const Id = z.string().min(1).max(MAX_ID_LENGTH, { message: 'validation.tooLong' });
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
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth && s >= MIN_DAY && s <= MAX_DAY;
}

/** A calendar day (see isValidDay). */
export const CalendarDay = z.string().refine(isValidDay, { message: 'validation.date' });

/** Today in Norway ("YYYY-MM-DD"), the day deadlines are compared with on both sides. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
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

// ---------- money ----------

/**
 * Money is counted in øre (1 NOK = 100 øre), as integers, everywhere: on the wire, in the store and in the
 * rules. NOK as floats cannot hold 0,10 exactly (10 000,10 + 0,20 became 10000.300000000001 and was refused
 * against a 10 000,30 limit); integers add and compare exactly. Every field that holds money says so with
 * `Ore` (and "øre" in its comment). People type and read NOK: `parseAmountOre` below, and
 * `formatMoney` / `formatAmountInput` in src/lib/format.ts.
 */
export const ORE_PER_NOK = 100;

/**
 * The largest amount the portal accepts (1 000 000 000 NOK), and the bound of every sum it stores: a task's
 * budget (the sum of its work items) and a case's budget total. Far below Number.MAX_SAFE_INTEGER (≈ 9·10^15),
 * so even a sum of 1,000 such amounts is an exact integer while it is checked.
 */
export const MAX_AMOUNT_ORE = 1_000_000_000 * ORE_PER_NOK;

/** An amount of money in øre: a whole number, 0 … MAX_AMOUNT_ORE. */
export const Ore = z
  .number()
  .int({ message: 'validation.amountFormat' })
  .min(0, { message: 'validation.amountNegative' })
  .max(MAX_AMOUNT_ORE, { message: 'validation.amountTooLarge' });
export type Ore = z.infer<typeof Ore>;

/**
 * Parses an amount typed by a person in NOK, exactly (no floating point): Norwegian ("10 000,50",
 * "10.000,50") or plain ("10000.5"), at most two decimals, an optional "kr"/"NOK" after it.
 * Returns øre ("10 000,50" → 1000050), or null when the text is not such an amount. A negative amount
 * is returned (the schema says it is negative); one with more than 15 digits saturates at
 * Number.MAX_SAFE_INTEGER (the schema says it is too large).
 */
export function parseAmountOre(input: string): number | null {
  let s = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(NOK|kr)$/i, '');
  if (s === '') return null;
  // nb-NO writes a minus as U+2212.
  s = s.replace(/^\u2212/, '-');
  if (s.includes(',')) {
    // Norwegian: comma is the decimal mark, dots (if any) group thousands.
    if ((s.match(/,/g) ?? []).length > 1) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    // "10.000" and "1.000.000" group thousands with dots (NOK amounts never have three decimals).
    s = s.replace(/\./g, '');
  }
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const sign = m[1] === '-';
  const fraction = m[3] ?? '';
  const digits = m[2]!.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return sign ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  const ore = Number(digits) * ORE_PER_NOK + Number(fraction.padEnd(2, '0'));
  return sign && ore !== 0 ? -ore : ore;
}

/** Øre as a plain decimal NOK text, exactly: 1000050 → "10000.5", 1000000 → "10000", 5 → "0.05" (URLs, CSV). */
export function oreToDecimal(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / ORE_PER_NOK);
  const cents = abs % ORE_PER_NOK;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * An amount field of a request: øre (a whole number) as the client sends it after its form parsed the
 * input, or the text a person typed in NOK ("10 000,50" → 1000050). The result is always `Ore`.
 */
export const AmountInput = z
  .union([z.number(), z.string().max(100, { message: 'validation.amountFormat' })])
  .transform((v, ctx) => {
    const ore = typeof v === 'number' ? (Number.isSafeInteger(v) ? v : null) : parseAmountOre(v);
    if (ore === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.amountFormat' });
      return z.NEVER;
    }
    return ore;
  })
  .pipe(Ore);

/** The sum of amounts in øre, or null when it is above MAX_AMOUNT_ORE (a sum the portal does not store). */
export function boundedSum(amounts: readonly number[]): number | null {
  let sum = 0;
  for (const a of amounts) {
    sum += a;
    if (sum > MAX_AMOUNT_ORE) return null;
  }
  return sum;
}

// ---------- text ----------

/**
 * Length limits of the texts a request may carry (characters, UTF-16 code units as JavaScript counts).
 * Every text field of every request has one: an unbounded text (a 1 MB e-mail, a 5 MB password) would
 * otherwise be stored and fill the browser's storage.
 */
export const TEXT_LIMITS = {
  /** Fornavn, Etternavn, an office or partner name */
  name: 100,
  /** RFC 5321's longest address */
  email: 254,
  password: 128,
  /** Bruker-ID, a code */
  code: 50,
  /** a short line: a work item, a file name */
  line: 255,
  /** a chat or customer message, an RFQ description */
  message: 2000,
  /** a search box (the case list's `q`, the member list's `q`) */
  search: 100,
} as const;

/**
 * Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) reorder
 * what is shown: "Ola\u202Egpj.exe" reads as "Olaexe.jpg". No field of the portal needs them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * A character a person can see: not white space, not a control or format character (U+200B zero width
 * space, U+FEFF, soft hyphen...), not a default-ignorable one (U+3164 Hangul filler...), not a lone
 * combining mark or surrogate, not the blank braille pattern U+2800.
 */
const VISIBLE_CHAR = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export const hasBidiControl = (text: string) => BIDI_CONTROL.test(text);
export const hasVisibleChar = (text: string) => VISIBLE_CHAR.test(text);

/**
 * The one builder of a required text field of a request: trimmed, 1…max characters, at least one visible
 * character (`validation.invisible`), no bidi control character anywhere (`validation.bidi`). Checks run
 * in that order, and the first issue of a field is the one shown.
 */
export const RequiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.tooLong' })
    .refine((s) => !hasBidiControl(s), { message: 'validation.bidi' })
    .refine((s) => s === '' || hasVisibleChar(s), { message: 'validation.invisible' });

/** An optional text field of a request ('' allowed): trimmed, at most max characters, no bidi control character. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .refine((s) => !hasBidiControl(s), { message: 'validation.bidi' });

/** A required e-mail address of a request (at most 254 characters). */
export const EmailText = RequiredText(TEXT_LIMITS.email).pipe(z.string().email({ message: 'validation.email' }));

/** A password of a request: any characters (they are not shown), at most 128. */
export const PasswordText = z.string().max(TEXT_LIMITS.password, { message: 'validation.passwordTooLong' });

/** A search text of a request: at most `TEXT_LIMITS.search` characters once white space is collapsed. */
export const SearchText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(TEXT_LIMITS.search, { message: 'validation.tooLong' }));

export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });

/** Error body every non-2xx response carries. `code` and field `code`s are i18n keys under `errors.*` / `validation.*`. */
export const FieldError = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof FieldError>;
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fieldErrors: z.record(z.string(), FieldError).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
