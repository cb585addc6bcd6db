/**
 * The page to return to after sign-in: a path of this site only. Anything else (another origin,
 * "//evil.invalid", "/\evil.invalid" which browsers read as "//evil.invalid", a javascript: URL,
 * control characters) gives null, and the user lands on their start page instead.
 */
export function safeNextPath(next: string | null | undefined, origin: string = window.location.origin): string | null {
  if (!next || next.length > 2000) return null;
  if (
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.includes('\\') ||
    [...next].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')
  )
    return null;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}
