import type {
  AuthLevel,
  CaseStatisticsRow,
  ClaimDecision,
  CloseReason,
  CompanyKind,
  CaseStatus,
  DamageType,
  MemberStatus,
  NotificationKind,
  RightKey,
  TaskStatus,
  TaskType,
} from '@/api/contract';

/**
 * Rows of the mock backend's store. These are the server's own records (ids, not names);
 * handlers turn them into the contract's response shapes. Every amount of money is in øre (an integer).
 * Bump SCHEMA_VERSION whenever a row shape or meaning changes, and add the step that migrates stored
 * rows to `migrations.ts` (a row no step can migrate is dropped with a notice).
 *
 * 6: amounts in øre (were NOK as floats).
 * 7: members' mobile numbers in E.164 (were as typed).
 */
export const SCHEMA_VERSION = 7;

export interface PortalRow {
  id: string;
  name: string;
  insurerCompanyId: string;
  rights: RightKey[];
  /** øre */
  defaultBudgetLimit: number;
  version: number;
  updatedAt: string;
  /**
   * The insurer's partner network: the offices "Tildel oppgaver til partnere" may choose from.
   * Absent in data stored before the network existed: then every partner office counts.
   */
  partnerNetworkOfficeIds?: string[];
  /** Working hours an office has to assign a user before the case handler is alerted (issue 14); absent: 8. */
  officeAnswerHours?: number;
  /** Demo time: how far "now" is moved ahead of real time (mocks/clock.ts); absent: 0. */
  demoClockOffsetMs?: number;
}

export interface CompanyRow {
  id: string;
  name: string;
  kind: CompanyKind;
}

export interface OfficeRow {
  id: string;
  companyId: string;
  name: string;
  city: string;
  postalCode: string;
  lat: number;
  lng: number;
  categories: string[];
}

export interface UserRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  userCode: string;
  /** E.164 ("+4791234567") or '' (none); since schema version 7. */
  mobile: string;
  useMobileForSecurityCode: boolean;
  /** E.164 or ''. */
  securityMobile: string;
  status: MemberStatus;
  deputyId: string | null;
  authLevel: AuthLevel;
  companyId: string;
  officeId: string | null;
  inspectorExtraRights: boolean;
  externalCaseHandler: boolean;
  /** amount: øre */
  budgetLimit: { mode: 'default' } | { mode: 'custom'; amount: number };
  version: number;
}

export interface WorkItemRow {
  id: string;
  description: string;
  /** øre */
  amount: number;
  status: 'draft' | 'submitted' | 'approved';
  cashOffer: boolean;
  customerOwnWork: boolean;
}

export interface TaskRow {
  id: string;
  type: TaskType;
  status: TaskStatus;
  officeId: string | null;
  userId: string | null;
  cashOffer: boolean;
  /** amount: øre, the sum of the work items when submitted */
  budget: {
    amount: number;
    status: 'submitted' | 'approved' | 'rejected';
    addedById: string | null;
    escalation?: BudgetEscalationRow | null;
  } | null;
  workItems: WorkItemRow[];
  /** Arbeidsnummer within the case (1, 2, …; never reused). Absent in rows stored before it existed: see `taskWorkNumber`. */
  workNumber?: number;
}

/**
 * A budget over the role holder's limit sent to the insurer's case handler (issue 14). `amount` and
 * `limit` are what they were when it was sent: an answer to a budget that changed since is refused (409).
 */
export interface BudgetEscalationRow {
  status: 'pending' | 'approved' | 'rejected';
  amount: number;
  limit: number;
  requestedById: string;
  requestedAt: string;
  answeredById: string | null;
  answeredAt: string | null;
  comment: string;
}

export interface CaseRow {
  id: string;
  seq: number;
  portalId: string;
  insurerCompanyId: string;
  status: CaseStatus;
  closeReason: CloseReason | null;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  customerName: string;
  customerPhone: string;
  customerEmail: string;
  claimNumber: string;
  damageType: DamageType;
  description: string;
  createdAt: string;
  createdById: string;
  caseHandlerId: string | null;
  claimDecision: ClaimDecision | null;
  /** R3/R4: the office holding the external case handler role, and its assigned user. */
  externalOfficeId: string | null;
  externalUserId: string | null;
  /** "Til og med": the last day (Oslo) the office holds the role; absent or null: no end (issue 14). */
  externalRoleUntil?: string | null;
  /** When the role holder and the case handler were reminded of the end (once per end date). */
  externalRoleReminderSentFor?: string | null;
  /** When the office got the role; the clock of "Venter på kontor" (absent in seeded and older data: not watched). */
  externalOfficeAssignedAt?: string | null;
  /** The office was late and the case handler has been alerted. */
  externalOfficeOverdue?: boolean;
  inspectionAt: string | null;
  inspectionReport: boolean;
  inspectionCompanyId: string | null;
  inspectorId: string | null;
  projectManagerId: string | null;
  originalOfficeId: string | null;
  attention: boolean;
  compensationPreApproved: boolean;
  subcontractor: boolean;
  reminder: boolean;
  customerPageShared: boolean;
  invoiceCount: number;
  remoteVideoCalls: number;
  remoteVideoMedia: number;
  remoteVideoInvitedByOwnCompany: boolean;
  tasks: TaskRow[];
  version: number;
}

export interface LogRow {
  id: string;
  caseId: string;
  at: string;
  actorId: string | null;
  action: string;
  params: Record<string, string | number>;
  /** The authority the actor held at that moment (issue 14): never recomputed, so history stays as it was. */
  authority?: AuthorityRow | null;
}

export interface AuthorityRow {
  relation: 'insurer' | 'externalCaseHandler' | 'externalOffice' | 'partner';
  /** Budget approval limit in øre then; null: unlimited. */
  limit: number | null;
  /** The portal's rights the actor held then (the insurer holds all of them: stored as the full list). */
  rights: RightKey[];
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  caseId: string;
  /** Delivered to every admin and flagged user of this office, or to one user. */
  officeId: string | null;
  userId: string | null;
  createdAt: string;
  readBy: string[];
  resolvedAt: string | null;
  /** Who asked (e.g. the case handler who gave the role to the office); absent in older rows. */
  actorId?: string | null;
  /** Names the text needs (the former holder, the office, why the role ended); absent in older rows. */
  params?: Record<string, string>;
}

export interface SessionRow {
  id: string; // the bearer token
  userId: string;
  expiresAt: string;
}

// ---------- case work (R5): chat, documents, customer contact, RFQ, inspection, Remote Video ----------

export interface ChatMessageRow {
  id: string;
  caseId: string;
  authorId: string;
  text: string;
  createdAt: string;
}

/** A voluntary "Varsle meg om nye meldinger" subscription; id = `${caseId}:${userId}`. */
export interface ChatSubscriptionRow {
  id: string;
  caseId: string;
  userId: string;
}

export interface DocumentRow {
  id: string;
  caseId: string;
  name: string;
  size: number;
  uploadedById: string;
  uploadedAt: string;
  sharedWithCustomer: boolean;
}

export interface CustomerMessageRow {
  id: string;
  caseId: string;
  /** toCustomer: written in the portal; fromCustomer: written by the customer on the customer page. */
  direction: 'toCustomer' | 'fromCustomer';
  authorId: string | null;
  text: string;
  createdAt: string;
}

export interface RfqInvitationRow {
  id: string;
  /** null for a non-in4mo partner (no portal access, reached by e-mail only). */
  officeId: string | null;
  name: string;
  email: string | null;
  invitedAt: string;
  /** amount: øre */
  answer: { amount: number; comment: string; answeredAt: string } | null;
}

export interface RfqRow {
  id: string;
  caseId: string;
  taskId: string;
  description: string;
  deadline: string;
  status: 'open' | 'decided';
  invitations: RfqInvitationRow[];
  winnerInvitationId: string | null;
  createdById: string;
  createdAt: string;
  version: number;
}

export interface InspectionRow {
  id: string;
  caseId: string;
  startedById: string;
  startedAt: string;
}

export interface RemoteVideoSessionRow {
  id: string;
  caseId: string;
  startedById: string;
  startedAt: string;
  /** Where the customer joins the call (a demo link). */
  joinUrl: string;
}

// ---------- reports (R7) ----------

/**
 * A generated Saksstatistikkrapport: a snapshot, written once. Small reports keep their case ids and
 * lines here (and are persisted); big ones keep them in the mock server's memory only (`inMemory`),
 * so that 100,000 lines never go to localStorage.
 */
export interface ReportRow {
  id: string;
  companyId: string;
  createdById: string;
  createdAt: string;
  from: string;
  to: string;
  options: { includeClosed: boolean; onlyWithExternalCaseHandler: boolean };
  status: 'running' | 'done' | 'cancelled' | 'expired';
  total: number;
  processed: number;
  finishedAt: string | null;
  inMemory: boolean;
  caseIds: string[];
  lines: CaseStatisticsRow[];
}

// ---------- security ----------

/** Failed sign-ins of one account (id = the e-mail in lower case), for throttling. */
export interface LoginThrottleRow {
  id: string;
  /** Times of the failed attempts within the throttling window (ISO). */
  failures: string[];
}

/** One use of the demo controls (`/system/*`): who and when. */
export interface AuditRow {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  detail: string;
}

export interface Tables {
  portals: PortalRow;
  companies: CompanyRow;
  offices: OfficeRow;
  users: UserRow;
  cases: CaseRow;
  logs: LogRow;
  notifications: NotificationRow;
  sessions: SessionRow;
  chatMessages: ChatMessageRow;
  chatSubscriptions: ChatSubscriptionRow;
  documents: DocumentRow;
  customerMessages: CustomerMessageRow;
  rfqs: RfqRow;
  inspections: InspectionRow;
  remoteVideoSessions: RemoteVideoSessionRow;
  reports: ReportRow;
  loginThrottle: LoginThrottleRow;
  audit: AuditRow;
}
export type TableName = keyof Tables;
export const TABLE_NAMES: TableName[] = [
  'portals',
  'companies',
  'offices',
  'users',
  'cases',
  'logs',
  'notifications',
  'sessions',
  'chatMessages',
  'chatSubscriptions',
  'documents',
  'customerMessages',
  'rfqs',
  'inspections',
  'remoteVideoSessions',
  'reports',
  'loginThrottle',
  'audit',
];
