import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sessionToken } from '@/api/client';
import { AppProviders, createQueryClient } from '@/app/providers';
import { routes } from '@/app/routes';
import { db } from '@mocks/db';
import { setLanguage, type Language } from '@/lib/i18n';

export interface RenderAppOptions {
  /** E-mail of the seeded user to sign in as; omit to render signed out. */
  user?: string;
  url?: string;
  language?: Language;
}

/** Creates a session for a seeded user directly in the mock store (as a completed sign-in would). */
export function signInAs(email: string): string {
  const d = db();
  const u = d.users.find((x) => x.email === email);
  if (!u) throw new Error(`No seeded user ${email}`);
  const token = `test-${u.id}-${Math.random().toString(36).slice(2)}`;
  d.sessions.insert({ id: token, userId: u.id, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  sessionToken.set(token);
  return token;
}

/** Renders the whole app (routes, providers, MSW backend) at a URL, optionally signed in. */
export function renderApp({ user, url = '/', language = 'nb' }: RenderAppOptions = {}) {
  void setLanguage(language);
  if (user) signInAs(user);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const utils = render(
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, client, user: userEvent.setup() };
}
