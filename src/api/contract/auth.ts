import { z } from 'zod';
import { EmailText, Id, TEXT_LIMITS } from './common';

/** Autorisasjonsnivå: what a member is in the portal. */
export const AUTH_LEVELS = ['platform_admin', 'company_admin', 'case_handler', 'office_admin', 'user'] as const;
export const AuthLevel = z.enum(AUTH_LEVELS);
export type AuthLevel = z.infer<typeof AuthLevel>;

export const CompanyKind = z.enum(['platform', 'insurer', 'partner']);
export type CompanyKind = z.infer<typeof CompanyKind>;

/** Portal-wide things a signed-in user may do; the UI shows navigation from this list only. */
export const GLOBAL_PERMISSIONS = [
  'roleDefinition:edit', // R1, platform administrator only
  'members:manage', // R2, Selskapets admin
  'reports:view', // R7, Selskapets admin
  'partnerNetwork:view', // Innstillinger -> Partnernettverk, the insurer's staff (company admin and case handlers)
  'cases:list', // case list and dashboard
  'cases:filterAsExternalHandler', // R6 dashboard filter, flagged users only
] as const;
export const GlobalPermission = z.enum(GLOBAL_PERMISSIONS);
export type GlobalPermission = z.infer<typeof GlobalPermission>;

export const SessionUser = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  authLevel: AuthLevel,
  companyId: Id,
  companyName: z.string(),
  companyKind: CompanyKind,
  officeId: Id.nullable(),
  officeName: z.string().nullable(),
  externalCaseHandler: z.boolean(),
  permissions: z.array(GlobalPermission),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** Longest e-mail address (RFC 5321) and password the portal accepts anywhere. */
export const MAX_EMAIL_LENGTH = TEXT_LIMITS.email;
export const MAX_PASSWORD_LENGTH = TEXT_LIMITS.password;

export const LoginRequest = z.object({
  email: EmailText,
  password: z
    .string()
    .min(1, { message: 'validation.required' })
    .max(MAX_PASSWORD_LENGTH, { message: 'validation.passwordTooLong' }),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z.object({ token: z.string(), expiresAt: z.string(), user: SessionUser });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const DemoAccount = z.object({
  email: z.string(),
  name: z.string(),
  authLevel: AuthLevel,
  companyName: z.string(),
});
export const DemoAccountList = z.array(DemoAccount);
export type DemoAccount = z.infer<typeof DemoAccount>;
