import { communicationHandlers } from './caseWork/communication';
import { fieldHandlers } from './caseWork/field';
import { rfqHandlers } from './caseWork/rfq';
import { taskHandlers } from './caseWork/tasks';

/**
 * The work in a case (R5): every endpoint checks the viewer's case permission (404 without a link,
 * 403 without the right), read live from the portal's role definition on each request.
 */
export const caseWorkHandlers = [...taskHandlers, ...rfqHandlers, ...communicationHandlers, ...fieldHandlers];
