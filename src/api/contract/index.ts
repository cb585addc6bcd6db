export * from './common';
export * from './auth';
export * from './portal';
export * from './organisation';
export * from './members';
export * from './cases';
export * from './notifications';
