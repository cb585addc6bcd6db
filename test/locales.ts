import type { Resource } from 'i18next';

/** Every text of every language, for tests: rendering must not wait for lazily loaded namespaces. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

export const allResources: Resource = {};
for (const [path, mod] of Object.entries(files)) {
  const m = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
  if (!m) continue;
  const [, lng, ns] = m as unknown as [string, string, string];
  (allResources[lng] ??= {})[ns] = mod.default;
}
