/** Stable ids of the seeded records the guide's example and the tests refer to. */
export const IDS = {
  portal: 'portal-jorn6',
  platformCompany: 'c-saksportal',
  insurer: 'c-jorn6',
  hansJorn: 'c-hansjorn',
  hansJornOslo: 'o-hansjorn-oslo',
  hansJornDrammen: 'o-hansjorn-drammen',
  /** An Oslo-area office with no flagged user: never offered for the role. */
  torkOslo: 'o-tork-lorenskog',
  platformAdmin: 'u-platform',
  companyAdmin: 'u-admin',
  caseHandler: 'u-saksbehandler',
  officeAdmin: 'u-kontor',
  jornService: 'u-jorn-service',
  craftsman: 'u-handverker',
  /** The guide's example case at Edwards Munchs vei, 1063 Oslo. */
  guideCase: 'case-1',
  /** Jørn Service holds the role here; budgets of 20 000 and 30 000 NOK await approval (R5 journey). */
  rightsDemoCase: 'case-rights-demo',
} as const;

export const DEMO_PASSWORD = 'demo';
