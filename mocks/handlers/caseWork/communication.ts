import {
  ChatSubscription,
  PostChatMessage,
  SendCustomerMessage,
  UploadDocument,
  VersionBody,
  type CaseDocument,
  type ChatThread,
  type CustomerMessage,
} from '@/api/contract';
import type { Db } from '../../db';
import type { CaseRow, DocumentRow, PortalRow, UserRow } from '../../db/schema';
import { caseRelation } from '../../rules/access';
import { toCaseDetail } from '../caseAccess';
import { logCaseEvent, notify, updateCase } from '../caseEvents';
import { expectVersion, jsonResponse, forbidden, HttpError, parseBody, route } from '../http';
import { personRef } from '../serialize';
import { caseFor, caseWith } from './shared';
import { nowIso } from '../../clock';

type CaseP = { caseId: string };

/**
 * "Markert for chat-notifikasjon": the user holding the role is subscribed to the case chat whatever they
 * choose, as long as the portal grants it. Read live from the portal, so a change applies on the next request.
 */
export function chatNotificationForced(u: UserRow, c: CaseRow, portal: PortalRow): boolean {
  return caseRelation(u, c) === 'externalCaseHandler' && portal.rights.includes('forcedChatNotification');
}

const subscriptionId = (caseId: string, userId: string) => `${caseId}:${userId}`;

/** Who is told about a new chat message: voluntary subscribers and the forced external case handler. */
export function chatSubscribers(d: Db, c: CaseRow, portal: PortalRow): string[] {
  const ids = new Set(d.chatSubscriptions.where((s) => s.caseId === c.id).map((s) => s.userId));
  const ext = c.externalUserId ? d.users.get(c.externalUserId) : undefined;
  if (ext && chatNotificationForced(ext, c, portal)) ids.add(ext.id);
  // A subscriber who lost access to the case is not told about it.
  return [...ids].filter((id) => {
    const u = d.users.get(id);
    return u !== undefined && caseRelation(u, c) !== null;
  });
}

function chatThread(d: Db, c: CaseRow, viewer: UserRow, portal: PortalRow): ChatThread {
  const forced = chatNotificationForced(viewer, c, portal);
  return {
    messages: d.chatMessages
      .where((m) => m.caseId === c.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((m) => ({ id: m.id, author: personRef(d, m.authorId), text: m.text, createdAt: m.createdAt })),
    notification: {
      subscribed: forced || d.chatSubscriptions.get(subscriptionId(c.id, viewer.id)) !== undefined,
      forced,
    },
  };
}

const toDocument = (d: Db, x: DocumentRow): CaseDocument => ({
  id: x.id,
  name: x.name,
  size: x.size,
  uploadedBy: personRef(d, x.uploadedById),
  uploadedAt: x.uploadedAt,
  sharedWithCustomer: x.sharedWithCustomer,
});

/** Chat and documents (always granted) and customer contact (12. Tilgang til kundekontakt). */
export const communicationHandlers = [
  route<CaseP>('get', '/cases/:caseId/chat', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'case:chat');
    return chatThread(ctx.db, c, ctx.viewer, ctx.portal);
  }),

  route<CaseP>('post', '/cases/:caseId/chat', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'chat');
    const input = parseBody(PostChatMessage, ctx.body);
    ctx.db.chatMessages.insert({
      id: ctx.db.nextId('chat'),
      caseId: c.id,
      authorId: ctx.viewer.id,
      text: input.text,
      createdAt: nowIso(ctx.db),
    });
    for (const userId of chatSubscribers(ctx.db, c, ctx.portal)) {
      if (userId !== ctx.viewer.id) notify(ctx.db, { kind: 'chatMessage', caseId: c.id, officeId: null, userId });
    }
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'chatMessagePosted');
    return jsonResponse(chatThread(ctx.db, c, ctx.viewer, ctx.portal), { status: 201 });
  }),

  // 13. "Varsle meg om nye meldinger": cannot be unticked while the notification is forced.
  route<CaseP>('put', '/cases/:caseId/chat/subscription', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'case:chat');
    const input = parseBody(ChatSubscription, ctx.body);
    if (!input.subscribed && chatNotificationForced(ctx.viewer, c, ctx.portal))
      throw forbidden('chat_notification_forced');
    const id = subscriptionId(c.id, ctx.viewer.id);
    const has = ctx.db.chatSubscriptions.get(id) !== undefined;
    if (input.subscribed && !has) ctx.db.chatSubscriptions.insert({ id, caseId: c.id, userId: ctx.viewer.id });
    if (!input.subscribed && has) ctx.db.chatSubscriptions.delete(id);
    if (has !== input.subscribed)
      logCaseEvent(ctx.db, c.id, ctx.viewer.id, input.subscribed ? 'chatSubscribed' : 'chatUnsubscribed');
    return chatThread(ctx.db, c, ctx.viewer, ctx.portal);
  }),

  route<CaseP>('get', '/cases/:caseId/documents', (ctx): CaseDocument[] => {
    const c = caseWith(ctx, ctx.params.caseId, 'case:documents');
    return ctx.db.documents
      .where((x) => x.caseId === c.id)
      .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))
      .map((x) => toDocument(ctx.db, x));
  }),

  route<CaseP>('post', '/cases/:caseId/documents', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'documents');
    const input = parseBody(UploadDocument, ctx.body);
    const row = ctx.db.documents.insert({
      id: ctx.db.nextId('doc'),
      caseId: c.id,
      name: input.name,
      size: input.size,
      uploadedById: ctx.viewer.id,
      uploadedAt: nowIso(ctx.db),
      sharedWithCustomer: false,
    });
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'documentUploaded', { name: row.name });
    return jsonResponse(toDocument(ctx.db, row), { status: 201 });
  }),

  // 12. Share a document with the customer (on the customer page).
  route<CaseP & { documentId: string }>('post', '/cases/:caseId/documents/:documentId/share', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'customerContact');
    const doc = ctx.db.documents.get(ctx.params.documentId);
    if (!doc || doc.caseId !== c.id) throw new HttpError(404, 'document_not_found');
    const row = ctx.db.documents.update(doc.id, (x) => ({ ...x, sharedWithCustomer: true }));
    if (!doc.sharedWithCustomer) logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'documentShared', { name: doc.name });
    return toDocument(ctx.db, row);
  }),

  // 12. Share the customer page (Send link til kundesiden).
  route<CaseP>('post', '/cases/:caseId/customer-page/share', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'customerContact');
    const input = parseBody(VersionBody, ctx.body);
    expectVersion(c.version, input.version);
    const next = updateCase(ctx.db, c.id, () => ({ customerPageShared: true }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'customerPageShared', { email: c.customerEmail });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 12. Read and send customer messages.
  route<CaseP>('get', '/cases/:caseId/customer-messages', (ctx): CustomerMessage[] => {
    const c = caseWith(ctx, ctx.params.caseId, 'customerContact');
    return ctx.db.customerMessages
      .where((m) => m.caseId === c.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((m) => ({
        id: m.id,
        direction: m.direction,
        author: personRef(ctx.db, m.authorId),
        text: m.text,
        createdAt: m.createdAt,
      }));
  }),

  route<CaseP>('post', '/cases/:caseId/customer-messages', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'customerContact');
    const input = parseBody(SendCustomerMessage, ctx.body);
    const m = ctx.db.customerMessages.insert({
      id: ctx.db.nextId('cm'),
      caseId: c.id,
      direction: 'toCustomer',
      authorId: ctx.viewer.id,
      text: input.text,
      createdAt: nowIso(ctx.db),
    });
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'customerMessageSent');
    const body: CustomerMessage = {
      id: m.id,
      direction: m.direction,
      author: personRef(ctx.db, m.authorId),
      text: m.text,
      createdAt: m.createdAt,
    };
    return jsonResponse(body, { status: 201 });
  }),
];
