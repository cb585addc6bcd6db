// Contract of the reports feature; filled in by that feature.
export {};
