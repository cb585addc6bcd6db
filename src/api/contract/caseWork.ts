import { z } from 'zod';
import {
  AmountInput,
  boundedSum,
  EmailText,
  Id,
  IsoDateTime,
  FutureDay,
  Ore,
  RequiredText,
  TEXT_LIMITS,
} from './common';
import { EligibleOffice, PersonRef, TaskType } from './cases';

/**
 * The work in a case (R5): tasks, budgets, RFQ, chat, documents, customer contact, inspection and
 * Remote Video. Every endpoint lives under /cases/:caseId and is gated by one of the viewer's case
 * permissions (403 without it). Requests that change the case row carry its `version` (409 when stale).
 */

const Version = z.number().int();
/** Required text: the shared builder (length, visible characters, no bidi controls). */
const Text = RequiredText;
/** Lists of ids a request may carry (offices to invite, work items to mark). */
const Ids = (max: number) => z.array(Id).max(max, { message: 'validation.tooLong' });

export const VersionBody = z.object({ version: Version });
export type VersionBody = z.infer<typeof VersionBody>;

// ---------- tasks ----------

/** "Legg til flere": add a task of a type (Legg til / fjern oppgaver). */
export const AddTask = z.object({ type: TaskType, version: Version });
export type AddTask = z.infer<typeof AddTask>;

/** An office a task can be assigned to (Tildel oppgaver til partnere). */
export const PartnerOffice = EligibleOffice.extend({
  /** The insurer's office categories; null unless the viewer may see them (Vis kontorkategorier). */
  categories: z.array(z.string()).nullable(),
});
export type PartnerOffice = z.infer<typeof PartnerOffice>;
export const PartnerOfficeList = z.object({
  offices: z.array(PartnerOffice),
  /** Every category in use, for the filter; null unless the viewer may see them. */
  categories: z.array(z.string()).nullable(),
});
export type PartnerOfficeList = z.infer<typeof PartnerOfficeList>;

export const AssignTaskOffice = z.object({ officeId: Id, version: Version });
export type AssignTaskOffice = z.infer<typeof AssignTaskOffice>;

/** Kontanttilbud (iCC) for a whole task, or for some of its work items. */
export const TaskCashOffer = z.object({
  cashOffer: z.boolean(),
  /** null: the whole task; otherwise the work items (arbeidsposter) to mark. */
  workItemIds: Ids(1000).nullable(),
  version: Version,
});
export type TaskCashOffer = z.infer<typeof TaskCashOffer>;

/**
 * A budget added on behalf of the partner the task is assigned to. Amounts are øre (or NOK as typed, see
 * AmountInput); their sum, the task's budget, is at most MAX_AMOUNT_ORE (`validation.amountTotalTooLarge`).
 */
export const AddBudget = z.object({
  workItems: z
    .array(z.object({ description: Text(200), amount: AmountInput }))
    .min(1, { message: 'validation.required' })
    .max(50, { message: 'validation.tooLong' })
    .refine((items) => boundedSum(items.map((w) => w.amount)) !== null, { message: 'validation.amountTotalTooLarge' }),
  version: Version,
});
export type AddBudgetInput = z.input<typeof AddBudget>;

/** "Gi kontanttilbud for arbeidspost før budsjettgodkjenning": the work item becomes the customer's own work. */
export const CustomerOwnWork = z.object({ customerOwnWork: z.boolean(), version: Version });
export type CustomerOwnWork = z.infer<typeof CustomerOwnWork>;

// ---------- chat ----------

export const ChatMessage = z.object({ id: Id, author: PersonRef.nullable(), text: z.string(), createdAt: IsoDateTime });
export type ChatMessage = z.infer<typeof ChatMessage>;
export const ChatThread = z.object({
  messages: z.array(ChatMessage),
  /** "Varsle meg om nye meldinger"; forced when the role is "Markert for chat-notifikasjon" (cannot be unticked). */
  notification: z.object({ subscribed: z.boolean(), forced: z.boolean() }),
});
export type ChatThread = z.infer<typeof ChatThread>;
export const PostChatMessage = z.object({ text: Text(TEXT_LIMITS.message) });
export type PostChatMessage = z.infer<typeof PostChatMessage>;
export const ChatSubscription = z.object({ subscribed: z.boolean() });
export type ChatSubscription = z.infer<typeof ChatSubscription>;

// ---------- documents ----------

export const CaseDocument = z.object({
  id: Id,
  name: z.string(),
  size: z.number().int().nonnegative(),
  uploadedBy: PersonRef.nullable(),
  uploadedAt: IsoDateTime,
  sharedWithCustomer: z.boolean(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;
export const CaseDocumentList = z.array(CaseDocument);
/** The demo keeps a record of the file (name and size), not its bytes. */
export const UploadDocument = z.object({
  name: Text(TEXT_LIMITS.line),
  size: z
    .number()
    .int()
    .nonnegative()
    .max(50 * 1024 * 1024, { message: 'validation.fileTooLarge' }),
});
export type UploadDocument = z.infer<typeof UploadDocument>;

// ---------- customer contact (Tilgang til kundekontakt) ----------

export const CustomerMessage = z.object({
  id: Id,
  direction: z.enum(['toCustomer', 'fromCustomer']),
  author: PersonRef.nullable(),
  text: z.string(),
  createdAt: IsoDateTime,
});
export type CustomerMessage = z.infer<typeof CustomerMessage>;
export const CustomerMessageList = z.array(CustomerMessage);
export const SendCustomerMessage = z.object({ text: Text(TEXT_LIMITS.message) });
export type SendCustomerMessage = z.infer<typeof SendCustomerMessage>;

// ---------- RFQ ----------

/** Håndverkeroppgaver: the task types an RFQ (request for quotation) may be sent for. */
export const CRAFTSMAN_TASK_TYPES: readonly TaskType[] = [
  'demolition',
  'carpentry',
  'painting',
  'plumbing',
  'electrical',
];

export const RfqInvitation = z.object({
  id: Id,
  officeId: Id.nullable(),
  name: z.string(),
  email: z.string().nullable(),
  /** Ikke-in4mo partner: reached by e-mail, no portal access. */
  nonIn4mo: z.boolean(),
  invitedAt: IsoDateTime,
  /** amount: øre */
  answer: z.object({ amount: Ore, comment: z.string(), answeredAt: IsoDateTime }).nullable(),
});
export type RfqInvitation = z.infer<typeof RfqInvitation>;
export const Rfq = z.object({
  id: Id,
  taskId: Id,
  taskType: TaskType,
  description: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'decided']),
  invitations: z.array(RfqInvitation),
  winnerInvitationId: Id.nullable(),
  createdBy: PersonRef.nullable(),
  createdAt: IsoDateTime,
  version: Version,
});
export type Rfq = z.infer<typeof Rfq>;
export const RfqList = z.array(Rfq);

/** An RFQ deadline: a real calendar day, today or later. */
const IsoDate = FutureDay;
export const CreateRfq = z.object({
  taskId: Id,
  description: Text(TEXT_LIMITS.message),
  deadline: IsoDate,
  officeIds: Ids(500).min(1, { message: 'validation.required' }),
});
export type CreateRfq = z.infer<typeof CreateRfq>;
export const UpdateRfq = z.object({
  description: Text(TEXT_LIMITS.message),
  deadline: IsoDate,
  /** Offices to invite in addition to those already invited. */
  addOfficeIds: Ids(500),
  version: Version,
});
export type UpdateRfq = z.infer<typeof UpdateRfq>;
export const AddNonIn4moPartner = z.object({
  name: Text(200),
  email: EmailText,
  version: Version,
});
export type AddNonIn4moPartner = z.infer<typeof AddNonIn4moPartner>;
/** Ta avgjørelse i RFQ: the winner; the task is assigned to its office. */
export const DecideRfq = z.object({ invitationId: Id, version: Version, caseVersion: Version });
export type DecideRfq = z.infer<typeof DecideRfq>;

// ---------- inspection and Remote Video ----------

export const Inspection = z.object({ id: Id, startedBy: PersonRef.nullable(), startedAt: IsoDateTime });
export type Inspection = z.infer<typeof Inspection>;
export const InspectionList = z.array(Inspection);

export const RemoteVideoSession = z.object({
  id: Id,
  startedBy: PersonRef.nullable(),
  startedAt: IsoDateTime,
  joinUrl: z.string(),
});
export type RemoteVideoSession = z.infer<typeof RemoteVideoSession>;
export const RemoteVideo = z.object({
  /** Calls and media recorded in the case (iRV), including sessions started here. */
  calls: z.number().int().nonnegative(),
  media: z.number().int().nonnegative(),
  sessions: z.array(RemoteVideoSession),
});
export type RemoteVideo = z.infer<typeof RemoteVideo>;

// ---------- invoices (Faktura) ----------

export const CaseInvoices = z.object({ count: z.number().int().nonnegative() });
export type CaseInvoices = z.infer<typeof CaseInvoices>;
