import type { LogTopic } from '@/api/contract';

/**
 * Which header row's "Logg" shows a log entry (issue 8: each "Logg" opens the log filtered to its row).
 * Entries of the case page's work (tasks, budgets, RFQ, chat, documents …) and Påminnelse belong to no row:
 * they are in the whole log only. Every change of the external case handler role is under its row.
 */
const TOPIC_OF_ACTION = new Map<string, LogTopic>([
  ['caseCreated', 'caseActions'],
  ['caseOnHold', 'caseActions'],
  ['caseResumed', 'caseActions'],
  ['caseClosed', 'caseActions'],
  ['caseCancelled', 'caseActions'],
  ['claimAccepted', 'claimDecision'],
  ['claimRejected', 'claimDecision'],
  ['claimNeedsInfo', 'claimDecision'],
  ['caseHandlerChanged', 'caseHandler'],
  ['externalOfficeAssigned', 'externalCaseHandler'],
  ['externalOfficeChanged', 'externalCaseHandler'],
  ['externalRoleRemoved', 'externalCaseHandler'],
  ['externalUserAssigned', 'externalCaseHandler'],
  ['externalUserChanged', 'externalCaseHandler'],
  ['externalUserRemoved', 'externalCaseHandler'],
  ['externalUserRemovedByUnflag', 'externalCaseHandler'],
  // issue 14: the role's end date, its end, and an office that did not answer
  ['externalRoleUntilSet', 'externalCaseHandler'],
  ['externalRoleUntilRemoved', 'externalCaseHandler'],
  ['externalRoleEnded', 'externalCaseHandler'],
  ['officeNotAnswering', 'externalCaseHandler'],
  ['customerPageShared', 'customerPage'],
]);

/** The header row a log action belongs to, or null for none. */
export const logTopicOf = (action: string): LogTopic | null => TOPIC_OF_ACTION.get(action) ?? null;

/** Whether an entry is in the log asked for: every entry without a topic, else those of the topic. */
export const inLogTopic = (action: string, topic: LogTopic | undefined): boolean =>
  topic === undefined || logTopicOf(action) === topic;
