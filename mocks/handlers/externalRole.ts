// Filled in by the feature that owns this resource.
export const externalRoleHandlers = [];
