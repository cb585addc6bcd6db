import { PartnerNetwork } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { OUTSIDE_PARTNER_NETWORK } from '@mocks/db/seed';
import { signInAs } from '@test/renderApp';
import { call } from '@test/api';

/** GET /portal/partner-network: the insurer's settings, read by its staff only (deny by default). */
describe('GET /portal/partner-network', () => {
  it.each(['admin@jorn6.test', 'saksbehandler@jorn6.test'])(
    'lists the network to %s: every partner office in it, none outside',
    async (email) => {
      const r = await call('GET', '/portal/partner-network', { token: signInAs(email) });
      expect(r.status).toBe(200);
      const network = PartnerNetwork.parse(r.json);
      const portal = db().portals.get(IDS.portal)!;
      expect(network.offices.map((o) => o.id).sort()).toEqual(
        [...portal.partnerNetworkOfficeIds!].filter((id) => db().offices.get(id)).sort(),
      );
      for (const id of OUTSIDE_PARTNER_NETWORK) expect(network.offices.some((o) => o.id === id)).toBe(false);
      expect(network.outsideCount).toBe(OUTSIDE_PARTNER_NETWORK.size);
      expect(network.offices.find((o) => o.id === IDS.hansJornOslo)).toEqual({
        id: IDS.hansJornOslo,
        name: 'Hans & Jørn Servicepartner - Oslo',
        companyName: 'Hans & Jørn Servicepartner',
        postalCode: '1337',
        city: 'Bærum',
      });
      expect(network.insurerName).toBe(db().companies.get(portal.insurerCompanyId)!.name);
    },
  );

  it.each([
    'jorn.service@hansjorn.test',
    'kontor@hansjorn.test',
    'handverker@hansjorn.test',
    'plattform@saksportal.test',
  ])("answers 403 to %s (not the insurer's staff)", async (email) => {
    const r = await call('GET', '/portal/partner-network', { token: signInAs(email) });
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('forbidden');
    expect(r.json.offices).toBeUndefined();
  });

  it('answers 403 to an insurer case handler who has been deactivated, and 401 without a session', async () => {
    const token = signInAs('saksbehandler@jorn6.test');
    db().users.update(IDS.caseHandler, (u) => ({ ...u, status: 'inactive' }));
    expect([401, 403]).toContain((await call('GET', '/portal/partner-network', { token })).status);
    expect((await call('GET', '/portal/partner-network', { token: null })).status).toBe(401);
  });
});
