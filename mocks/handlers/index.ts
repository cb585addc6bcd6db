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
  ...notificationHandlers,
  ...reportHandlers,
];
