import type { Db } from './store';
import type { TableName, Tables } from './schema';

/**
 * The references a stored row must keep for the handlers to serve it (a case whose office is gone
 * cannot be shown). Returns the name of the first broken one, or null. Only stored changes are checked.
 */
export function brokenReference(d: Db, table: TableName, row: Tables[TableName]): string | null {
  const has = (t: TableName, id: string | null | undefined) => id === null || id === undefined || tableHas(d, t, id);
  switch (table) {
    case 'portals': {
      const r = row as Tables['portals'];
      return has('companies', r.insurerCompanyId) ? null : 'insurerCompanyId';
    }
    case 'offices': {
      const r = row as Tables['offices'];
      return has('companies', r.companyId) ? null : 'companyId';
    }
    case 'users': {
      const r = row as Tables['users'];
      if (!has('companies', r.companyId)) return 'companyId';
      if (!has('offices', r.officeId)) return 'officeId';
      return null;
    }
    case 'cases': {
      const r = row as Tables['cases'];
      if (!has('portals', r.portalId)) return 'portalId';
      if (!has('companies', r.insurerCompanyId)) return 'insurerCompanyId';
      for (const f of ['externalOfficeId', 'originalOfficeId'] as const) if (!has('offices', r[f])) return f;
      for (const f of ['createdById', 'caseHandlerId', 'externalUserId', 'inspectorId', 'projectManagerId'] as const)
        if (!has('users', r[f])) return f;
      for (const t of r.tasks) if (!has('offices', t.officeId) || !has('users', t.userId)) return 'tasks';
      return null;
    }
    case 'sessions':
      return has('users', (row as Tables['sessions']).userId) ? null : 'userId';
    case 'logs':
    case 'notifications':
    case 'chatMessages':
    case 'chatSubscriptions':
    case 'documents':
    case 'customerMessages':
    case 'rfqs':
    case 'inspections':
    case 'remoteVideoSessions':
      return has('cases', (row as { caseId: string }).caseId) ? null : 'caseId';
    case 'reports':
      return has('companies', (row as Tables['reports']).companyId) ? null : 'companyId';
    default:
      return null;
  }
}

function tableHas(d: Db, t: TableName, id: string) {
  return (d[t] as unknown as { get(id: string): unknown }).get(id) !== undefined;
}
