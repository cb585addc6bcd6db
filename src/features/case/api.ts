import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import {
  CaseDetail,
  CaseDocument,
  CaseDocumentList,
  CaseInvoices,
  ChatThread,
  CustomerMessage,
  CustomerMessageList,
  InspectionList,
  PartnerOfficeList,
  RemoteVideo,
  RemoteVideoSession,
  Rfq,
  RfqList,
  type AddBudgetInput,
  type AddNonIn4moPartner,
  type AddTask,
  type AnswerBudgetEscalation,
  type EscalateBudget,
  type AssignTaskOffice,
  type CreateRfq,
  type CustomerOwnWork,
  type DecideRfq,
  type TaskCashOffer,
  type UpdateRfq,
  type UploadDocument,
} from '@/api/contract';

/**
 * Query keys of the case work (R5), below the case's own key: the one case mutation hook
 * (src/api/caseMutation.ts) invalidates `caseKeys.detail(id)` and with it all of these.
 */
export const caseWorkKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'work'] as const,
  chat: (caseId: string) => [...caseWorkKeys.all(caseId), 'chat'] as const,
  documents: (caseId: string) => [...caseWorkKeys.all(caseId), 'documents'] as const,
  customerMessages: (caseId: string) => [...caseWorkKeys.all(caseId), 'customerMessages'] as const,
  rfqs: (caseId: string) => [...caseWorkKeys.all(caseId), 'rfqs'] as const,
  offices: (caseId: string, all: boolean, category: string) => [...caseWorkKeys.all(caseId), 'offices', { all, category }] as const,
  inspections: (caseId: string) => [...caseWorkKeys.all(caseId), 'inspections'] as const,
  remoteVideo: (caseId: string) => [...caseWorkKeys.all(caseId), 'remoteVideo'] as const,
  invoices: (caseId: string) => [...caseWorkKeys.all(caseId), 'invoices'] as const,
};

const base = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const seg = (s: string) => encodeURIComponent(s);
const Empty = z.undefined();

export const chatQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.chat(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/chat`, schema: ChatThread, signal }) });
export const documentsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.documents(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/documents`, schema: CaseDocumentList, signal }) });
export const customerMessagesQuery = (caseId: string) =>
  queryOptions({
    queryKey: caseWorkKeys.customerMessages(caseId),
    queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/customer-messages`, schema: CustomerMessageList, signal }),
  });
export const rfqsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.rfqs(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/rfqs`, schema: RfqList, signal }) });
export const partnerOfficesQuery = (caseId: string, all: boolean, category: string) =>
  queryOptions({
    queryKey: caseWorkKeys.offices(caseId, all, category),
    queryFn: ({ signal }) =>
      apiRequest({ path: `${base(caseId)}/partner-offices`, query: { all: all || undefined, category }, schema: PartnerOfficeList, signal }),
  });
export const inspectionsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.inspections(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/inspections`, schema: InspectionList, signal }) });
export const remoteVideoQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.remoteVideo(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/remote-video`, schema: RemoteVideo, signal }) });
export const invoicesQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.invoices(caseId), queryFn: ({ signal }) => apiRequest({ path: `${base(caseId)}/invoices`, schema: CaseInvoices, signal }) });

// ---------- the requests ----------

export const caseWorkApi = {
  addTask: (caseId: string, body: AddTask) => apiRequest({ method: 'POST', path: `${base(caseId)}/tasks`, body, schema: CaseDetail }),
  removeTask: (caseId: string, taskId: string, version: number) =>
    apiRequest({ method: 'DELETE', path: `${base(caseId)}/tasks/${seg(taskId)}`, query: { version }, schema: Empty }),
  assignTaskOffice: (caseId: string, taskId: string, body: AssignTaskOffice) =>
    apiRequest({ method: 'PUT', path: `${base(caseId)}/tasks/${seg(taskId)}/office`, body, schema: CaseDetail }),
  setCashOffer: (caseId: string, taskId: string, body: TaskCashOffer) =>
    apiRequest({ method: 'PUT', path: `${base(caseId)}/tasks/${seg(taskId)}/cash-offer`, body, schema: CaseDetail }),
  addBudget: (caseId: string, taskId: string, body: AddBudgetInput) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/tasks/${seg(taskId)}/budget`, body, schema: CaseDetail }),
  approveBudget: (caseId: string, taskId: string, version: number) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/tasks/${seg(taskId)}/budget/approve`, body: { version }, schema: CaseDetail }),
  // Issue 14: over the limit, to the insurer's case handler, and their answer.
  escalateBudget: (caseId: string, taskId: string, body: EscalateBudget) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/tasks/${seg(taskId)}/budget/escalate`, body, schema: CaseDetail }),
  answerBudgetEscalation: (caseId: string, taskId: string, body: AnswerBudgetEscalation) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/tasks/${seg(taskId)}/budget/escalation/answer`, body, schema: CaseDetail }),
  setCustomerOwnWork: (caseId: string, taskId: string, itemId: string, body: CustomerOwnWork) =>
    apiRequest({ method: 'PUT', path: `${base(caseId)}/tasks/${seg(taskId)}/work-items/${seg(itemId)}/customer-own-work`, body, schema: CaseDetail }),
  approveTask: (caseId: string, taskId: string, version: number) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/tasks/${seg(taskId)}/approve`, body: { version }, schema: CaseDetail }),
  postChat: (caseId: string, text: string) => apiRequest({ method: 'POST', path: `${base(caseId)}/chat`, body: { text }, schema: ChatThread }),
  setChatSubscription: (caseId: string, subscribed: boolean) =>
    apiRequest({ method: 'PUT', path: `${base(caseId)}/chat/subscription`, body: { subscribed }, schema: ChatThread }),
  uploadDocument: (caseId: string, body: UploadDocument) => apiRequest({ method: 'POST', path: `${base(caseId)}/documents`, body, schema: CaseDocument }),
  shareDocument: (caseId: string, documentId: string) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/documents/${seg(documentId)}/share`, schema: CaseDocument }),
  shareCustomerPage: (caseId: string, version: number) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/customer-page/share`, body: { version }, schema: CaseDetail }),
  sendCustomerMessage: (caseId: string, text: string) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/customer-messages`, body: { text }, schema: CustomerMessage }),
  createRfq: (caseId: string, body: CreateRfq) => apiRequest({ method: 'POST', path: `${base(caseId)}/rfqs`, body, schema: Rfq }),
  updateRfq: (caseId: string, rfqId: string, body: UpdateRfq) => apiRequest({ method: 'PATCH', path: `${base(caseId)}/rfqs/${seg(rfqId)}`, body, schema: Rfq }),
  addNonIn4moPartner: (caseId: string, rfqId: string, body: AddNonIn4moPartner) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/rfqs/${seg(rfqId)}/external-partners`, body, schema: Rfq }),
  decideRfq: (caseId: string, rfqId: string, body: DecideRfq) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/rfqs/${seg(rfqId)}/decision`, body, schema: CaseDetail }),
  startInspection: (caseId: string, version: number) =>
    apiRequest({ method: 'POST', path: `${base(caseId)}/inspections`, body: { version }, schema: CaseDetail }),
  startRemoteVideo: (caseId: string) => apiRequest({ method: 'POST', path: `${base(caseId)}/remote-video/sessions`, schema: RemoteVideoSession }),
};
