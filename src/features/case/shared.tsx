import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '@/api/client';
import type { CaseDetail, CasePermission, Task } from '@/api/contract';
import { useErrorMessage } from '@/lib/errors';
import { formatNok } from '@/lib/format';

/** What the viewer may do, straight from the case response (never re-derived in the UI). */
export const can = (caseDetail: CaseDetail, permission: CasePermission) => caseDetail.viewer.permissions.includes(permission);

/** Error text in the `case` namespace, with NOK amounts (the budget limit) in nb-NO format. */
export function useCaseErrorMessage() {
  const message = useErrorMessage('case');
  return (error: unknown) => {
    if (!isApiError(error)) return message(error);
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, (k === 'limit' || k === 'amount') && typeof v === 'number' ? formatNok(v) : v]));
    return message(new ApiError(error.status, { code: error.code, message: error.message, params, fieldErrors: error.fieldErrors }));
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

/** Tasks whose status allows assigning an office (the API has the last word). */
export const ASSIGNABLE_STATUSES: readonly Task['status'][] = ['C', '0', '0+', '1', '2'];
