import { z } from 'zod';
import {
  AuthLevel,
  CaseStatisticsRow,
  E164,
  Ore,
  CaseStatus,
  ClaimDecision,
  CloseReason,
  CompanyKind,
  DamageType,
  MemberStatus,
  NotificationKind,
  RightKey,
  TaskStatus,
  TaskType,
} from '@/api/contract';
import type { TableName, Tables } from './schema';

/**
 * Schemas of the rows the store persists. They hold what the contract does not (passwords, sessions,
 * server-side ids) and are checked on every load: a stored row that fails is dropped and reported, so
 * no state of storage can break the app. Keep them in step with `schema.ts` (the `satisfies` lines fail
 * to compile when a row type and its schema drift apart).
 */
const Id = z.string().min(1).max(200);
const Str = z.string().max(20_000);
const Short = z.string().max(500);
const Iso = z.string().refine((s) => s.length <= 40 && !Number.isNaN(Date.parse(s)));
const Int = z.number().int().min(0).max(1_000_000_000);
/** Money in øre, as the contract has it (whole numbers up to MAX_AMOUNT_ORE). */
const Money = Ore;
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Coord = z.number().finite().min(-180).max(180);
/** A member's mobile number as stored: E.164 or '' (schema version 7). */
const StoredPhone = z.string().refine((v) => v === '' || E164.test(v));

const PortalRow = z.object({
  id: Id,
  name: Short,
  insurerCompanyId: Id,
  rights: z.array(RightKey).max(64),
  defaultBudgetLimit: Money,
  version: Int,
  updatedAt: Iso,
  // Optional in the row type: without it here, zod would strip it and a stored portal would lose its network.
  partnerNetworkOfficeIds: z.array(Id).max(10_000).optional(),
  officeAnswerHours: z.number().int().min(1).max(200).optional(),
  demoClockOffsetMs: z
    .number()
    .int()
    .min(0)
    .max(10 * 366 * 86_400_000)
    .optional(),
});
const CompanyRow = z.object({ id: Id, name: Short, kind: CompanyKind });
const OfficeRow = z.object({
  id: Id,
  companyId: Id,
  name: Short,
  city: Short,
  postalCode: Short,
  lat: Coord,
  lng: Coord,
  categories: z.array(Short).max(50),
});
const UserRow = z.object({
  id: Id,
  firstName: Short,
  lastName: Short,
  email: z.string().min(1).max(254),
  password: z.string().max(4096),
  userCode: Short,
  mobile: StoredPhone,
  useMobileForSecurityCode: z.boolean(),
  securityMobile: StoredPhone,
  status: MemberStatus,
  deputyId: Id.nullable(),
  authLevel: AuthLevel,
  companyId: Id,
  officeId: Id.nullable(),
  inspectorExtraRights: z.boolean(),
  externalCaseHandler: z.boolean(),
  budgetLimit: z.union([
    z.object({ mode: z.literal('default') }),
    z.object({ mode: z.literal('custom'), amount: Money }),
  ]),
  version: Int,
});
const WorkItemRow = z.object({
  id: Id,
  description: Str,
  amount: Money,
  status: z.enum(['draft', 'submitted', 'approved']),
  cashOffer: z.boolean(),
  customerOwnWork: z.boolean(),
});
const TaskRow = z.object({
  id: Id,
  type: TaskType,
  status: TaskStatus,
  officeId: Id.nullable(),
  userId: Id.nullable(),
  cashOffer: z.boolean(),
  budget: z
    .object({
      amount: Money,
      status: z.enum(['submitted', 'approved', 'rejected']),
      addedById: Id.nullable(),
      escalation: z
        .object({
          status: z.enum(['pending', 'approved', 'rejected']),
          amount: Money,
          limit: Money,
          requestedById: Id,
          requestedAt: Iso,
          answeredById: Id.nullable(),
          answeredAt: Iso.nullable(),
          comment: Str,
        })
        .nullable()
        .optional(),
    })
    .nullable(),
  workItems: z.array(WorkItemRow).max(1000),
  workNumber: Int.positive().optional(),
});
const CaseRow = z.object({
  id: Id,
  seq: Int,
  portalId: Id,
  insurerCompanyId: Id,
  status: CaseStatus,
  closeReason: CloseReason.nullable(),
  street: Short,
  postalCode: Short,
  city: Short,
  lat: Coord,
  lng: Coord,
  customerName: Short,
  customerPhone: Short,
  customerEmail: Short,
  claimNumber: Short,
  damageType: DamageType,
  description: Str,
  createdAt: Iso,
  createdById: Id,
  caseHandlerId: Id.nullable(),
  claimDecision: ClaimDecision.nullable(),
  externalOfficeId: Id.nullable(),
  externalUserId: Id.nullable(),
  externalRoleUntil: CalendarDate.nullable().optional(),
  externalRoleReminderSentFor: CalendarDate.nullable().optional(),
  externalOfficeAssignedAt: Iso.nullable().optional(),
  externalOfficeOverdue: z.boolean().optional(),
  inspectionAt: Iso.nullable(),
  inspectionReport: z.boolean(),
  inspectionCompanyId: Id.nullable(),
  inspectorId: Id.nullable(),
  projectManagerId: Id.nullable(),
  originalOfficeId: Id.nullable(),
  attention: z.boolean(),
  compensationPreApproved: z.boolean(),
  subcontractor: z.boolean(),
  reminder: z.boolean(),
  customerPageShared: z.boolean(),
  invoiceCount: Int,
  remoteVideoCalls: Int,
  remoteVideoMedia: Int,
  remoteVideoInvitedByOwnCompany: z.boolean(),
  tasks: z.array(TaskRow).max(1000),
  version: Int,
});
const LogRow = z.object({
  id: Id,
  caseId: Id,
  at: Iso,
  actorId: Id.nullable(),
  action: Short,
  params: z.record(z.string(), z.union([Str, z.number()])),
  authority: z
    .object({
      relation: z.enum(['insurer', 'externalCaseHandler', 'externalOffice', 'partner']),
      limit: Money.nullable(),
      rights: z.array(RightKey).max(64),
    })
    .nullable()
    .optional(),
});
const NotificationRow = z.object({
  id: Id,
  kind: NotificationKind,
  caseId: Id,
  officeId: Id.nullable(),
  userId: Id.nullable(),
  createdAt: Iso,
  readBy: z.array(Id).max(10_000),
  resolvedAt: Iso.nullable(),
  // Without these two, a reload silently dropped who asked and the names the text needs.
  actorId: Id.nullable().optional(),
  params: z.record(z.string(), Short).optional(),
});
const SessionRow = z.object({ id: Id, userId: Id, expiresAt: Iso });
const ChatMessageRow = z.object({ id: Id, caseId: Id, authorId: Id, text: Str, createdAt: Iso });
const ChatSubscriptionRow = z.object({ id: Id, caseId: Id, userId: Id });
const DocumentRow = z.object({
  id: Id,
  caseId: Id,
  name: Short,
  size: Int,
  uploadedById: Id,
  uploadedAt: Iso,
  sharedWithCustomer: z.boolean(),
});
const CustomerMessageRow = z.object({
  id: Id,
  caseId: Id,
  direction: z.enum(['toCustomer', 'fromCustomer']),
  authorId: Id.nullable(),
  text: Str,
  createdAt: Iso,
});
const RfqInvitationRow = z.object({
  id: Id,
  officeId: Id.nullable(),
  name: Short,
  email: Short.nullable(),
  invitedAt: Iso,
  answer: z.object({ amount: Money, comment: Str, answeredAt: Iso }).nullable(),
});
const RfqRow = z.object({
  id: Id,
  caseId: Id,
  taskId: Id,
  description: Str,
  deadline: Short,
  status: z.enum(['open', 'decided']),
  invitations: z.array(RfqInvitationRow).max(500),
  winnerInvitationId: Id.nullable(),
  createdById: Id,
  createdAt: Iso,
  version: Int,
});
const InspectionRow = z.object({ id: Id, caseId: Id, startedById: Id, startedAt: Iso });
const RemoteVideoSessionRow = z.object({ id: Id, caseId: Id, startedById: Id, startedAt: Iso, joinUrl: Short });
const ReportRow = z.object({
  id: Id,
  companyId: Id,
  createdById: Id,
  createdAt: Iso,
  from: Short,
  to: Short,
  options: z.object({ includeClosed: z.boolean(), onlyWithExternalCaseHandler: z.boolean() }),
  status: z.enum(['running', 'done', 'cancelled', 'expired']),
  total: Int,
  processed: Int,
  finishedAt: Iso.nullable(),
  inMemory: z.boolean(),
  caseIds: z.array(Id).max(100_000),
  lines: z.array(CaseStatisticsRow).max(100_000),
});
const LoginThrottleRow = z.object({ id: z.string().min(1).max(254), failures: z.array(Iso).max(100) });
const AuditRow = z.object({ id: Id, at: Iso, userId: Id.nullable(), action: Short, detail: Short });

export const ROW_SCHEMAS = {
  portals: PortalRow,
  companies: CompanyRow,
  offices: OfficeRow,
  users: UserRow,
  cases: CaseRow,
  logs: LogRow,
  notifications: NotificationRow,
  sessions: SessionRow,
  chatMessages: ChatMessageRow,
  chatSubscriptions: ChatSubscriptionRow,
  documents: DocumentRow,
  customerMessages: CustomerMessageRow,
  rfqs: RfqRow,
  inspections: InspectionRow,
  remoteVideoSessions: RemoteVideoSessionRow,
  reports: ReportRow,
  loginThrottle: LoginThrottleRow,
  audit: AuditRow,
} satisfies { [K in TableName]: z.ZodType<Tables[K]> };

/** Tables whose rows the app deletes; a stored deletion anywhere else (say, of the portal) is dropped. */
export const DELETABLE: ReadonlySet<TableName> = new Set<TableName>([
  'sessions',
  'chatSubscriptions',
  'rfqs',
  'reports',
  'loginThrottle',
]);

/** Why a stored change was dropped; shown to the user in the storage notice. */
export interface DroppedRow {
  table: TableName;
  id: string;
  reason: 'invalid' | 'deleteNotAllowed' | 'brokenReference';
}

/** Checks one stored change; the parsed row (or null for a deletion) when it may be applied. */
export function checkStoredRow(
  table: TableName,
  id: string,
  row: unknown,
): { ok: true; row: Tables[TableName] | null } | { ok: false; reason: DroppedRow['reason'] } {
  if (row === null) return DELETABLE.has(table) ? { ok: true, row: null } : { ok: false, reason: 'deleteNotAllowed' };
  const r = ROW_SCHEMAS[table].safeParse(row);
  if (!r.success || r.data.id !== id) return { ok: false, reason: 'invalid' };
  return { ok: true, row: r.data as Tables[TableName] };
}
