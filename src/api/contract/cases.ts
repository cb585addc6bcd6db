import { z } from 'zod';
import { CalendarDay, Id, Ore, Page, RightKey } from './common';

/** Task statuses as the portal's documentation lists them (C, 0, 0+, 1, 2, B, B+, B++, 3, 3-, 4, A). */
export const TASK_STATUSES = ['C', '0', '0+', '1', '2', 'B', 'B+', 'B++', '3', '3-', '4', 'A'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

/**
 * The task statuses by what they mean for the work, so that rules name a group instead of literal codes.
 * Every status is in exactly one group.
 */
export const TASK_STATUS_GROUPS = {
  /** C: needs a partner. */
  needsPartner: ['C'],
  /** 0, 0+, 1, 2: with a partner, before a budget is submitted. */
  withPartner: ['0', '0+', '1', '2'],
  /** B, B+: a budget awaits approval (B+: partly as cash offer). */
  budgetSubmitted: ['B', 'B+'],
  /** B++, 3, 3-: budget approved, work under way (3-: a changed budget awaits approval). */
  inWork: ['B++', '3', '3-'],
  /** 4: completed, awaits approval. */
  completed: ['4'],
  /** A: approved. */
  approved: ['A'],
} as const satisfies Record<string, readonly (typeof TASK_STATUSES)[number][]>;
export type TaskStatusGroup = keyof typeof TASK_STATUS_GROUPS;
export const taskStatusIn = (status: TaskStatus, ...groups: TaskStatusGroup[]) =>
  groups.some((g) => (TASK_STATUS_GROUPS[g] as readonly TaskStatus[]).includes(status));

/** Oppgavetyper; labels live in locales (`case:taskTypes.*`). */
export const TASK_TYPES = [
  'waterDamageInspection', // Vannskadebesiktigelse
  'demolition', // Riving
  'drying', // Tørring
  'carpentry', // Snekker
  'painting', // Maler
  'plumbing', // Rørlegger
  'electrical', // Elektriker
  'cleaning', // Rengjøring
  'projectManagement', // Prosjektledelse
] as const;
export const TaskType = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof TaskType>;

export const DAMAGE_TYPES = ['water', 'fire', 'storm', 'theft', 'frost', 'other'] as const;
export const DamageType = z.enum(DAMAGE_TYPES);
export type DamageType = z.infer<typeof DamageType>;

export const CaseStatus = z.enum(['open', 'on_hold', 'closed', 'cancelled']);
export type CaseStatus = z.infer<typeof CaseStatus>;
/** Case statuses by meaning: an active case can be worked; an ended one is history (chat, documents and reported information stay). */
export const CASE_STATUS_GROUPS = {
  active: ['open', 'on_hold'],
  ended: ['closed', 'cancelled'],
} as const satisfies Record<string, readonly CaseStatus[]>;
export const isActiveCaseStatus = (s: CaseStatus) => (CASE_STATUS_GROUPS.active as readonly CaseStatus[]).includes(s);
export const CloseReason = z.enum(['normal', 'cash_offer_accepted']);
export type CloseReason = z.infer<typeof CloseReason>;
/** Erstatningsbeslutning: Godta | Avis | Behøver tilleggsopplysninger. */
export const ClaimDecision = z.enum(['accepted', 'rejected', 'needs_info']);
export type ClaimDecision = z.infer<typeof ClaimDecision>;

export const Address = z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type Address = z.infer<typeof Address>;

export const PersonRef = z.object({ id: Id, name: z.string(), email: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;
export const OfficeRef = z.object({ id: Id, name: z.string() });
export type OfficeRef = z.infer<typeof OfficeRef>;

export const WorkItem = z.object({
  id: Id,
  description: z.string(),
  /** øre */
  amount: Ore,
  /** draft -> submitted (sent for approval as the budget) -> approved */
  status: z.enum(['draft', 'submitted', 'approved']),
  cashOffer: z.boolean(),
  customerOwnWork: z.boolean(),
});
export type WorkItem = z.infer<typeof WorkItem>;

/**
 * A budget over the role holder's limit sent to the insurer's case handler ("Send til godkjenning hos …",
 * issue 14), with the amount and the limit as they were when it was sent, and the answer.
 */
export const BudgetEscalation = z.object({
  status: z.enum(['pending', 'approved', 'rejected']),
  /** øre, as sent */
  amount: Ore,
  limit: Ore,
  requestedBy: PersonRef.nullable(),
  requestedAt: z.string(),
  answeredBy: PersonRef.nullable(),
  answeredAt: z.string().nullable(),
  comment: z.string(),
});
export type BudgetEscalation = z.infer<typeof BudgetEscalation>;

export const Budget = z.object({
  /** øre: the sum of the task's work items when it was submitted */
  amount: Ore,
  status: z.enum(['submitted', 'approved', 'rejected']),
  addedBy: PersonRef.nullable(),
  /** The latest escalation of this budget; null when it was never sent to the insurer. */
  escalation: BudgetEscalation.nullable().optional(),
});
export type Budget = z.infer<typeof Budget>;

/** What the viewer may do with a task now (the same rules the handlers enforce). */
export const TASK_ACTIONS = [
  'assign',
  'cashOffer',
  'addBudget',
  'approveBudget',
  'approve',
  'remove',
  // issue 14: send a budget over the limit to the insurer's case handler, and their answer
  'escalateBudget',
  'answerBudgetEscalation',
] as const;
export const TaskActionKey = z.enum(TASK_ACTIONS);
export type TaskActionKey = z.infer<typeof TaskActionKey>;
/** What the viewer may do with a work item now: make it the customer's own work (cash offer before budget approval). */
export const WORK_ITEM_ACTIONS = ['customerOwnWork'] as const;
export const WorkItemActionKey = z.enum(WORK_ITEM_ACTIONS);
export type WorkItemActionKey = z.infer<typeof WorkItemActionKey>;
/** Why an action the viewer holds the right for is refused right now, said before the click (e.g. over the budget limit). */
export const ActionNotice = z.object({
  action: TaskActionKey,
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ActionNotice = z.infer<typeof ActionNotice>;

export const CaseWorkItem = WorkItem.extend({ actions: z.array(WorkItemActionKey) });
export type CaseWorkItem = z.infer<typeof CaseWorkItem>;

export const Task = z.object({
  id: Id,
  type: TaskType,
  status: TaskStatus,
  office: OfficeRef.nullable(),
  user: PersonRef.nullable(),
  cashOffer: z.boolean(),
  budget: Budget.nullable(),
  /** Arbeidsnummer: the task's work number in the case ("000001-2"); it never changes, even when other tasks are removed. */
  workNumber: z.string(),
  /** Estimert partnerbudsjett: what the partner's work items add up to so far; null while there are none. Same unit as `budget.amount`. */
  estimatedPartnerBudget: z.number().nullable(),
  workItems: z.array(CaseWorkItem),
  actions: z.array(TaskActionKey),
  notices: z.array(ActionNotice),
});
export type Task = z.infer<typeof Task>;

/** What the viewer may do in this case: the UI shows actions from this list and never re-derives it. */
export const CASE_BASE_PERMISSIONS = [
  'case:view',
  'case:chat', // always granted to anyone who sees the case
  'case:documents', // always granted
  'case:reportedInfo', // always granted
  'case:act', // Sakstiltak: Vent | Lukk | Avbryt
  'case:editCaseHandler',
  'case:assignExternalOffice', // R3
  'case:assignExternalUser', // R4
] as const;
export const CasePermission = z.union([z.enum(CASE_BASE_PERMISSIONS), RightKey]);
export type CasePermission = z.infer<typeof CasePermission>;

/**
 * What the viewer may do in the case now: the viewer's permissions applied to the case's state by the
 * same pure rules the handlers enforce (mocks/rules/caseActions.ts). An ended case keeps only chat and documents.
 */
export const CASE_ACTIONS = [
  'hold', // Vent
  'resume', // Gjenoppta
  'close', // Lukk
  'cancel', // Avbryt
  'claimDecision', // Godta | Avis | Behøver tilleggsopplysninger
  'editCaseHandler', // Saksbehandler -> Rediger
  'reminder', // Påminnelse -> Rediger
  'assignExternalOffice', // Ekstern saksbehandler -> Rediger (Tildel)
  'assignExternalUser', // Tildel bruker
  'addTask', // Legg til flere
  'createRfq',
  'editRfq',
  'addNonIn4moPartner',
  'decideRfq',
  'customerContact',
  'startInspection',
  'remoteVideo',
  'chat',
  'documents',
] as const;
export const CaseActionKey = z.enum(CASE_ACTIONS);
export type CaseActionKey = z.infer<typeof CaseActionKey>;

export const CaseViewer = z.object({
  /** insurer: the insurer's own staff; externalCaseHandler: holds the role here; partner: linked by a task or office. */
  relation: z.enum(['insurer', 'externalCaseHandler', 'externalOffice', 'partner']),
  permissions: z.array(CasePermission),
  /** Effective budget approval limit in øre; null when unlimited (the insurer's own staff). */
  budgetLimit: Ore.nullable(),
  /** The case actions the viewer may take now; the UI shows exactly these. */
  actions: z.array(CaseActionKey),
});
export type CaseViewer = z.infer<typeof CaseViewer>;

export const ExternalCaseHandler = z.object({
  office: OfficeRef.nullable(),
  user: PersonRef.nullable(),
  /**
   * The user no longer holds the role (un-flagged, deactivated or moved) but the case is closed or cancelled:
   * a closed case is history, so it keeps the name, marked as removed.
   */
  userRemoved: z.boolean(),
  /** "Til og med": the last day (Oslo) the office holds the role; null: no end. */
  until: CalendarDay.nullable().optional(),
  /**
   * "Venter på kontor (N t)": the office has not assigned a user within the portal's working hours;
   * `hours` is the working hours it has waited (whole hours). Only for the insurer and the office; null otherwise.
   */
  waitingForOffice: z.object({ hours: z.number().int() }).nullable().optional(),
});

export const CaseDetail = z.object({
  id: Id,
  reference: z.string(),
  status: CaseStatus,
  closeReason: CloseReason.nullable(),
  /** Handling kreves (Oppmerksomhet): the case is waiting for someone to act. */
  attention: z.boolean(),
  address: Address,
  insurer: z.object({ id: Id, name: z.string() }),
  customer: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  claimNumber: z.string(),
  damageType: DamageType,
  description: z.string(),
  createdAt: z.string(),
  inspectionAt: z.string().nullable(),
  caseHandler: PersonRef.nullable(),
  claimDecision: ClaimDecision.nullable(),
  externalCaseHandler: ExternalCaseHandler,
  reminder: z.boolean(),
  customerPageShared: z.boolean(),
  tasks: z.array(Task),
  viewer: CaseViewer,
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** A row of the case list (saksliste) and the dashboard. */
export const CaseSummary = z.object({
  id: Id,
  reference: z.string(),
  status: CaseStatus,
  address: Address,
  customerName: z.string(),
  claimNumber: z.string(),
  damageType: DamageType,
  createdAt: z.string(),
  inspectionAt: z.string().nullable(),
  attention: z.boolean(),
  caseHandlerName: z.string().nullable(),
  externalOfficeName: z.string().nullable(),
  externalUserName: z.string().nullable(),
  taskCount: z.number().int(),
  /** Saksbudsjett: the sum of the tasks' budgets that are not rejected (øre, at most MAX_AMOUNT_ORE). */
  budgetTotal: Ore,
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = Page(CaseSummary);
export type CaseList = z.infer<typeof CaseList>;

/** Sakstiltak: Vent (hold) / Gjenoppta (resume) / Lukk (close, with its reason) / Avbryt (cancel). */
export const CaseActionKind = z.enum(['hold', 'resume', 'close', 'cancel']);
export type CaseActionKind = z.infer<typeof CaseActionKind>;
export const CaseAction = z.object({
  action: CaseActionKind,
  version: z.number().int(),
  /** Only for `close`; defaults to `normal` (Avsluttet normalt). */
  closeReason: CloseReason.optional(),
});
export type CaseAction = z.infer<typeof CaseAction>;

/** The authority the actor held when the entry was written (issue 14): kept as it was, never recomputed. */
export const LogAuthority = z.object({
  relation: z.enum(['insurer', 'externalCaseHandler', 'externalOffice', 'partner']),
  /** Budget approval limit in øre then; null: unlimited. */
  limit: Ore.nullable(),
  rights: z.array(RightKey),
});
export type LogAuthority = z.infer<typeof LogAuthority>;

export const LogEntry = z.object({
  id: Id,
  at: z.string(),
  actor: PersonRef.nullable(),
  /** i18n key under `case:log.actions.*` */
  action: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Absent in entries written before authority was recorded, and for entries without an actor. */
  authority: LogAuthority.nullable().optional(),
});
export type LogEntry = z.infer<typeof LogEntry>;
export const CaseLog = z.array(LogEntry);

/**
 * The header rows whose "Logg" opens the log filtered to them: Sakstiltak, Erstatningsbeslutning,
 * Saksbehandler, Ekstern saksbehandler, Send link til kundesiden. Which entry belongs to which topic is the
 * server's rule (mocks/rules/caseLog.ts).
 */
export const LOG_TOPICS = [
  'caseActions',
  'claimDecision',
  'caseHandler',
  'externalCaseHandler',
  'customerPage',
] as const;
export const LogTopic = z.enum(LOG_TOPICS, { message: 'validation.invalid' });
export type LogTopic = z.infer<typeof LogTopic>;
/** `GET /cases/:id/log?topic=…`: without a topic, the whole log; an unknown topic is a 422. */
export const CaseLogQuery = z.object({ topic: LogTopic.optional() });
export type CaseLogQuery = z.infer<typeof CaseLogQuery>;

/** R3: the offices eligible for the role, with their distance from the damage site. */
export const EligibleOffice = z.object({
  id: Id,
  name: z.string(),
  companyName: z.string(),
  city: z.string(),
  distanceKm: z.number(),
  recommended: z.boolean(),
});
export type EligibleOffice = z.infer<typeof EligibleOffice>;
export const EligibleOfficeList = z.array(EligibleOffice);

export const AssignExternalOffice = z.object({
  officeId: Id.nullable(), // null removes the role from the case
  version: z.number().int(),
  /** "Til og med" (issue 14): the role's last day, today or later (Oslo); absent or null: no end. */
  until: CalendarDay.nullable().optional(),
});
export type AssignExternalOffice = z.infer<typeof AssignExternalOffice>;

export const EligibleUser = PersonRef;
export const EligibleUserList = z.array(EligibleUser);

export const AssignExternalUser = z.object({ userId: Id.nullable(), version: z.number().int() });
export type AssignExternalUser = z.infer<typeof AssignExternalUser>;

/** The assign dialog's two lists: the recommended offices (nearest first) or every eligible office (by name). */
export const EligibleOfficeScope = z.enum(['recommended', 'all']);
export type EligibleOfficeScope = z.infer<typeof EligibleOfficeScope>;

// ---------- Case header (R3): claim decision, case handler, reminder ----------

/** Erstatningsbeslutning: Godta | Avis | Behøver tilleggsopplysninger. */
export const SetClaimDecision = z.object({ decision: ClaimDecision, version: z.number().int() });
export type SetClaimDecision = z.infer<typeof SetClaimDecision>;

/** Saksbehandler -> Rediger: one of the insurer's active case handlers. */
export const SetCaseHandler = z.object({ userId: Id, version: z.number().int() });
export type SetCaseHandler = z.infer<typeof SetCaseHandler>;
export const CaseHandlerOptionList = z.array(PersonRef);

/** Påminnelse (saksbehandler): på / av. */
export const SetReminder = z.object({ reminder: z.boolean(), version: z.number().int() });
export type SetReminder = z.infer<typeof SetReminder>;

// ---------- Budget escalation (issue 14) ----------

/** "Send til godkjenning hos <forsikringsselskap>": the amount the sender saw, so a changed budget answers 409. */
export const EscalateBudget = z.object({ amount: Ore, version: z.number().int() });
export type EscalateBudget = z.infer<typeof EscalateBudget>;

/** The case handler's answer: approve or reject, with a comment (required to reject). */
export const AnswerBudgetEscalation = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(2000, { message: 'validation.tooLong' }),
    /** The escalated amount the answerer saw: a budget changed since answers 409. */
    amount: Ore,
    version: z.number().int(),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
    path: ['comment'],
    message: 'validation.required',
  });
export type AnswerBudgetEscalation = z.infer<typeof AnswerBudgetEscalation>;
