/**
 * Browser-build stand-in for `tough-cookie`, which MSW uses only to emulate `Set-Cookie` from mocked
 * responses. This API authenticates with a bearer token and never sets cookies, so the real library
 * (and the public-suffix list it carries, ~100 kB gzip) would be dead weight on the first load.
 * The tests run MSW in Node with the real library.
 */
export class Cookie {
  static fromJSON(): null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  constructor(_store?: MemoryCookieStore) {}
  getCookiesSync(): never[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}
