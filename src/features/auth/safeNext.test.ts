import { safeNextPath } from './safeNext';

const ORIGIN = 'https://saksportal.example';

describe('safeNextPath: only same-origin paths', () => {
  it.each([
    ['/admin/members', '/admin/members'],
    ['/cases?status=open&createdFrom=2026-01-01#top', '/cases?status=open&createdFrom=2026-01-01#top'],
    ['/cases/case-1', '/cases/case-1'],
  ])('%s is kept', (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });

  it.each([
    '/\\evil.invalid',
    '//evil.invalid',
    'https://evil.invalid/',
    'javascript:alert(1)',
    '\\\\evil.invalid',
    '/\\/evil.invalid',
    'evil.invalid',
    '',
    '/\t/evil.invalid',
    '/%0a',
    `/${'a'.repeat(3000)}`,
  ])('%s is refused', (next) => {
    const r = safeNextPath(next, ORIGIN);
    if (r !== null) expect(new URL(r, ORIGIN).origin).toBe(ORIGIN);
    if (next !== '/%0a') expect(r).toBeNull();
  });
});
