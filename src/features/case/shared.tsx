import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '@/api/client';
import type { CaseActionKey, CaseDetail, CasePermission, Task, TaskActionKey } from '@/api/contract';
import { useErrorMessage } from '@/lib/errors';
import { formatMoney } from '@/lib/format';

/** What the viewer may see (a right of theirs), straight from the case response (never re-derived in the UI). */
export const can = (caseDetail: CaseDetail, permission: CasePermission) =>
  caseDetail.viewer.permissions.includes(permission);

/** Whether the viewer may take a case action now (the API's list: an ended case keeps only chat and documents). */
export const canDo = (caseDetail: CaseDetail, action: CaseActionKey) => caseDetail.viewer.actions.includes(action);

/** Whether the viewer may take an action on a task now (the API's list for that task). */
export const canDoTask = (task: Pick<Task, 'actions'>, action: TaskActionKey) => task.actions.includes(action);

/** Error text in the `case` namespace, with NOK amounts (the budget limit) in nb-NO format. */
export function useCaseErrorMessage() {
  const message = useErrorMessage('case');
  return (error: unknown) => {
    if (!isApiError(error)) return message(error);
    const params = Object.fromEntries(
      Object.entries(error.params).map(([k, v]) => [
        k,
        (k === 'limit' || k === 'amount') && typeof v === 'number' ? formatMoney(v) : v,
      ]),
    );
    return message(
      new ApiError(error.status, { code: error.code, message: error.message, params, fieldErrors: error.fieldErrors }),
    );
  };
}

/** A failed action, announced where it happened. */
export function ActionError({ error }: { error: unknown }) {
  const message = useCaseErrorMessage();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {message(error)}
    </p>
  );
}

/** "Tørring (Hans & Jørn Servicepartner - Drammen)": how a task is named in headings and buttons. */
export function useTaskName() {
  const { t } = useTranslation('case');
  return (task: Pick<Task, 'type'>) => t(`taskTypes.${task.type}`);
}
