const DIGIT_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A small seeded PRNG (mulberry32) so the demo data is the same on every machine and every run. */
export function createRandom(seed: number) {
  // The state lives in a typed array rather than in a closure variable: a uint32 above 2^31 is no small
  // integer, so a variable would hold a new heap number after about every second draw (millions of
  // short-lived objects when 100,000 cases are seeded). The array wraps the sum to 32 bits as `>>> 0` did.
  const state = new Uint32Array([seed >>> 0]);
  const next = () => {
    state[0] = state[0]! + 0x6d2b79f5;
    let t = state[0]!;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An index below `length`, drawn exactly as `pick` draws one (one `next()`). */
  const index = (length: number) => Math.floor(next() * length);
  return {
    /** The whole state (one uint32): `restore` of it draws the same numbers again from there. */
    save: () => state[0]!,
    restore: (saved: number) => {
      state[0] = saved;
    },
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    index,
    pick: <T>(items: readonly T[]): T => items[index(items.length)] as T,
    chance: (p: number) => next() < p,
    /** Draws n numbers and uses none (as `digits(n)` draws, without its string). */
    skip: (n: number) => {
      for (let i = 0; i < n; i++) next();
    },
    /** n random decimal digits after `lead`, as one string (the seed writes two for each case). */
    digits: (n: number, lead = '') => {
      // One character at a time: an 11-digit number is no small integer, so `String(value)` took a
      // double's slow path, and joining char codes needs an array per call.
      let s = lead;
      for (let i = 0; i < n; i++) s += DIGIT_CHARS[Math.floor(next() * 10)];
      return s;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

export const FIRST_NAMES = [
  'Ola',
  'Kari',
  'Per',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Anders',
  'Marit',
  'Knut',
  'Solveig',
  'Bjørn',
  'Astrid',
  'Håkon',
  'Ragnhild',
  'Eirik',
  'Liv',
  'Trond',
  'Hilde',
  'Magnus',
  'Nora',
  'Sindre',
  'Åse',
  'Øystein',
  'Tone',
  'Jørgen',
  'Siri',
  'Geir',
  'Randi',
  'Vegard',
  'Kristin',
  'Espen',
  'Mette',
] as const;
export const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Henriksen',
  'Lund',
  'Sørensen',
  'Strand',
  'Solberg',
  'Bakken',
  'Moe',
  'Økland',
] as const;

/** Places across Norway with a real postal code and approximate coordinates. */
export const PLACES = [
  {
    city: 'Oslo',
    postalCode: '0150',
    lat: 59.9115,
    lng: 10.7579,
    streets: ['Storgata', 'Karl Johans gate', 'Thereses gate', 'Trondheimsveien', 'Kirkeveien', 'Bygdøy allé'],
  },
  {
    city: 'Bærum',
    postalCode: '1337',
    lat: 59.8907,
    lng: 10.5226,
    streets: ['Rådhustorget', 'Sandviksveien', 'Bærumsveien'],
  },
  { city: 'Lørenskog', postalCode: '1470', lat: 59.9276, lng: 10.9589, streets: ['Solheimveien', 'Finstadjordet'] },
  {
    city: 'Drammen',
    postalCode: '3015',
    lat: 59.7441,
    lng: 10.2045,
    streets: ['Bragernes torg', 'Tollbugata', 'Konnerudgata'],
  },
  { city: 'Fredrikstad', postalCode: '1606', lat: 59.2181, lng: 10.9298, streets: ['Nygaardsgata', 'Storgata'] },
  {
    city: 'Tønsberg',
    postalCode: '3110',
    lat: 59.2676,
    lng: 10.4076,
    streets: ['Nedre Langgate', 'Stoltenbergs gate'],
  },
  { city: 'Hamar', postalCode: '2317', lat: 60.7945, lng: 11.068, streets: ['Torggata', 'Strandgata'] },
  { city: 'Lillehammer', postalCode: '2609', lat: 61.1153, lng: 10.4662, streets: ['Storgata', 'Kirkegata'] },
  {
    city: 'Kristiansand',
    postalCode: '4611',
    lat: 58.1462,
    lng: 7.9956,
    streets: ['Markens gate', 'Dronningens gate'],
  },
  {
    city: 'Stavanger',
    postalCode: '4006',
    lat: 58.97,
    lng: 5.7331,
    streets: ['Kirkegata', 'Pedersgata', 'Løkkeveien'],
  },
  {
    city: 'Bergen',
    postalCode: '5003',
    lat: 60.3913,
    lng: 5.3221,
    streets: ['Bryggen', 'Strandgaten', 'Kalfarveien', 'Nygårdsgaten'],
  },
  { city: 'Ålesund', postalCode: '6002', lat: 62.4722, lng: 6.1495, streets: ['Kongens gate', 'Keiser Wilhelms gate'] },
  {
    city: 'Trondheim',
    postalCode: '7011',
    lat: 63.4305,
    lng: 10.3951,
    streets: ['Munkegata', 'Olav Tryggvasons gate', 'Innherredsveien'],
  },
  { city: 'Bodø', postalCode: '8006', lat: 67.2804, lng: 14.4049, streets: ['Storgata', 'Sjøgata'] },
  { city: 'Tromsø', postalCode: '9008', lat: 69.6492, lng: 18.9553, streets: ['Storgata', 'Grønnegata'] },
] as const;
