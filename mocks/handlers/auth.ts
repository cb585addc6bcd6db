import { LoginRequest, type DemoAccount, type LoginResponse } from '@/api/contract';
import { HttpError, parseBody, route, sessionTtlMs } from './http';
import { fullName, toSessionUser } from './serialize';

const DEMO_EMAILS = [
  'plattform@saksportal.test', 'admin@jorn6.test', 'saksbehandler@jorn6.test',
  'kontor@hansjorn.test', 'jorn.service@hansjorn.test', 'handverker@hansjorn.test',
];

export const authHandlers = [
  route('get', '/auth/demo-accounts', ({ db }): DemoAccount[] =>
    DEMO_EMAILS.flatMap((email) => {
      const u = db.users.find((x) => x.email === email);
      return u ? [{ email, name: fullName(u), authLevel: u.authLevel, companyName: db.companies.get(u.companyId)?.name ?? '' }] : [];
    }), { public: true }),

  route('post', '/auth/login', ({ db, body, portal }): LoginResponse => {
    const input = parseBody(LoginRequest, body);
    const u = db.users.find((x) => x.email.toLowerCase() === input.email.toLowerCase());
    // One answer for unknown e-mail and wrong password, so accounts cannot be probed.
    if (!u || u.password !== input.password) throw new HttpError(401, 'invalid_credentials');
    if (u.status !== 'active') throw new HttpError(403, 'account_inactive');
    const token = crypto.randomUUID();
    const expiresAt = new Date(Date.now() + sessionTtlMs()).toISOString();
    db.sessions.insert({ id: token, userId: u.id, expiresAt });
    return { token, expiresAt, user: toSessionUser(db, u, portal) };
  }, { public: true }),

  route('get', '/auth/session', ({ db, viewer, portal }) => toSessionUser(db, viewer, portal)),

  route('post', '/auth/logout', ({ db, request }) => {
    const token = request.headers.get('authorization')?.slice(7);
    if (token) db.sessions.delete(token);
    return undefined;
  }),
];
