import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { demoAccountsQuery, login, sessionKeys } from '@/api/endpoints/session';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { QueryState } from '@/components/ui/States';
import { isApiError } from '@/api/client';
import { useErrorMessage } from '@/lib/errors';
import { useContractForm } from '@/lib/forms';
import { safeNextPath } from './safeNext';

/** The contract's LoginRequest, imported at the first validation: zod is not needed to paint the form. */
const loginSchema = async () => (await import('@/api/contract/auth')).LoginRequest;

export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const qc = useQueryClient();
  const errorText = useErrorMessage('auth');
  const demo = useQuery(demoAccountsQuery());
  const form = useContractForm(loginSchema, { defaultValues: { email: '', password: '' } }, 'auth');
  const mutation = useMutation({
    mutationFn: login,
    onError: (e) => form.applyServerErrors(e),
    onSuccess: (res) => {
      qc.setQueryData(sessionKeys.all, res.user);
      // Only same-origin paths: never another site, never a path the router cannot take.
      const safe =
        safeNextPath(params.get('next')) ??
        (res.user.permissions.includes('cases:list') ? '/' : '/platform/role-definition');
      void navigate(safe, { replace: true });
    },
  });

  /** Too many failed sign-ins: say when to try again (the server's Retry-After, as a time of day here). */
  const signInError = (error: unknown) => {
    if (isApiError(error) && error.status === 429) {
      const seconds = Number(error.params.retryAfterSeconds) || 60;
      // Counted from when the sign-in was sent (render stays pure: no clock read here).
      const at = new Date(mutation.submittedAt + seconds * 1000);
      const time = at.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
      return t('common:errors.too_many_attempts', { time, minutes: Math.ceil(seconds / 60) });
    }
    return errorText(error);
  };

  const fillAccount = (email: string) => {
    form.setValue('email', email, { shouldValidate: true });
    form.setValue('password', 'demo', { shouldValidate: true });
    form.setFocus('password');
  };

  return (
    <main id="main" className="login">
      <section className="login-card">
        <h1>{t('title')}</h1>
        <form noValidate onSubmit={form.handleSubmit((v) => mutation.mutate(v))}>
          <TextField
            label={t('email')}
            type="email"
            autoComplete="username"
            error={form.fieldError('email')}
            {...form.register('email')}
          />
          <TextField
            label={t('password')}
            type="password"
            autoComplete="current-password"
            error={form.fieldError('password')}
            {...form.register('password')}
          />
          {mutation.isError && (
            <p role="alert" className="form-error">
              {signInError(mutation.error)}
            </p>
          )}
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {t('submit')}
          </Button>
        </form>
      </section>
      <section className="login-card" aria-labelledby="demo-accounts">
        <h2 id="demo-accounts">{t('demoAccounts')}</h2>
        <p>{t('demoHint')}</p>
        {/* The list comes from the backend, which may still be starting: say so, and say when it failed. */}
        {demo.data ? (
          <ul className="demo-accounts">
            {demo.data.map((a) => (
              <li key={a.email}>
                <Button
                  variant="link"
                  onClick={() => fillAccount(a.email)}
                  aria-label={t('useAccount', { email: a.email })}
                >
                  {a.email}
                </Button>
                <span>
                  {' '}
                  {a.name}, {t(`common:authLevels.${a.authLevel}`)}, {a.companyName}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <QueryState query={demo} ns="auth" />
        )}
      </section>
    </main>
  );
}
