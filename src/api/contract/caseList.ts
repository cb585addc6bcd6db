// Contract of the caseList feature; filled in by that feature.
export {};
