import { AssignExternalOffice, AssignExternalUser, type PartnerOfficeList, type PersonRef } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { canAssignExternalUser, eligibleOfficeIds, eligibleUsersOfOffice } from '../rules/access';
import { conflict, expectVersion, forbidden, parseBody, route, unprocessable } from './http';
import { officeChoices, scopeOf } from './officeChoices';
import { requireCaseAction, requireCasePermission, toCaseDetail } from './caseAccess';
import { logCaseEvent, notify, resolveNotifications, ROLE_TODO_KINDS, updateCase } from './caseEvents';
import { officeName, toPersonRef, userName } from './serialize';
import { now, nowIso } from '../clock';
import { osloDate } from '../rules/osloTime';

type CaseParams = { caseId: string };

/** 403 unless the viewer may pick the user: the insurer, or an admin of the office that holds the role. */
function requireUserAssigner(d: Db, viewer: UserRow, portal: PortalRow, caseId: string): CaseRow {
  const c = requireCasePermission(d, viewer, portal, caseId, 'case:assignExternalUser');
  if (!canAssignExternalUser(viewer, c)) throw forbidden('forbidden', { permission: 'case:assignExternalUser' });
  return c;
}

/** R3 (the insurer chooses an office) and R4 (the office, or the insurer, chooses one of its flagged users). */
export const externalRoleHandlers = [
  // The same answer as a task's office picker ({ offices, categories }), so one picker UI fits both.
  route<CaseParams>(
    'get',
    '/cases/:caseId/external-role/offices',
    ({ db, viewer, portal, params, url }): PartnerOfficeList => {
      const c = requireCasePermission(db, viewer, portal, params.caseId, 'case:assignExternalOffice');
      const eligible = eligibleOfficeIds(db.users.all());
      return officeChoices(
        db,
        c,
        db.offices.where((o) => eligible.has(o.id)),
        { scope: scopeOf(url), showCategories: false },
      );
    },
  ),

  /** Tildel -> LAGRE: choose, move or (officeId null) remove the role. Moving or removing clears the user. */
  route<CaseParams>('put', '/cases/:caseId/external-role/office', ({ db, viewer, portal, params, body }) => {
    const c = requireCaseAction(db, viewer, portal, params.caseId, 'assignExternalOffice');
    const input = parseBody(AssignExternalOffice, body);
    expectVersion(c.version, input.version);
    if (input.officeId !== null && !eligibleOfficeIds(db.users.all()).has(input.officeId)) {
      throw unprocessable({ officeId: { code: 'validation.notEligible' } });
    }
    // "Til og med" (issue 14): today or later by the (demo) clock, in Oslo; only with an office.
    const until = input.officeId === null ? null : (input.until ?? null);
    if (until !== null && until < osloDate(now(db))) throw unprocessable({ until: { code: 'validation.dateInPast' } });
    if (input.officeId === c.externalOfficeId) {
      if (input.officeId === null || until === (c.externalRoleUntil ?? null))
        return toCaseDetail(db, c, viewer, portal);
      // The same office, a new end date: the reminder is sent again for the new date.
      const changed = updateCase(db, c.id, () => ({ externalRoleUntil: until, externalRoleReminderSentFor: null }));
      logCaseEvent(db, c.id, viewer.id, until ? 'externalRoleUntilSet' : 'externalRoleUntilRemoved', {
        office: officeName(db, c.externalOfficeId),
        ...(until ? { until } : {}),
      });
      return toCaseDetail(db, changed, viewer, portal);
    }

    const previousOfficeId = c.externalOfficeId;
    const previousUserId = c.externalUserId;
    const next = updateCase(db, c.id, () => ({
      externalOfficeId: input.officeId,
      externalUserId: null,
      externalRoleUntil: until,
      externalRoleReminderSentFor: null,
      // The clock of "Venter på kontor" starts when the office gets the role.
      externalOfficeAssignedAt: input.officeId ? nowIso(db) : null,
      externalOfficeOverdue: false,
    }));
    // The old office no longer has to assign anyone; the user who held the role is told it is gone.
    resolveNotifications(db, c.id, [...ROLE_TODO_KINDS, 'officeNotAnswering', 'externalRoleEndsSoon']);
    if (previousUserId) {
      notify(db, {
        kind: 'externalRoleRemoved',
        caseId: c.id,
        officeId: null,
        userId: previousUserId,
        actorId: viewer.id,
        params: { office: officeName(db, previousOfficeId) },
      });
    }
    if (input.officeId) {
      notify(db, {
        kind: 'assignExternalUser',
        caseId: c.id,
        officeId: input.officeId,
        userId: null,
        actorId: viewer.id,
        params: { office: officeName(db, input.officeId) },
      });
    }

    if (input.officeId === null) {
      logCaseEvent(db, c.id, viewer.id, 'externalRoleRemoved', { office: officeName(db, previousOfficeId) });
    } else if (previousOfficeId === null) {
      logCaseEvent(db, c.id, viewer.id, 'externalOfficeAssigned', {
        office: officeName(db, input.officeId),
        ...(until ? { until } : {}),
      });
    } else {
      logCaseEvent(db, c.id, viewer.id, 'externalOfficeChanged', {
        from: officeName(db, previousOfficeId),
        to: officeName(db, input.officeId),
        ...(until ? { until } : {}),
      });
    }
    return toCaseDetail(db, next, viewer, portal);
  }),

  /** Tildel bruker: only the active, flagged users of the office that holds the role. */
  route<CaseParams>('get', '/cases/:caseId/external-role/users', ({ db, viewer, portal, params }): PersonRef[] => {
    const c = requireUserAssigner(db, viewer, portal, params.caseId);
    const office = c.externalOfficeId ? db.offices.get(c.externalOfficeId) : undefined;
    if (!office) throw conflict('no_external_office');
    return eligibleUsersOfOffice(db.users.all(), office)
      .map(toPersonRef)
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }),

  route<CaseParams>('put', '/cases/:caseId/external-role/user', ({ db, viewer, portal, params, body }) => {
    const c = requireCaseAction(db, viewer, portal, params.caseId, 'assignExternalUser');
    const input = parseBody(AssignExternalUser, body);
    expectVersion(c.version, input.version);
    const office = c.externalOfficeId ? db.offices.get(c.externalOfficeId) : undefined;
    if (!office) throw conflict('no_external_office');
    if (input.userId !== null && !eligibleUsersOfOffice(db.users.all(), office).some((u) => u.id === input.userId)) {
      throw unprocessable({ userId: { code: 'validation.notEligible' } });
    }
    if (input.userId === c.externalUserId) return toCaseDetail(db, c, viewer, portal);

    const previousUserId = c.externalUserId;
    // A user assigned stops the clock of "Venter på kontor"; a user removed starts it again (issue 14).
    const next = updateCase(db, c.id, () => ({
      externalUserId: input.userId,
      externalOfficeAssignedAt: input.userId ? null : nowIso(db),
      externalOfficeOverdue: false,
    }));
    if (previousUserId) {
      notify(db, {
        kind: 'externalRoleRemoved',
        caseId: c.id,
        officeId: null,
        userId: previousUserId,
        actorId: viewer.id,
        params: { office: office.name },
      });
    }
    if (input.userId) {
      resolveNotifications(db, c.id, [...ROLE_TODO_KINDS, 'officeNotAnswering']);
      notify(db, {
        kind: 'externalUserAssigned',
        caseId: c.id,
        officeId: null,
        userId: input.userId,
        actorId: viewer.id,
        params: { office: office.name },
      });
      // The role's log names both ends of a change (from, to).
      if (previousUserId) {
        logCaseEvent(db, c.id, viewer.id, 'externalUserChanged', {
          from: userName(db, previousUserId),
          to: userName(db, input.userId),
          office: office.name,
        });
      } else {
        logCaseEvent(db, c.id, viewer.id, 'externalUserAssigned', {
          user: userName(db, input.userId),
          office: office.name,
        });
      }
    } else {
      // The office still holds the role: it has to assign someone again.
      notify(db, {
        kind: 'assignExternalUser',
        caseId: c.id,
        officeId: office.id,
        userId: null,
        actorId: viewer.id,
        params: { office: office.name, user: userName(db, previousUserId) },
      });
      logCaseEvent(db, c.id, viewer.id, 'externalUserRemoved', {
        user: userName(db, previousUserId),
        office: office.name,
      });
    }
    // The office admin who assigned keeps the case (relation externalOffice); answer with their view of it.
    return toCaseDetail(db, next, viewer, portal);
  }),
];
