import { RIGHT_KEYS, type CasePermission, type TaskType } from '@/api/contract';
import type { Db } from '../../db';
import type { CaseRow, PortalRow, TaskRow, UserRow } from '../../db/schema';
import { requireCasePermission } from '../caseAccess';
import { expectVersion, HttpError, notFound } from '../http';
import { requireOpenCase, updateCase } from '../caseEvents';

/** The handler context every case work endpoint needs. */
export interface CaseCtx {
  db: Db;
  viewer: UserRow;
  portal: PortalRow;
  request: Request;
}

const RIGHTS: readonly string[] = RIGHT_KEYS;

/**
 * 404 without a link to the case, 403 without the permission (read live from the portal definition).
 * A write that one of the 16 rights gates is refused on a closed or cancelled case (409); chat and
 * documents stay open for the record.
 */
export function caseWith(ctx: CaseCtx, caseId: string, permission: CasePermission): CaseRow {
  const c = requireCasePermission(ctx.db, ctx.viewer, ctx.portal, caseId, permission);
  if (ctx.request.method !== 'GET' && RIGHTS.includes(permission)) requireOpenCase(c);
  return c;
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
export const invalidState = (code: string, params?: Record<string, string | number>) => new HttpError(409, code, params);


/** Log params naming a task: its type is translated by the log (case:taskTypes.<type>). */
export const taskParams = (t: { type: TaskType }) => ({ type: t.type });
