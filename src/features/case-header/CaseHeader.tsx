import type { CaseDetail } from '@/api/contract';

/** Placeholder: the case header (R3) renders here. */
export function CaseHeader({ caseDetail }: { caseDetail: CaseDetail }) {
  return <h1>{caseDetail.address.street}, {caseDetail.address.postalCode} {caseDetail.address.city}</h1>;
}
