import type { CaseStatus } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { signInAs } from '@test/renderApp';
import { call } from '@test/api';

/**
 * The case answer's action lists and the handlers agree: every write the list leaves out in a closed or
 * cancelled case answers 409 `case_not_open` and changes nothing; chat and documents stay.
 */

const CASE = IDS.guideCase;
const HANDLER = 'saksbehandler@jorn6.test';

function arrange(status: CaseStatus) {
  db().cases.update(CASE, (c) => ({
    ...c,
    status,
    closeReason: status === 'closed' ? 'normal' : null,
    externalOfficeId: IDS.hansJornOslo,
    externalUserId: IDS.jornService,
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
      {
        id: 't-b',
        type: 'drying',
        status: 'B',
        officeId: IDS.torkOslo,
        userId: null,
        cashOffer: false,
        budget: { amount: 5000, status: 'submitted', addedById: null },
        workItems: [
          {
            id: 't-b-w1',
            description: 'Arbeid',
            amount: 5000,
            status: 'submitted',
            cashOffer: false,
            customerOwnWork: false,
          },
        ],
      },
      {
        id: 't-4',
        type: 'demolition',
        status: '4',
        officeId: IDS.hansJornDrammen,
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

describe.each(['closed', 'cancelled'] as const)('a %s case', (status) => {
  it('lists only chat and documents for the insurer, and no task action', async () => {
    arrange(status);
    const r = await call('GET', `/cases/${CASE}`, { token: signInAs(HANDLER) });
    expect(r.json.viewer.actions).toEqual(['chat', 'documents']);
    for (const t of r.json.tasks) expect(t.actions).toEqual([]);
  });

  it('refuses every work write with 409 case_not_open and changes nothing', async () => {
    const version = arrange(status);
    const token = signInAs(HANDLER);
    const before = JSON.stringify(db().cases.get(CASE));
    const writes: [string, string, unknown][] = [
      ['POST', `/cases/${CASE}/actions`, { action: 'hold', version }],
      ['POST', `/cases/${CASE}/claim-decision`, { decision: 'accepted', version }],
      // issue 9, point 9: Saksbehandler and Påminnelse too
      ['PUT', `/cases/${CASE}/case-handler`, { userId: IDS.caseHandler, version }],
      ['PUT', `/cases/${CASE}/reminder`, { reminder: true, version }],
      ['PUT', `/cases/${CASE}/external-role/office`, { officeId: null, version }],
      ['PUT', `/cases/${CASE}/external-role/user`, { userId: null, version }],
      ['POST', `/cases/${CASE}/tasks`, { type: 'painting', version }],
      ['DELETE', `/cases/${CASE}/tasks/t-c?version=${version}`, undefined],
      ['PUT', `/cases/${CASE}/tasks/t-c/office`, { officeId: IDS.hansJornDrammen, version }],
      ['PUT', `/cases/${CASE}/tasks/t-c/cash-offer`, { cashOffer: true, workItemIds: null, version }],
      ['POST', `/cases/${CASE}/tasks/t-c/budget`, { workItems: [{ description: 'x', amount: '100' }], version }],
      ['POST', `/cases/${CASE}/tasks/t-b/budget/approve`, { version }],
      ['PUT', `/cases/${CASE}/tasks/t-b/work-items/t-b-w1/customer-own-work`, { customerOwnWork: true, version }],
      ['POST', `/cases/${CASE}/tasks/t-4/approve`, { version }],
      ['POST', `/cases/${CASE}/inspections`, { version }],
      ['POST', `/cases/${CASE}/remote-video/sessions`, {}],
      ['POST', `/cases/${CASE}/customer-page/share`, { version }],
      ['POST', `/cases/${CASE}/customer-messages`, { text: 'Hei' }],
      [
        'POST',
        `/cases/${CASE}/rfqs`,
        { taskId: 't-c', description: 'x', deadline: '2099-01-01', officeIds: [IDS.hansJornDrammen] },
      ],
    ];
    for (const [method, path, body] of writes) {
      const r = await call(method, path, { token, body });
      expect({ method, path, status: r.status, code: r.json?.code }).toEqual({
        method,
        path,
        status: 409,
        code: 'case_not_open',
      });
    }
    expect(JSON.stringify(db().cases.get(CASE))).toBe(before);
    // the record stays open
    expect((await call('POST', `/cases/${CASE}/chat`, { token, body: { text: 'Saken er avsluttet.' } })).status).toBe(
      201,
    );
    expect(
      (await call('POST', `/cases/${CASE}/documents`, { token, body: { name: 'rapport.pdf', size: 10 } })).status,
    ).toBe(201);
  });
});

describe('an open case', () => {
  it('accepts a "Saksbehandler" change and "Påminnelse" from the insurer, as its list says', async () => {
    const version = arrange('open');
    const token = signInAs(HANDLER);
    const r = await call('GET', `/cases/${CASE}`, { token });
    expect(r.json.viewer.actions).toEqual(
      expect.arrayContaining(['editCaseHandler', 'reminder', 'hold', 'close', 'cancel']),
    );
    expect(r.json.tasks.map((t: { id: string; actions: string[] }) => [t.id, t.actions])).toEqual([
      ['t-c', ['assign', 'cashOffer', 'remove']],
      ['t-b', ['cashOffer', 'addBudget', 'approveBudget', 'remove']],
      ['t-4', ['approve', 'remove']],
    ]);
    expect((await call('PUT', `/cases/${CASE}/reminder`, { token, body: { reminder: true, version } })).status).toBe(
      200,
    );
  });

  it("refuses a task action its list leaves out with the rule's 409", async () => {
    const version = arrange('open');
    const token = signInAs(HANDLER);
    const r = await call('POST', `/cases/${CASE}/tasks/t-c/approve`, { token, body: { version } });
    expect(r.status).toBe(409);
    expect(r.json.code).toBe('task_not_completed');
    const a = await call('PUT', `/cases/${CASE}/tasks/t-4/office`, {
      token,
      body: { officeId: IDS.hansJornDrammen, version },
    });
    expect(a.status).toBe(409);
    expect(a.json.code).toBe('task_status_not_allowed');
  });
});
