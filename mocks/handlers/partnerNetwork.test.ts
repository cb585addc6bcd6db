import { PartnerOfficeList } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { OUTSIDE_PARTNER_NETWORK } from '@mocks/db/seed';
import { signInAs } from '@test/renderApp';
import { call } from '@test/api';
import { RECOMMENDED_MIN_COUNT, RECOMMENDED_RADIUS_KM } from '../rules/officeRecommendation';

/**
 * The insurer's partner network: "Tildel oppgaver til partnere" offers only its offices (recommended by
 * distance, or all of them) and the handler refuses any other office with 422. The role's "Tildel" and a
 * task's answer in one shape and recommend by one rule.
 */

const CASE: string = IDS.guideCase;
const HANDLER = 'saksbehandler@jorn6.test';
const FREDRIKSTAD = 'o-nordtakst-fredrikstad';

function withOpenTask() {
  db().cases.update(CASE, (c) => ({
    ...c,
    tasks: [
      {
        id: 't-c',
        type: 'painting',
        status: 'C',
        officeId: null,
        userId: null,
        cashOffer: false,
        budget: null,
        workItems: [],
      },
    ],
    version: c.version + 1,
  }));
  return db().cases.get(CASE)!.version;
}

describe('the partner network', () => {
  it('the seed puts most but not all partner offices in it', () => {
    const portal = db().portals.get(IDS.portal)!;
    const partnerOffices = db().offices.where((o) => db().companies.get(o.companyId)?.kind === 'partner');
    expect(portal.partnerNetworkOfficeIds?.length).toBe(partnerOffices.length - OUTSIDE_PARTNER_NETWORK.size);
    expect(OUTSIDE_PARTNER_NETWORK.size).toBeGreaterThan(0);
    for (const id of OUTSIDE_PARTNER_NETWORK) expect(portal.partnerNetworkOfficeIds).not.toContain(id);
  });

  it('"Tildel oppgaver til partnere" offers only network offices, recommended or all', async () => {
    const token = signInAs(HANDLER);
    const all = PartnerOfficeList.parse(
      (await call('GET', `/cases/${CASE}/partner-offices?scope=all`, { token })).json,
    );
    const rec = PartnerOfficeList.parse(
      (await call('GET', `/cases/${CASE}/partner-offices?scope=recommended`, { token })).json,
    );
    const network = db().portals.get(IDS.portal)!.partnerNetworkOfficeIds!;
    expect(all.offices.map((o) => o.id).sort()).toEqual([...network].sort());
    expect(rec.offices.every((o) => network.includes(o.id) && o.recommended)).toBe(true);
    // Fredrikstad is ~80 km from the damage site: it would be recommended, but it is outside the network.
    expect(rec.offices.some((o) => o.id === FREDRIKSTAD)).toBe(false);
    // the older ?all=true still means all
    expect(
      PartnerOfficeList.parse((await call('GET', `/cases/${CASE}/partner-offices?all=true`, { token })).json).offices,
    ).toHaveLength(all.offices.length);
    expect((await call('GET', `/cases/${CASE}/partner-offices?scope=nearby`, { token })).status).toBe(422);
  });

  it('refuses a task office outside the network with 422 and changes nothing', async () => {
    const version = withOpenTask();
    const token = signInAs(HANDLER);
    const r = await call('PUT', `/cases/${CASE}/tasks/t-c/office`, { token, body: { officeId: FREDRIKSTAD, version } });
    expect(r.status).toBe(422);
    expect(r.json.fieldErrors.officeId.code).toBe('validation.notEligible');
    expect(db().cases.get(CASE)!.tasks[0]!.officeId).toBeNull();
    expect(db().cases.get(CASE)!.version).toBe(version);
    const ok = await call('PUT', `/cases/${CASE}/tasks/t-c/office`, {
      token,
      body: { officeId: IDS.hansJornDrammen, version },
    });
    expect(ok.status).toBe(200);
  });

  it('refuses an RFQ invitation outside the network with 422', async () => {
    withOpenTask();
    const r = await call('POST', `/cases/${CASE}/rfqs`, {
      token: signInAs(HANDLER),
      body: { taskId: 't-c', description: 'Maling', deadline: '2099-01-01', officeIds: [FREDRIKSTAD] },
    });
    expect(r.status).toBe(422);
    expect(db().rfqs.where((x) => x.caseId === CASE)).toEqual([]);
  });

  it('the role\'s "Tildel" and a task\'s answer in one shape and recommend by one rule', async () => {
    const token = signInAs(HANDLER);
    for (const path of [`/cases/${CASE}/external-role/offices`, `/cases/${CASE}/partner-offices`]) {
      for (const scope of ['recommended', 'all']) {
        const r = await call('GET', `${path}?scope=${scope}`, { token });
        expect(r.status).toBe(200);
        const list = PartnerOfficeList.parse(r.json);
        const all = PartnerOfficeList.parse((await call('GET', `${path}?scope=all`, { token })).json).offices;
        const nearest = [...all].sort((a, b) => a.distanceKm - b.distanceKm);
        // the rule: the RECOMMENDED_MIN_COUNT nearest and every office within RECOMMENDED_RADIUS_KM
        const expected = nearest
          .filter((o, i) => i < RECOMMENDED_MIN_COUNT || o.distanceKm <= RECOMMENDED_RADIUS_KM)
          .map((o) => o.id)
          .sort();
        expect(
          all
            .filter((o) => o.recommended)
            .map((o) => o.id)
            .sort(),
        ).toEqual(expected);
        if (scope === 'recommended') expect(list.offices.map((o) => o.id).sort()).toEqual(expected);
        else
          expect(list.offices.map((o) => o.name)).toEqual(
            [...list.offices.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'nb')),
          );
      }
    }
  });
});
