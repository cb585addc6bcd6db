import { signInAs } from '@test/renderApp';
import { call, memberBody } from '@test/api';
import { db, IDS } from '@mocks/db';
import type { UpdateMemberInput } from '@/api/contract';

/**
 * Issue 9, points 12 and 13: every text a request carries has a length limit, and a required text needs a
 * visible character and no bidi control character. A refusal is a 422 with the field's code, and nothing
 * is stored.
 */

const MB = 1_000_000;
const admin = () => signInAs('admin@jorn6.test');
const caseHandler = () => signInAs('saksbehandler@jorn6.test');

describe('Rediger medlem: lengths and visible text (PUT /members/:id)', () => {
  it.each<[string, Partial<UpdateMemberInput>, string, string]>([
    ['a 1 MB e-mail', { email: `${'a'.repeat(MB)}@x.no` }, 'email', 'validation.tooLong'],
    ['a 1 MB password', { password: 'x'.repeat(MB) }, 'password', 'validation.passwordTooLong'],
    ['a 129-character password', { password: 'x'.repeat(129) }, 'password', 'validation.passwordTooLong'],
    ['a 1 MB first name', { firstName: 'Å'.repeat(MB) }, 'firstName', 'validation.tooLong'],
    ['a 101-character last name', { lastName: 'L'.repeat(101) }, 'lastName', 'validation.tooLong'],
    ['a 1 MB Bruker-ID', { userCode: '1'.repeat(MB) }, 'userCode', 'validation.tooLong'],
    ['a first name of U+200B only', { firstName: '\u200b' }, 'firstName', 'validation.invisible'],
    ['a last name of format characters only', { lastName: '\u200d\u2060\ufeff' }, 'lastName', 'validation.invisible'],
    ['a first name with a right-to-left override', { firstName: 'Ola\u202egpj.exe' }, 'firstName', 'validation.bidi'],
    ['a Bruker-ID with an isolate', { userCode: 'ab\u2066c' }, 'userCode', 'validation.bidi'],
    ['an e-mail of U+200B', { email: '\u200b' }, 'email', 'validation.invisible'],
    ['a 1 MB deputy id', { deputyId: 'u'.repeat(MB) }, 'deputyId', 'validation.tooLong'],
  ])('%s answers 422 at the field and stores nothing', async (_label, over, field, code) => {
    const before = db().users.get(IDS.craftsman)!;
    const r = await call('PUT', `/members/${IDS.craftsman}`, { token: admin(), body: memberBody(before, over) });
    expect(r.status).toBe(422);
    expect(r.json.fieldErrors[field]).toEqual({ code });
    expect(db().users.get(IDS.craftsman)).toEqual(before);
  });

  it('the limits themselves are accepted: 100-character names, a 128-character password', async () => {
    const before = db().users.get(IDS.craftsman)!;
    const r = await call('PUT', `/members/${IDS.craftsman}`, {
      token: admin(),
      body: memberBody(before, {
        firstName: 'F'.repeat(100),
        lastName: 'Ø\u0301'.repeat(50),
        password: 'p'.repeat(128),
      }),
    });
    expect(r.status).toBe(200);
    expect(db().users.get(IDS.craftsman)).toMatchObject({ firstName: 'F'.repeat(100), password: 'p'.repeat(128) });
  });
});

describe('sign-in (POST /auth/login)', () => {
  it.each([
    ['a 1 MB e-mail', `${'a'.repeat(MB)}@x.no`, 'demo', 'email'],
    ['a 1 MB password', 'handverker@hansjorn.test', 'x'.repeat(MB), 'password'],
  ])('%s answers 422 and counts no failed attempt', async (_label, email, password, field) => {
    const throttles = db().loginThrottle.size;
    const sessions = db().sessions.size;
    const r = await call('POST', '/auth/login', { token: null, body: { email, password } });
    expect(r.status).toBe(422);
    expect(Object.keys(r.json.fieldErrors)).toEqual([field]);
    expect(db().loginThrottle.size).toBe(throttles);
    expect(db().sessions.size).toBe(sessions);
  });
});

describe('case work texts', () => {
  const p = `/cases/${IDS.guideCase}`;
  it.each<[string, string, unknown, string, string]>([
    ['a 1 MB chat message', '/chat', { text: 'x'.repeat(MB) }, 'text', 'validation.tooLong'],
    ['a chat message of zero width spaces', '/chat', { text: '\u200b\u200b\u200b' }, 'text', 'validation.invisible'],
    ['a chat message with a bidi embedding', '/chat', { text: 'Se vedlegg \u202bfil' }, 'text', 'validation.bidi'],
    ['a chat message of white space', '/chat', { text: ' \n\t ' }, 'text', 'validation.required'],
    ['a document with a 1 MB name', '/documents', { name: 'a'.repeat(MB), size: 10 }, 'name', 'validation.tooLong'],
    [
      'a document named with a right-to-left override',
      '/documents',
      { name: 'bilde\u202egpj.exe', size: 10 },
      'name',
      'validation.bidi',
    ],
  ])('%s answers 422 at the field and stores nothing', async (_label, path, body, field, code) => {
    const chats = db().chatMessages.size;
    const docs = db().documents.size;
    const r = await call('POST', `${p}${path}`, { token: caseHandler(), body });
    expect(r.status).toBe(422);
    expect(r.json.fieldErrors[field]).toEqual({ code });
    expect(db().chatMessages.size).toBe(chats);
    expect(db().documents.size).toBe(docs);
  });
});

describe('search texts', () => {
  it('GET /cases?q= longer than the search box answers 422 at q; 100 characters are fine', async () => {
    const token = caseHandler();
    const long = await call('GET', `/cases?q=${'a'.repeat(101)}`, { token });
    expect(long).toMatchObject({ status: 422, json: { fieldErrors: { q: { code: 'validation.tooLong' } } } });
    expect((await call('GET', `/cases?q=${'a'.repeat(MB / 10)}`, { token })).status).toBe(422);
    expect((await call('GET', `/cases?q=${'a'.repeat(100)}`, { token })).status).toBe(200);
  });

  it('GET /members?q= longer than the search box answers 422 at q', async () => {
    const r = await call('GET', `/members?q=${'a'.repeat(101)}`, { token: admin() });
    expect(r).toMatchObject({ status: 422, json: { fieldErrors: { q: { code: 'validation.tooLong' } } } });
    expect((await call('GET', `/members?q=${'a'.repeat(100)}`, { token: admin() })).status).toBe(200);
  });
});
