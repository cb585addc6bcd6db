import { authHandlers } from './auth';
import { systemHandlers } from './system';
import { portalHandlers } from './portal';
import { organisationHandlers } from './organisation';
import { memberHandlers } from './members';
import { caseListHandlers } from './caseList';
import { caseHandlers } from './cases';
import { externalRoleHandlers } from './externalRole';
import { notificationHandlers } from './notifications';
import { caseWorkHandlers } from './caseWork';
import { reportHandlers } from './reports';
import { budgetEscalationHandlers } from './budgetEscalation';
import { setDueWork } from './http';
import { applyDueEvents, dueEvents } from './timeEvents';

// Issue 14: a role's end and an office that does not answer happen by the (demo) clock, before each request.
setDueWork({ check: (d) => dueEvents(d).length > 0, apply: applyDueEvents });

/** One set of handlers serves `npm run dev`, the unit tests (msw/node) and the production build. */
export const handlers = [
  ...systemHandlers,
  ...authHandlers,
  ...portalHandlers,
  ...organisationHandlers,
  ...memberHandlers,
  ...caseListHandlers, // before /cases/:caseId so that /cases (list) is matched first
  ...caseHandlers,
  ...externalRoleHandlers,
  ...caseWorkHandlers,
  ...budgetEscalationHandlers,
  ...notificationHandlers,
  ...reportHandlers,
];
