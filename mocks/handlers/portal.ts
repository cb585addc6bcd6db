import { UpdateRoleDefinition, type RoleDefinition } from '@/api/contract';
import type { PortalRow } from '../db/schema';
import { expectVersion, forbidden, parseBody, route } from './http';
import { globalPermissions } from '../rules/access';
import { nowIso } from '../clock';
import { DEFAULT_OFFICE_ANSWER_HOURS } from '../rules/osloTime';

const toRoleDefinition = (p: PortalRow): RoleDefinition => ({
  portalName: p.name, rights: p.rights, defaultBudgetLimit: p.defaultBudgetLimit, version: p.version, updatedAt: p.updatedAt,
  officeAnswerHours: p.officeAnswerHours ?? DEFAULT_OFFICE_ANSWER_HOURS,
});

/** R1: the portal's definition of the external case handler role; the platform administrator only. */
export const portalHandlers = [
  route('get', '/portal/role-definition', ({ viewer, portal }) => {
    if (!globalPermissions(viewer, portal).includes('roleDefinition:edit')) throw forbidden();
    return toRoleDefinition(portal);
  }),
  route('put', '/portal/role-definition', ({ viewer, portal, body, db }) => {
    if (!globalPermissions(viewer, portal).includes('roleDefinition:edit')) throw forbidden();
    const input = parseBody(UpdateRoleDefinition, body);
    expectVersion(portal.version, input.version);
    const next = db.portals.update(portal.id, (p) => ({
      ...p, rights: input.rights, defaultBudgetLimit: input.defaultBudgetLimit, version: p.version + 1, updatedAt: nowIso(db),
      ...(input.officeAnswerHours !== undefined ? { officeAnswerHours: input.officeAnswerHours } : {}),
    }));
    return toRoleDefinition(next);
  }),
];
