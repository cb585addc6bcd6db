import { DEFAULT_SEED, seedDatabase } from '../db/seed';
import { IDS } from '../db/ids';
import { distanceKm, roundKm } from './distance';

type Point = { lat: number; lng: number };
const OSLO: Point = { lat: 59.9139, lng: 10.7522 };
const BERGEN: Point = { lat: 60.3913, lng: 5.3221 };
const TRONDHEIM: Point = { lat: 63.4305, lng: 10.3951 };
const TROMSO: Point = { lat: 69.6492, lng: 18.9553 };

describe('distanceKm', () => {
  it.each<[string, Point, Point, number, number]>([
    // name, a, b, expected km, tolerance km
    ['Oslo–Bergen', OSLO, BERGEN, 305, 5],
    ['Oslo–Trondheim', OSLO, TRONDHEIM, 392, 5],
    ['Oslo–Tromsø', OSLO, TROMSO, 1150, 10],
    ['one degree of latitude along a meridian', { lat: 60, lng: 10 }, { lat: 61, lng: 10 }, 111.2, 0.1],
    ['one degree of longitude on the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 1 }, 111.2, 0.1],
    ['one degree of longitude at 60°N is about half', { lat: 60, lng: 10 }, { lat: 60, lng: 11 }, 55.6, 0.1],
    ['across the antimeridian', { lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 }, 111.2, 0.1],
  ])('%s ≈ %s km', (_name, a, b, km, tolerance) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
  });

  it.each<[string, Point, Point]>([
    ['Oslo/Bergen', OSLO, BERGEN],
    ['Trondheim/Tromsø', TRONDHEIM, TROMSO],
    ['southern/northern hemisphere', { lat: -33.87, lng: 151.21 }, { lat: 51.5, lng: -0.12 }],
  ])('is symmetric: %s', (_name, a, b) => {
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it.each<[string, Point]>([
    ['Oslo', OSLO],
    ['the equator', { lat: 0, lng: 0 }],
    ['the north pole', { lat: 90, lng: 0 }],
  ])('is zero from %s to itself', (_name, p) => {
    expect(distanceKm(p, { ...p })).toBe(0);
  });

  it('antipodal points are half the circumference apart (no NaN)', () => {
    const d = distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
    expect(d).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe('roundKm', () => {
  it.each<[number, number]>([
    [15.2958, 15.3],
    [15.25, 15.3],
    [15.24, 15.2],
    [0, 0],
    [0.04, 0],
    [305.06, 305.1],
  ])('%s -> %s', (km, expected) => {
    expect(roundKm(km)).toBe(expected);
  });
});

describe("the guide's example", () => {
  const { cases, offices } = seedDatabase(DEFAULT_SEED);
  const guideCase = cases.find((c) => c.id === IDS.guideCase)!;
  const hansJornOslo = offices.find((o) => o.id === IDS.hansJornOslo)!;

  it('the damage site at Edwards Munchs vei is 15.3 km from Hans & Jørn Servicepartner - Oslo', () => {
    expect(guideCase.street).toBe('Edwards Munchs vei');
    expect(roundKm(distanceKm(guideCase, hansJornOslo))).toBe(15.3);
  });

  it('Hans & Jørn Oslo is closer to the guide case than Hans & Jørn Drammen', () => {
    const drammen = offices.find((o) => o.id === IDS.hansJornDrammen)!;
    expect(distanceKm(guideCase, hansJornOslo)).toBeLessThan(distanceKm(guideCase, drammen));
  });
});
