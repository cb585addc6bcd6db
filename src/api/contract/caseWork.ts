// Contract of the caseWork feature; filled in by that feature.
export {};
