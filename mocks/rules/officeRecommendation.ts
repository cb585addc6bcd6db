/**
 * The one recommendation rule for every office picker ("Vis anbefalte kontor"): the role's "Tildel" and a
 * task's "Tildel oppgaver til partnere" alike. Recommended are the RECOMMENDED_MIN_COUNT nearest offices
 * (wherever they are, so a remote damage site still gets suggestions) and every office within
 * RECOMMENDED_RADIUS_KM of the damage site (great-circle distance).
 */
export const RECOMMENDED_RADIUS_KM = 100;
export const RECOMMENDED_MIN_COUNT = 5;

/** The recommended ids among offices with their distance; ties in distance keep the given order. */
export function recommendedOfficeIds(byDistance: readonly { id: string; distanceKm: number }[]): Set<string> {
  const sorted = byDistance.map((o, i) => ({ o, i })).sort((a, b) => a.o.distanceKm - b.o.distanceKm || a.i - b.i);
  return new Set(
    sorted
      .filter(({ o }, rank) => rank < RECOMMENDED_MIN_COUNT || o.distanceKm <= RECOMMENDED_RADIUS_KM)
      .map(({ o }) => o.id),
  );
}

/** Whether an office is in the insurer's partner network (a portal without a stored network: every office). */
export function inPartnerNetwork(portal: { partnerNetworkOfficeIds?: readonly string[] }, officeId: string): boolean {
  return portal.partnerNetworkOfficeIds === undefined || portal.partnerNetworkOfficeIds.includes(officeId);
}
