import { LoginRequest, type DemoAccount, type LoginResponse } from '@/api/contract';
import type { Db } from '../db';
import { errorResponse, HttpError, parseBody, route, sessionTtlMs } from './http';
import { fullName, toSessionUser } from './serialize';

const DEMO_EMAILS = [
  'plattform@saksportal.test',
  'admin@jorn6.test',
  'saksbehandler@jorn6.test',
  'kontor@hansjorn.test',
  'jorn.service@hansjorn.test',
  'handverker@hansjorn.test',
];

/** Sign-in throttling: this many wrong passwords for one account within the window answer 429. */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Bound on the accounts tracked at once (the table is persisted; unknown e-mails are tracked too). */
const MAX_TRACKED = 1000;

const recentFailures = (d: Db, key: string, now: number) =>
  (d.loginThrottle.get(key)?.failures ?? []).filter((t) => now - Date.parse(t) < SIGN_IN_WINDOW_MS);

/**
 * Counts a failed sign-in for the e-mail (known or not, so the answers do not tell which accounts
 * exist), forgetting entries whose window has passed.
 */
function countFailure(d: Db, key: string, now: number) {
  const failures = [...recentFailures(d, key, now), new Date(now).toISOString()].slice(-MAX_FAILED_SIGN_INS);
  if (d.loginThrottle.get(key)) d.loginThrottle.update(key, (r) => ({ ...r, failures }));
  else d.loginThrottle.insert({ id: key, failures });
  if (d.loginThrottle.size > MAX_TRACKED) {
    for (const r of d.loginThrottle.all())
      if (r.id !== key && !r.failures.some((t) => now - Date.parse(t) < SIGN_IN_WINDOW_MS))
        d.loginThrottle.delete(r.id);
  }
}

export const authHandlers = [
  route(
    'get',
    '/auth/demo-accounts',
    ({ db }): DemoAccount[] =>
      DEMO_EMAILS.flatMap((email) => {
        const u = db.users.find((x) => x.email === email);
        return u
          ? [
              {
                email,
                name: fullName(u),
                authLevel: u.authLevel,
                companyName: db.companies.get(u.companyId)?.name ?? '',
              },
            ]
          : [];
      }),
    { public: true },
  ),

  route(
    'post',
    '/auth/login',
    ({ db, body, portal }): LoginResponse | Response => {
      const input = parseBody(LoginRequest, body);
      const key = input.email.toLowerCase();
      const now = Date.now();
      const recent = recentFailures(db, key, now);
      if (recent.length >= MAX_FAILED_SIGN_INS) {
        // Even the right password waits: the oldest failure in the window decides when to try again.
        const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(recent[0]!) + SIGN_IN_WINDOW_MS - now) / 1000));
        return errorResponse(new HttpError(429, 'too_many_attempts', { retryAfterSeconds }), {
          'Retry-After': String(retryAfterSeconds),
        });
      }
      const u = db.users.find((x) => x.email.toLowerCase() === key);
      // One answer for unknown e-mail and wrong password, so accounts cannot be probed.
      if (!u || u.password !== input.password) {
        countFailure(db, key, now);
        // Returned, not thrown: the failure is counted (kept) although the answer is an error.
        return errorResponse(new HttpError(401, 'invalid_credentials'));
      }
      if (db.loginThrottle.get(key)) db.loginThrottle.delete(key);
      if (u.status !== 'active') throw new HttpError(403, 'account_inactive');
      const token = crypto.randomUUID();
      const expiresAt = new Date(Date.now() + sessionTtlMs()).toISOString();
      db.sessions.insert({ id: token, userId: u.id, expiresAt });
      return { token, expiresAt, user: toSessionUser(db, u, portal) };
    },
    { public: true },
  ),

  route('get', '/auth/session', ({ db, viewer, portal }) => toSessionUser(db, viewer, portal)),

  route('post', '/auth/logout', ({ db, request }) => {
    const token = request.headers.get('authorization')?.slice(7);
    if (token) db.sessions.delete(token);
    return undefined;
  }),
];
