import { LOG_TOPICS, type LogTopic } from '@/api/contract';
import { inLogTopic, logTopicOf } from './caseLog';

describe('logTopicOf: which header row\'s "Logg" shows an entry', () => {
  const table: [string, LogTopic | null][] = [
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
    ['externalRoleUntilSet', 'externalCaseHandler'],
    ['externalRoleEnded', 'externalCaseHandler'],
    ['officeNotAnswering', 'externalCaseHandler'],
    ['budgetEscalated', null],
    ['customerPageShared', 'customerPage'],
    // The case page's work and Påminnelse: the whole log only.
    ['reminderOn', null],
    ['taskAssigned', null],
    ['budgetApproved', null],
    ['chatMessagePosted', null],
    ['customerMessageSent', null],
    ['constructor', null],
  ];
  it.each(table)('%s -> %s', (action, topic) => expect(logTopicOf(action)).toBe(topic));
});

describe('inLogTopic', () => {
  it("keeps every entry without a topic, and only the topic's entries with one", () => {
    expect(inLogTopic('taskAssigned', undefined)).toBe(true);
    for (const topic of LOG_TOPICS) {
      expect(inLogTopic('caseHandlerChanged', topic)).toBe(topic === 'caseHandler');
      expect(inLogTopic('taskAssigned', topic)).toBe(false);
    }
  });
});
