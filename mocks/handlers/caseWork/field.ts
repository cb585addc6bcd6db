import { VersionBody, type CaseInvoices, type Inspection, type RemoteVideo } from '@/api/contract';
import { toCaseDetail } from '../caseAccess';
import { logCaseEvent, updateCase } from '../caseEvents';
import { expectVersion, jsonResponse, parseBody, route } from '../http';
import { personRef } from '../serialize';
import { caseFor, caseWith } from './shared';
import { nowIso } from '../../clock';

type CaseP = { caseId: string };

/** Work at the damage site: 15. Start besiktigelse and 16. Tilgang til in4mo Remote Video. */
export const fieldHandlers = [
  // Faktura: invoices are added by the partners; the case page shows how many there are.
  route<CaseP>('get', '/cases/:caseId/invoices', (ctx): CaseInvoices => {
    const c = caseWith(ctx, ctx.params.caseId, 'case:view');
    return { count: c.invoiceCount };
  }),

  route<CaseP>('get', '/cases/:caseId/inspections', (ctx): Inspection[] => {
    const c = caseWith(ctx, ctx.params.caseId, 'case:reportedInfo');
    return ctx.db.inspections
      .where((i) => i.caseId === c.id)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .map((i) => ({ id: i.id, startedBy: personRef(ctx.db, i.startedById), startedAt: i.startedAt }));
  }),

  // 15. Start an inspection from the portal: the case gets its inspection time (Tidspunkt for besiktigelsen).
  route<CaseP>('post', '/cases/:caseId/inspections', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'startInspection');
    const input = parseBody(VersionBody, ctx.body);
    expectVersion(c.version, input.version);
    const now = nowIso(ctx.db);
    ctx.db.inspections.insert({ id: ctx.db.nextId('insp'), caseId: c.id, startedById: ctx.viewer.id, startedAt: now });
    const next = updateCase(ctx.db, c.id, () => ({ inspectionAt: now }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'inspectionStarted');
    return jsonResponse(toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal), { status: 201 });
  }),

  route<CaseP>('get', '/cases/:caseId/remote-video', (ctx): RemoteVideo => {
    const c = caseWith(ctx, ctx.params.caseId, 'remoteVideo');
    return {
      calls: c.remoteVideoCalls,
      media: c.remoteVideoMedia,
      sessions: ctx.db.remoteVideoSessions
        .where((s) => s.caseId === c.id)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
        .map((s) => ({
          id: s.id,
          startedBy: personRef(ctx.db, s.startedById),
          startedAt: s.startedAt,
          joinUrl: s.joinUrl,
        })),
    };
  }),

  // 16. Start a Remote Video (iRV) session: counted as a call of the case (the case list filters on it).
  route<CaseP>('post', '/cases/:caseId/remote-video/sessions', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'remoteVideo');
    const id = ctx.db.nextId('irv');
    const row = ctx.db.remoteVideoSessions.insert({
      id,
      caseId: c.id,
      startedById: ctx.viewer.id,
      startedAt: nowIso(ctx.db),
      joinUrl: `https://video.in4mo.example/join/${id}`,
    });
    const viewerCompany = ctx.viewer.companyId;
    // A counter, not an edit of the case: it does not bump the version (no one's open form turns stale).
    ctx.db.cases.update(c.id, (cur) => ({
      ...cur,
      remoteVideoCalls: cur.remoteVideoCalls + 1,
      remoteVideoInvitedByOwnCompany: cur.remoteVideoInvitedByOwnCompany || viewerCompany === cur.insurerCompanyId,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'remoteVideoStarted');
    return jsonResponse(
      { id: row.id, startedBy: personRef(ctx.db, row.startedById), startedAt: row.startedAt, joinUrl: row.joinUrl },
      { status: 201 },
    );
  }),
];
