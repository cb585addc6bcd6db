import type { Organisation } from '@/api/contract';
import { route } from './http';

/** Companies and offices of the portal (names, cities, coordinates, categories). */
export const organisationHandlers = [
  route('get', '/organisation', ({ db }): Organisation => ({
    companies: db.companies.all().map(({ id, name, kind }) => ({ id, name, kind })),
    offices: db.offices.all().map((o) => ({
      id: o.id, companyId: o.companyId, companyName: db.companies.get(o.companyId)?.name ?? '', name: o.name,
      city: o.city, lat: o.lat, lng: o.lng, categories: o.categories,
    })),
  })),
];
