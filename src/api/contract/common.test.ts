import { AmountInput, CalendarDay as IsoDay, FutureDay, MAX_AMOUNT_NOK, parseAmount, todayInOslo } from './common';

const NBSP = '\u00a0';
const NNBSP = '\u202f'; // narrow no-break space, what Intl.NumberFormat('nb-NO') groups thousands with

describe('parseAmount', () => {
  it.each<[string, string | number, number | null]>([
    // Norwegian
    ['Norwegian with space groups and decimal comma', '10 000,50', 10000.5],
    ['Norwegian with dot groups and decimal comma', '10.000,50', 10000.5],
    ['Norwegian with space groups, no decimals', '10 000', 10000],
    ['Norwegian decimal comma only', '1,5', 1.5],
    ['Norwegian several dot groups', '1.000.000', 1000000],
    ['Norwegian one dot group means thousands', '10.000', 10000],
    ['Norwegian several dot groups with decimals', '1.000.000,25', 1000000.25],
    ['non-breaking space groups', `10${NBSP}000,50`, 10000.5],
    ['narrow non-breaking space groups (nb-NO format output)', `1${NNBSP}234${NNBSP}567,8`, 1234567.8],
    // plain
    ['plain decimal point', '10000.5', 10000.5],
    ['plain integer', '10000', 10000],
    ['surrounding whitespace', '  42  ', 42],
    ['zero', '0', 0],
    ['negative (parsed; the schema rejects it)', '-5', -5],
    // currency suffix
    ['"kr" suffix', '500 kr', 500],
    ['"kr" suffix without space', '500kr', 500],
    ['"NOK" suffix', '1 500 NOK', 1500],
    ['"nok" suffix, any case', '1 500 nok', 1500],
    ['"Kr" suffix with decimals', '10 000,50 Kr', 10000.5],
    ['NBSP before "kr"', `250${NBSP}kr`, 250],
    // numbers pass through
    ['a number', 12.5, 12.5],
    ['number zero', 0, 0],
    // garbage
    ['letters', 'abc', null],
    ['empty', '', null],
    ['only spaces', '   ', null],
    ['only a currency', 'kr', null],
    ['several commas', '1,2,3', null],
    ['two decimal points', '1.2.3', null],
    ['trailing comma', '12,', null],
    ['leading comma', ',5', null],
    ['digits with letters', '12a', null],
    ['exponent notation', '1e5', null],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
  ])('%s: %j -> %s', (_label, input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });
});

describe('AmountInput', () => {
  it.each<[string | number, number]>([
    ['10 000,50', 10000.5],
    ['10000.5', 10000.5],
    ['0', 0],
    [0, 0],
    [2500, 2500],
    [MAX_AMOUNT_NOK, MAX_AMOUNT_NOK],
    ['1.000.000.000', MAX_AMOUNT_NOK],
    ['7 500 kr', 7500],
  ])('accepts %j as %s', (input, expected) => {
    const r = AmountInput.safeParse(input);
    expect(r.success).toBe(true);
    expect(r.data).toBe(expected);
  });

  it.each<[string | number, string]>([
    ['-1', 'validation.amountNegative'],
    [-0.01, 'validation.amountNegative'],
    ['-10 000,50', 'validation.amountNegative'],
    [MAX_AMOUNT_NOK + 1, 'validation.amountTooLarge'],
    ['1 000 000 000,01', 'validation.amountTooLarge'],
    ['99 999 999 999', 'validation.amountTooLarge'],
    ['abc', 'validation.amountFormat'],
    ['', 'validation.amountFormat'],
    ['1,2,3', 'validation.amountFormat'],
    ['ti tusen', 'validation.amountFormat'],
  ])('rejects %j with %s', (input, code) => {
    const r = AmountInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([code]);
  });

  it.each([null, undefined, true, {}, Number.NaN])('rejects a value that is neither a string nor a finite number (%j)', (input) => {
    expect(AmountInput.safeParse(input).success).toBe(false);
  });
});

describe('IsoDay: real calendar days in 1900-01-01…2100-12-31', () => {
  it.each(['2026-02-28', '2024-02-29', '1900-01-01', '2100-12-31', '2026-12-31'])('accepts %s', (d) => {
    expect(IsoDay.safeParse(d).success).toBe(true);
  });
  it.each(['2026-02-31', '2026-02-29', '2026-99-99', '0000-00-00', '9999-12-31', '1899-12-31', '2101-01-01', '2026-04-31', '2026-1-1', '20260101', ' 2026-01-01', '2026-01-01T00:00:00Z', '+010000-01-01'])(
    'refuses %s with validation.date',
    (d) => {
      const r = IsoDay.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('validation.date');
    },
  );
});

describe('FutureDay (an RFQ deadline)', () => {
  it('accepts today and later, refuses yesterday', () => {
    const today = todayInOslo();
    const yesterday = todayInOslo(new Date(Date.now() - 86_400_000));
    expect(FutureDay.safeParse(today).success).toBe(true);
    expect(FutureDay.safeParse('2100-12-31').success).toBe(true);
    expect(FutureDay.safeParse(yesterday).error?.issues[0]?.message).toBe('validation.dateInPast');
    expect(FutureDay.safeParse('2026-02-31').success).toBe(false);
  });
  it('is the day in Norway', () => {
    expect(todayInOslo(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInOslo(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31');
  });
});
