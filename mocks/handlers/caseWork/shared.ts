import type { CaseActionKey, CasePermission, TaskType } from '@/api/contract';
import type { Db } from '../../db';
import type { CaseRow, PortalRow, TaskRow, UserRow } from '../../db/schema';
import { requireCaseAction, requireCasePermission } from '../caseAccess';
import { expectVersion, HttpError, notFound } from '../http';
import { updateCase } from '../caseEvents';

/** The handler context every case work endpoint needs. */
export interface CaseCtx {
  db: Db;
  viewer: UserRow;
  portal: PortalRow;
  request: Request;
}

/** Reading: 404 without a link to the case, 403 without the permission (read live from the portal definition). */
export function caseWith(ctx: CaseCtx, caseId: string, permission: CasePermission): CaseRow {
  return requireCasePermission(ctx.db, ctx.viewer, ctx.portal, caseId, permission);
}

/**
 * Writing: the case action must be allowed now by the rule that lists it in the case answer
 * (404 / 403 / 409: an ended case keeps only chat and documents).
 */
export function caseFor(ctx: CaseCtx, caseId: string, action: CaseActionKey): CaseRow {
  return requireCaseAction(ctx.db, ctx.viewer, ctx.portal, caseId, action);
}

export function findTask(c: CaseRow, taskId: string): TaskRow {
  const t = c.tasks.find((x) => x.id === taskId);
  if (!t) throw notFound('task_not_found');
  return t;
}

/** Replaces one task of the case, checking the version the client saw (409 when stale) and bumping it. */
export function updateTask(d: Db, c: CaseRow, version: number, taskId: string, fn: (t: TaskRow) => TaskRow): CaseRow {
  expectVersion(c.version, version);
  return updateCase(d, c.id, (cur) => ({ tasks: cur.tasks.map((t) => (t.id === taskId ? fn(t) : t)) }));
}

/** A refused state change: 409 with a code the UI explains (the task is not in a status that allows it). */
export const invalidState = (code: string, params?: Record<string, string | number>) =>
  new HttpError(409, code, params);

/** Log params naming a task: its type is translated by the log (case:taskTypes.<type>). */
export const taskParams = (t: { type: TaskType }) => ({ type: t.type });
