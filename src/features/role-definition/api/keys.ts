/** Query keys of R1 Rolledefinisjon: a save invalidates `roleDefinitionKeys.all` only. */
export const roleDefinitionKeys = {
  all: ['roleDefinition'] as const,
};
