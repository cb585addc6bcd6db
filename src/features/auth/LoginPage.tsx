import { useForm, type Resolver } from 'react-hook-form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { LoginRequest } from '@/api/contract/auth';
import { demoAccountsQuery, login, sessionKeys } from '@/api/endpoints/session';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/Field';
import { isApiError } from '@/api/client';
import { useErrorMessage, useFieldErrorText } from '@/lib/errors';
import { safeNextPath } from './safeNext';

/** The contract's LoginRequest, imported at the first validation: zod is not needed to paint the form. */
const loginResolver: Resolver<LoginRequest> = async (values, context, options) => {
  const [{ zodResolver }, { LoginRequest }] = await Promise.all([import('@hookform/resolvers/zod'), import('@/api/contract/auth')]);
  return zodResolver(LoginRequest)(values, context, options);
};

export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const qc = useQueryClient();
  const errorText = useErrorMessage('auth');
  const fieldText = useFieldErrorText();
  const demo = useQuery(demoAccountsQuery());
  const form = useForm<LoginRequest>({ resolver: loginResolver, defaultValues: { email: '', password: '' } });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (res) => {
      qc.setQueryData(sessionKeys.all, res.user);
      // Only same-origin paths: never another site, never a path the router cannot take.
      const safe = safeNextPath(params.get('next')) ?? (res.user.permissions.includes('cases:list') ? '/' : '/platform/role-definition');
      void navigate(safe, { replace: true });
    },
  });

  /** Too many failed sign-ins: say when to try again (the server's Retry-After, as a time of day here). */
  const signInError = (error: unknown) => {
    if (isApiError(error) && error.status === 429) {
      const seconds = Number(error.params.retryAfterSeconds) || 60;
      const at = new Date(Date.now() + seconds * 1000);
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
          <TextField label={t('email')} type="email" autoComplete="username" error={fieldText(form.formState.errors.email?.message)} {...form.register('email')} />
          <TextField label={t('password')} type="password" autoComplete="current-password" error={fieldText(form.formState.errors.password?.message)} {...form.register('password')} />
          {mutation.isError && <p role="alert" className="form-error">{signInError(mutation.error)}</p>}
          <Button type="submit" variant="primary" disabled={mutation.isPending}>{t('submit')}</Button>
        </form>
      </section>
      <section className="login-card" aria-labelledby="demo-accounts">
        <h2 id="demo-accounts">{t('demoAccounts')}</h2>
        <p>{t('demoHint')}</p>
        <ul className="demo-accounts">
          {demo.data?.map((a) => (
            <li key={a.email}>
              <Button variant="link" onClick={() => fillAccount(a.email)} aria-label={t('useAccount', { email: a.email })}>
                {a.email}
              </Button>
              <span> {a.name}, {t(`common:authLevels.${a.authLevel}`)}, {a.companyName}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
