import type { Organisation } from '@/api/contract';
import { forbidden, route } from './http';
import { canManageMembers } from '../rules/access';

/** Companies and offices of the portal (names, cities, coordinates, categories), for Selskapets admin. */
export const organisationHandlers = [
  // Only the member administration needs the whole organisation (with the insurer's office categories).
  route('get', '/organisation', ({ db, viewer, portal }): Organisation => {
    if (!canManageMembers(viewer, portal)) throw forbidden();
    return {
      companies: db.companies.all().map(({ id, name, kind }) => ({ id, name, kind })),
      offices: db.offices.all().map((o) => ({
        id: o.id,
        companyId: o.companyId,
        companyName: db.companies.get(o.companyId)?.name ?? '',
        name: o.name,
        city: o.city,
        lat: o.lat,
        lng: o.lng,
        categories: o.categories,
      })),
    };
  }),
];
