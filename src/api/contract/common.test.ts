import type { z } from 'zod';
import {
  AmountInput,
  boundedSum,
  CalendarDay as IsoDay,
  EmailText,
  FutureDay,
  Id,
  MAX_AMOUNT_ORE,
  OptionalText,
  oreToDecimal,
  parseAmountOre,
  PasswordText,
  RequiredText,
  SearchText,
  todayInOslo,
} from './common';
import { LoginRequest } from './auth';
import { UpdateMember } from './members';
import {
  AddBudget,
  AddNonIn4moPartner,
  CreateRfq,
  PostChatMessage,
  SendCustomerMessage,
  UpdateRfq,
  UploadDocument,
} from './caseWork';

const NBSP = '\u00a0';
const NNBSP = '\u202f'; // narrow no-break space, what Intl.NumberFormat('nb-NO') groups thousands with

describe('parseAmountOre: NOK as typed -> øre, exactly', () => {
  it.each<[string, string, number | null]>([
    // Norwegian
    ['Norwegian with space groups and decimal comma', '10 000,50', 1000050],
    ['Norwegian with dot groups and decimal comma', '10.000,50', 1000050],
    ['Norwegian with space groups, no decimals', '10 000', 1000000],
    ['Norwegian decimal comma only', '1,5', 150],
    ['one øre', '0,01', 1],
    ['ten øre, the float trap', '10 000,10', 1000010],
    ['Norwegian several dot groups', '1.000.000', 100000000],
    ['Norwegian one dot group means thousands', '10.000', 1000000],
    ['Norwegian several dot groups with decimals', '1.000.000,25', 100000025],
    ['non-breaking space groups', `10${NBSP}000,50`, 1000050],
    ['narrow non-breaking space groups (nb-NO format output)', `1${NNBSP}234${NNBSP}567,8`, 123456780],
    // plain
    ['plain decimal point', '10000.5', 1000050],
    ['plain with two decimals', '0.29', 29],
    ['plain integer', '10000', 1000000],
    ['leading zeros', '007', 700],
    ['surrounding whitespace', '  42  ', 4200],
    ['zero', '0', 0],
    ['negative (parsed; the schema rejects it)', '-5', -500],
    ['nb-NO minus sign', '\u22125', -500],
    // currency suffix
    ['"kr" suffix', '500 kr', 50000],
    ['"kr" suffix without space', '500kr', 50000],
    ['"NOK" suffix', '1 500 NOK', 150000],
    ['"nok" suffix, any case', '1 500 nok', 150000],
    ['"Kr" suffix with decimals', '10 000,50 Kr', 1000050],
    ['NBSP before "kr"', `250${NBSP}kr`, 25000],
    // more than 15 digits saturates (the schema says "too large")
    ['20 digits', '12345678901234567890', Number.MAX_SAFE_INTEGER],
    // garbage
    ['letters', 'abc', null],
    ['empty', '', null],
    ['only spaces', '   ', null],
    ['only a currency', 'kr', null],
    ['several commas', '1,2,3', null],
    ['two decimal points', '1.2.3', null],
    ['three decimals (less than an øre)', '1,005', null],
    ['three decimals after a point', '10000.505', null],
    ['trailing comma', '12,', null],
    ['leading comma', ',5', null],
    ['digits with letters', '12a', null],
    ['exponent notation', '1e5', null],
    ['Infinity', 'Infinity', null],
  ])('%s: %j -> %s', (_label, input, expected) => {
    expect(parseAmountOre(input)).toBe(expected);
  });
});

describe('oreToDecimal: øre -> plain NOK text, exactly', () => {
  it.each<[number, string]>([
    [1000050, '10000.5'],
    [1000000, '10000'],
    [1000030, '10000.3'],
    [5, '0.05'],
    [0, '0'],
    [MAX_AMOUNT_ORE, '1000000000'],
    [-150, '-1.5'],
  ])('%s -> %s', (ore, text) => {
    expect(oreToDecimal(ore)).toBe(text);
    expect(parseAmountOre(text)).toBe(ore);
  });
});

describe('AmountInput: a typed NOK text or øre -> øre', () => {
  it.each<[string | number, number]>([
    ['10 000,50', 1000050],
    ['10000.5', 1000050],
    ['0', 0],
    [0, 0],
    [2500, 2500], // a number is already øre
    [MAX_AMOUNT_ORE, MAX_AMOUNT_ORE],
    ['1.000.000.000', MAX_AMOUNT_ORE],
    ['1 000 000 000,00', MAX_AMOUNT_ORE],
    ['7 500 kr', 750000],
  ])('accepts %j as %s øre', (input, expected) => {
    const r = AmountInput.safeParse(input);
    expect(r.success).toBe(true);
    expect(r.data).toBe(expected);
  });

  it.each<[string | number, string]>([
    ['-1', 'validation.amountNegative'],
    [-1, 'validation.amountNegative'],
    ['-10 000,50', 'validation.amountNegative'],
    [MAX_AMOUNT_ORE + 1, 'validation.amountTooLarge'],
    ['1 000 000 000,01', 'validation.amountTooLarge'],
    ['99 999 999 999', 'validation.amountTooLarge'],
    ['12345678901234567890', 'validation.amountTooLarge'],
    [10000.5, 'validation.amountFormat'], // øre are whole
    [Number.MAX_SAFE_INTEGER + 2, 'validation.amountFormat'],
    ['abc', 'validation.amountFormat'],
    ['', 'validation.amountFormat'],
    ['1,2,3', 'validation.amountFormat'],
    ['1,005', 'validation.amountFormat'],
    ['ti tusen', 'validation.amountFormat'],
    ['1'.repeat(101), 'validation.amountFormat'],
  ])('rejects %j with %s', (input, code) => {
    const r = AmountInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([code]);
  });

  it.each([null, undefined, true, {}, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects a value that is neither a string nor a whole number (%j)',
    (input) => {
      expect(AmountInput.safeParse(input).success).toBe(false);
    },
  );

  it('adds typed amounts exactly: 10 000,10 + 0,20 is 10 000,30', () => {
    const a = AmountInput.parse('10 000,10');
    const b = AmountInput.parse('0,20');
    expect(a + b).toBe(AmountInput.parse('10 000,30'));
    expect(10000.1 + 0.2).not.toBe(10000.3); // what NOK floats did
  });
});

describe('boundedSum', () => {
  it.each<[number[], number | null]>([
    [[], 0],
    [[1000010, 20], 1000030],
    [[MAX_AMOUNT_ORE], MAX_AMOUNT_ORE],
    [[MAX_AMOUNT_ORE, 1], null],
    [Array<number>(50).fill(MAX_AMOUNT_ORE), null], // 50 × 1 000 000 000 NOK
    [[MAX_AMOUNT_ORE - 1, 1], MAX_AMOUNT_ORE],
  ])('%j -> %s', (amounts, sum) => {
    expect(boundedSum(amounts)).toBe(sum);
  });
});

describe('IsoDay: real calendar days in 1900-01-01…2100-12-31', () => {
  it.each(['2026-02-28', '2024-02-29', '1900-01-01', '2100-12-31', '2026-12-31'])('accepts %s', (d) => {
    expect(IsoDay.safeParse(d).success).toBe(true);
  });
  it.each([
    '2026-02-31',
    '2026-02-29',
    '2026-99-99',
    '0000-00-00',
    '9999-12-31',
    '1899-12-31',
    '2101-01-01',
    '2026-04-31',
    '2026-1-1',
    '20260101',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    '+010000-01-01',
  ])('refuses %s with validation.date', (d) => {
    const r = IsoDay.safeParse(d);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('validation.date');
  });
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

describe('RequiredText: the one builder of required text fields (length, visible, no bidi)', () => {
  const name = RequiredText(20);
  it.each<[string, string, string | null]>([
    ['a name', 'Ola', null],
    ['trimmed', '  Ola  ', null],
    ['æøå and accents', 'Åse Øyrén', null],
    ['combining accent on a letter', 'Zoe\u0301', null],
    ['an emoji', '🙂', null],
    ['Chinese', '王伟', null],
    ['Arabic (right-to-left script, no controls)', 'محمد', null],
    ['a zero width joiner inside a word is kept', 'Ola\u200dNo', null],
    ['at the limit', 'x'.repeat(20), null],
    ['empty', '', 'validation.required'],
    ['only spaces', '   ', 'validation.required'],
    ['only a line break and a tab', '\n\t', 'validation.required'],
    ['over the limit', 'x'.repeat(21), 'validation.tooLong'],
    ['U+200B zero width space', '\u200b', 'validation.invisible'],
    ['U+FEFF', '\ufeff\u200b', 'validation.invisible'],
    ['U+2060 word joiner and U+00AD soft hyphen', '\u2060\u00ad', 'validation.invisible'],
    ['U+3164 Hangul filler', '\u3164', 'validation.invisible'],
    ['U+2800 blank braille pattern', '\u2800', 'validation.invisible'],
    ['U+180E Mongolian vowel separator', '\u180e', 'validation.invisible'],
    ['a lone combining mark', '\u0301', 'validation.invisible'],
    ['control characters', '\u0000\u0007\u001b', 'validation.invisible'],
    ['an ideographic space', '\u3000', 'validation.required'],
    ['U+202E right-to-left override', 'Ola\u202egpj.exe', 'validation.bidi'],
    ['U+202A left-to-right embedding', '\u202aOla', 'validation.bidi'],
    ['U+202C pop directional formatting', 'Ola\u202c', 'validation.bidi'],
    ['U+2066 left-to-right isolate', 'O\u2066la', 'validation.bidi'],
    ['U+2069 pop directional isolate', 'Ola\u2069', 'validation.bidi'],
    ['only a bidi control', '\u202e', 'validation.bidi'],
  ])('%s (%j) -> %s', (_label, input, code) => {
    const r = name.safeParse(input);
    expect(r.success ? null : r.error.issues[0]?.message).toBe(code);
  });

  it('is what every required text field of a request uses', () => {
    const invisible = '\u200b';
    const bidi = 'a\u202eb';
    for (const schema of [
      UpdateMember.shape.firstName,
      UpdateMember.shape.lastName,
      PostChatMessage.shape.text,
      SendCustomerMessage.shape.text,
      UploadDocument.shape.name,
      AddNonIn4moPartner.shape.name,
      CreateRfq.shape.description,
      UpdateRfq.shape.description,
      AddBudget.shape.workItems.element.shape.description,
    ]) {
      expect(schema.safeParse(invisible).error?.issues[0]?.message).toBe('validation.invisible');
      expect(schema.safeParse(bidi).error?.issues[0]?.message).toBe('validation.bidi');
    }
  });
});

describe('length limits of the other request texts', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['e-mail of 255 characters', EmailText, `${'a'.repeat(247)}@test.no`, 'validation.tooLong'],
    ['e-mail of U+200B', EmailText, '\u200b', 'validation.invisible'],
    ['e-mail that is not one', EmailText, 'ola', 'validation.email'],
    ['password of 129 characters', PasswordText, 'x'.repeat(129), 'validation.passwordTooLong'],
    ['optional text with a bidi isolate', OptionalText(10), 'a\u2067b', 'validation.bidi'],
    ['optional text over its limit', OptionalText(10), 'x'.repeat(11), 'validation.tooLong'],
    ['search of 101 characters', SearchText, 'x'.repeat(101), 'validation.tooLong'],
    ['an id of 201 characters', Id, 'x'.repeat(201), 'validation.tooLong'],
    ['a sign-in e-mail of 1 MB', LoginRequest.shape.email, `${'a'.repeat(1_000_000)}@x.no`, 'validation.tooLong'],
  ])('%s', (_label, schema, input, code) => {
    expect(schema.safeParse(input).error?.issues[0]?.message).toBe(code);
  });

  it.each<[string, z.ZodType, unknown]>([
    ['an e-mail of 254 characters', EmailText, `${'a'.repeat(64)}@${'b'.repeat(180)}.test.no`],
    ['an empty optional text', OptionalText(10), ''],
    [
      'a search of 100 characters after white space is collapsed',
      SearchText,
      `${'x'.repeat(50)}     ${'y'.repeat(49)}`,
    ],
    ['a password of 128 characters', PasswordText, 'x'.repeat(128)],
  ])('accepts %s', (_label, schema, input) => {
    expect(schema.safeParse(input).success).toBe(true);
  });
});
