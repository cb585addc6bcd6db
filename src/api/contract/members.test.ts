import { joinPhone, normalisePhone, splitPhone, UpdateMember, type UpdateMemberInput } from './members';

/** A valid "Rediger medlem" body: Jørn Service as seeded. */
const VALID: UpdateMemberInput = {
  firstName: 'Jørn',
  lastName: 'Service',
  email: 'jorn.service@hansjorn.test',
  password: '',
  userCode: 'JORN-SERVICE',
  mobile: '+47 922 33 444',
  useMobileForSecurityCode: false,
  securityMobile: '',
  status: 'active',
  deputyId: null,
  authLevel: 'user',
  companyId: 'c-hansjorn',
  officeId: 'o-hansjorn-oslo',
  inspectorExtraRights: false,
  externalCaseHandler: true,
  budgetLimit: { mode: 'default' },
  version: 1,
};

const parse = (over: Partial<UpdateMemberInput>) => UpdateMember.safeParse({ ...VALID, ...over });

/** field path -> codes, in the order zod reported them. */
function fieldErrors(over: Partial<UpdateMemberInput>): Record<string, string[]> {
  const r = parse(over);
  const out: Record<string, string[]> = {};
  for (const i of r.error?.issues ?? []) (out[i.path.join('.')] ??= []).push(i.message);
  return out;
}

describe('UpdateMember', () => {
  it('accepts the seeded member unchanged', () => {
    const r = UpdateMember.safeParse(VALID);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.success).toBe(true);
  });

  describe('field errors: one field wrong -> exactly that field fails, with its code first', () => {
    it.each<[string, Partial<UpdateMemberInput>, string, string]>([
      ['empty first name', { firstName: '' }, 'firstName', 'validation.required'],
      ['blank first name', { firstName: '   ' }, 'firstName', 'validation.required'],
      ['first name too long', { firstName: 'x'.repeat(101) }, 'firstName', 'validation.tooLong'],
      ['empty last name', { lastName: '' }, 'lastName', 'validation.required'],
      ['blank last name', { lastName: '\t ' }, 'lastName', 'validation.required'],
      ['last name too long', { lastName: 'y'.repeat(101) }, 'lastName', 'validation.tooLong'],
      ['empty e-mail', { email: '' }, 'email', 'validation.required'],
      ['e-mail without @', { email: 'jorn.service.hansjorn.test' }, 'email', 'validation.email'],
      ['e-mail without domain', { email: 'jorn@' }, 'email', 'validation.email'],
      ['e-mail with a space', { email: 'jorn service@hansjorn.test' }, 'email', 'validation.email'],
      ['password of 1 character', { password: 'x' }, 'password', 'validation.passwordLength'],
      ['password of 7 characters', { password: 'abcdefg' }, 'password', 'validation.passwordLength'],
      ['mobile with letters', { mobile: '+47 abc 33 444' }, 'mobile', 'validation.phone'],
      ['mobile too short', { mobile: '+47123' }, 'mobile', 'validation.phone'],
      ['mobile too long (16 digits)', { mobile: '+4712345678901234' }, 'mobile', 'validation.phone'],
      ['mobile without country code', { mobile: '92233444' }, 'mobile', 'validation.phone'],
      ['mobile with country code 0', { mobile: '+0792233444' }, 'mobile', 'validation.phone'],
      ['mobile with two +', { mobile: '++4792233444' }, 'mobile', 'validation.phone'],
      ['security mobile without country code', { securityMobile: '12-34-56-78' }, 'securityMobile', 'validation.phone'],
      [
        'security code by SMS without a mobile',
        { useMobileForSecurityCode: true, mobile: '' },
        'mobile',
        'validation.mobileForSecurityCode',
      ],
      [
        'security code by SMS with a blank mobile',
        { useMobileForSecurityCode: true, mobile: '   ' },
        'mobile',
        'validation.mobileForSecurityCode',
      ],
      ['user code too long', { userCode: 'U'.repeat(51) }, 'userCode', 'validation.tooLong'],
      [
        'custom budget amount negative',
        { budgetLimit: { mode: 'custom', amount: '-100' } },
        'budgetLimit.amount',
        'validation.amountNegative',
      ],
      [
        'custom budget amount too large',
        { budgetLimit: { mode: 'custom', amount: '2 000 000 000' } },
        'budgetLimit.amount',
        'validation.amountTooLarge',
      ],
      [
        'custom budget amount garbage',
        { budgetLimit: { mode: 'custom', amount: 'ti tusen' } },
        'budgetLimit.amount',
        'validation.amountFormat',
      ],
      [
        'custom budget amount empty',
        { budgetLimit: { mode: 'custom', amount: '' } },
        'budgetLimit.amount',
        'validation.amountFormat',
      ],
    ])('%s', (_label, over, path, code) => {
      const errors = fieldErrors(over);
      expect(Object.keys(errors)).toEqual([path]);
      expect(errors[path]?.[0]).toBe(code);
    });
  });

  describe('values that are fine', () => {
    it.each<[string, Partial<UpdateMemberInput>]>([
      ['empty password keeps the current one', { password: '' }],
      ['password of exactly 8 characters', { password: 'abcdefgh' }],
      ['empty mobile', { mobile: '' }],
      ['mobile with spaces and +', { mobile: '+47 922 33 444' }],
      ['mobile in E.164', { mobile: '+4792233444' }],
      ['mobile with 00 for +', { mobile: '0047 922 33 444' }],
      ['a Swedish mobile', { mobile: '+46 70 123 45 67' }],
      ['15 digits, the most E.164 allows', { mobile: '+123456789012345' }],
      ['security code by SMS with a mobile', { useMobileForSecurityCode: true, mobile: '+47 922 33 444' }],
      ['a separate security mobile', { securityMobile: '+47 900 00 000' }],
      ['empty user code', { userCode: '' }],
      ['first name of 100 characters', { firstName: 'x'.repeat(100) }],
      ['inactive member without office', { status: 'inactive', officeId: null, externalCaseHandler: false }],
    ])('%s', (_label, over) => {
      expect(fieldErrors(over)).toEqual({});
    });
  });

  it('reports every wrong field at once (nothing is saved on error)', () => {
    const errors = fieldErrors({ firstName: '', lastName: '', email: 'nope', password: 'short', mobile: 'x' });
    expect(Object.keys(errors).sort()).toEqual(['email', 'firstName', 'lastName', 'mobile', 'password']);
  });

  it('trims names and e-mail, and normalises phone numbers to E.164', () => {
    const r = parse({
      firstName: '  Jørn ',
      lastName: ' Service  ',
      email: '  jorn.service@hansjorn.test ',
      mobile: ' +47 922 33 444 ',
      securityMobile: '0046 (70) 123-45-67',
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      firstName: 'Jørn',
      lastName: 'Service',
      email: 'jorn.service@hansjorn.test',
      mobile: '+4792233444',
      securityMobile: '+46701234567',
    });
  });
});

describe('Mobilnummer: + (country code and number)', () => {
  it.each<[countryCode: string, number: string, joined: string]>([
    ['47', '922 33 444', '+4792233444'],
    ['+47', '92233444', '+4792233444'],
    ['46', '70 123 45 67', '+46701234567'],
    ['47', '+46 70 123 45 67', '+46701234567'], // typed with its own code: that one counts
    ['47', '0046701234567', '+46701234567'],
    ['47', '', ''], // no number
    ['47', '   ', ''],
    ['', '92233444', '92233444'], // no country code: left for the schema to refuse
  ])('+%s %s → %j', (countryCode, number, joined) => {
    expect(joinPhone(countryCode, number)).toBe(joined);
  });

  it.each<[stored: string, countryCode: string, number: string]>([
    ['+4792233444', '47', '92233444'],
    ['+46701234567', '46', '701234567'],
    ['+12025550123', '1', '2025550123'],
    ['+79161234567', '7', '9161234567'],
    ['+358401234567', '358', '401234567'],
    ['+354 5551234'.replace(' ', ''), '354', '5551234'],
    ['', '47', ''], // none yet: the default country code
  ])('%j is shown as +%s %s', (stored, countryCode, number) => {
    expect(splitPhone(stored)).toEqual({ countryCode, number });
    if (stored) expect(joinPhone(countryCode, number)).toBe(stored);
  });

  it('normalises what people type', () => {
    expect(normalisePhone(' +47 922 33 444 ')).toBe('+4792233444');
    expect(normalisePhone('0047-922.33.444')).toBe('+4792233444');
  });

  describe('Grense for budsjettgodkjenning', () => {
    it.each<[string | number, number]>([
      ['10 000,50', 1000050],
      ['10.000,50', 1000050],
      ['10000.5', 1000050],
      ['25 000', 2500000],
      [`25\u00a0000 kr`, 2500000],
      ['0', 0],
      [7500, 7500], // a number is already øre
    ])('custom amount %j is parsed to %s øre', (amount, expected) => {
      const r = parse({ budgetLimit: { mode: 'custom', amount } });
      expect(r.success).toBe(true);
      expect(r.data?.budgetLimit).toEqual({ mode: 'custom', amount: expected });
      expect(typeof (r.data?.budgetLimit as { amount: unknown }).amount).toBe('number');
    });

    it('"Bruk standard" carries no amount', () => {
      const r = parse({ budgetLimit: { mode: 'default' } });
      expect(r.data?.budgetLimit).toEqual({ mode: 'default' });
    });

    it('an unknown mode is rejected at budgetLimit', () => {
      const r = parse({ budgetLimit: { mode: 'other' } as unknown as UpdateMemberInput['budgetLimit'] });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path[0]).toBe('budgetLimit');
    });
  });
});
