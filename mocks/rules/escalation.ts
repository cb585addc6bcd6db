import { RIGHT_KEYS, type RightKey } from '@/api/contract';
import type { AuthorityRow, CaseRow, PortalRow, TaskRow, UserRow } from '../db/schema';
import { caseRelation, casePermissions, effectiveBudgetLimit } from './access';

/**
 * Issue 14, pure rules: a budget over the role holder's limit goes to the insurer's case handler
 * ("Send til godkjenning hos <forsikringsselskap>"), who answers it; and the authority a user held when
 * they acted, recorded in the case log as it was. Handlers and the case answer's action lists call these.
 */

export type EscalationDecision = { ok: true } | { ok: false; status: 403 | 409; code: string };

/**
 * Who may send a budget to the insurer: a viewer holding "Godkjenne budsjett" whose limit is below the
 * submitted budget, once (409 while one is pending). The insurer has no limit, so never needs to.
 */
export function decideBudgetEscalation(task: Pick<TaskRow, 'budget'>, limit: number | null): EscalationDecision {
  const b = task.budget;
  if (!b) return { ok: false, status: 409, code: 'no_budget' };
  if (b.status !== 'submitted') return { ok: false, status: 409, code: 'budget_not_submitted' };
  if (limit === null || b.amount <= limit) return { ok: false, status: 409, code: 'within_limit' };
  if (b.escalation?.status === 'pending') return { ok: false, status: 409, code: 'escalation_pending' };
  return { ok: true };
}

/**
 * Who may answer it: the insurer's own staff (relation insurer), and only a pending escalation of the
 * budget as it was sent (a budget changed since answers 409 `budget_changed`).
 */
export function decideEscalationAnswer(
  relation: ReturnType<typeof caseRelation>,
  task: Pick<TaskRow, 'budget'>,
): EscalationDecision {
  if (relation !== 'insurer') return { ok: false, status: 403, code: 'forbidden' };
  const e = task.budget?.escalation;
  if (!task.budget || !e || e.status !== 'pending') return { ok: false, status: 409, code: 'no_pending_escalation' };
  if (task.budget.status !== 'submitted' || task.budget.amount !== e.amount)
    return { ok: false, status: 409, code: 'budget_changed' };
  return { ok: true };
}

/**
 * The authority a user holds in a case now: how they are linked, their budget approval limit and the
 * portal's rights they hold. Written into each log entry they cause, so that a later change of the role
 * definition or of their limit never rewrites what the log says they could do then. Null without a link.
 */
export function authorityOf(u: UserRow, c: CaseRow, portal: PortalRow): AuthorityRow | null {
  const relation = caseRelation(u, c);
  if (!relation) return null;
  const perms = casePermissions(u, c, portal) as string[];
  const rights: RightKey[] = RIGHT_KEYS.filter((r) => perms.includes(r));
  return { relation, limit: effectiveBudgetLimit(u, c, portal), rights };
}
