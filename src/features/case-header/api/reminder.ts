import { apiRequest } from '@/api/client';
import { CaseDetail, type SetReminder } from '@/api/contract';
import type { CaseChange } from './caseMutation';

/** PUT /cases/:caseId/reminder — Påminnelse (saksbehandler). */
export const setReminder = (caseId: string, body: SetReminder) =>
  apiRequest({ method: 'PUT', path: `/cases/${encodeURIComponent(caseId)}/reminder`, body, schema: CaseDetail });

export const reminderChange =
  (reminder: boolean): CaseChange =>
  (c) =>
    setReminder(c.id, { reminder, version: c.version });
