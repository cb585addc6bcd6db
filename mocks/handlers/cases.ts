import { route } from './http';
import { loadCaseFor, toCaseDetail } from './caseAccess';

/** The case page's data (R3). More case endpoints are added by the case page feature. */
export const caseHandlers = [
  route<{ caseId: string }>('get', '/cases/:caseId', ({ db, viewer, portal, params }) =>
    toCaseDetail(db, loadCaseFor(db, viewer, params.caseId), viewer, portal)),
];
