import type { CaseDetail } from '@/api/contract';

/** Placeholder: the case tabs (R5) render here. */
export function CaseTabs({ caseDetail }: { caseDetail: CaseDetail }) {
  void caseDetail;
  return null;
}
