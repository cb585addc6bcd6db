import { UpdateRoleDefinition, type PartnerNetwork, type RoleDefinition } from '@/api/contract';
import type { Db } from '../db';
import type { PortalRow } from '../db/schema';
import { expectVersion, forbidden, parseBody, route } from './http';
import { globalPermissions } from '../rules/access';
import { nowIso } from '../clock';
import { DEFAULT_OFFICE_ANSWER_HOURS } from '../rules/osloTime';
import { inPartnerNetwork } from '../rules/officeRecommendation';

const toRoleDefinition = (p: PortalRow): RoleDefinition => ({
  portalName: p.name,
  rights: p.rights,
  defaultBudgetLimit: p.defaultBudgetLimit,
  version: p.version,
  updatedAt: p.updatedAt,
  officeAnswerHours: p.officeAnswerHours ?? DEFAULT_OFFICE_ANSWER_HOURS,
});

/** The insurer's partner network: its offices by company and name, and how many partner offices are outside it. */
export function partnerNetworkOf(db: Db, portal: PortalRow): PartnerNetwork {
  const companyName = (id: string) => db.companies.get(id)?.name ?? '';
  const partnerOffices = db.offices.all().filter((o) => db.companies.get(o.companyId)?.kind === 'partner');
  const inside = partnerOffices.filter((o) => inPartnerNetwork(portal, o.id));
  const offices = inside
    .map((o) => ({
      id: o.id,
      name: o.name,
      companyName: companyName(o.companyId),
      postalCode: o.postalCode,
      city: o.city,
    }))
    .sort((a, b) => a.companyName.localeCompare(b.companyName, 'nb') || a.name.localeCompare(b.name, 'nb'));
  return {
    insurerName: companyName(portal.insurerCompanyId),
    offices,
    outsideCount: partnerOffices.length - inside.length,
  };
}

/** R1: the portal's definition of the external case handler role; the platform administrator only. */
export const portalHandlers = [
  // Innstillinger -> Partnernettverk: deny by default, the insurer's staff only.
  route('get', '/portal/partner-network', ({ viewer, portal, db }) => {
    if (!globalPermissions(viewer, portal).includes('partnerNetwork:view'))
      throw forbidden('forbidden', { permission: 'partnerNetwork:view' });
    return partnerNetworkOf(db, portal);
  }),
  route('get', '/portal/role-definition', ({ viewer, portal }) => {
    if (!globalPermissions(viewer, portal).includes('roleDefinition:edit')) throw forbidden();
    return toRoleDefinition(portal);
  }),
  route('put', '/portal/role-definition', ({ viewer, portal, body, db }) => {
    if (!globalPermissions(viewer, portal).includes('roleDefinition:edit')) throw forbidden();
    const input = parseBody(UpdateRoleDefinition, body);
    expectVersion(portal.version, input.version);
    const next = db.portals.update(portal.id, (p) => ({
      ...p,
      rights: input.rights,
      defaultBudgetLimit: input.defaultBudgetLimit,
      version: p.version + 1,
      updatedAt: nowIso(db),
      ...(input.officeAnswerHours !== undefined ? { officeAnswerHours: input.officeAnswerHours } : {}),
    }));
    return toRoleDefinition(next);
  }),
];
