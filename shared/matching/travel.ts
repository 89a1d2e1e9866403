/**
 * How far apart a young person and a volunteer live, judged from their areas and
 * postcodes alone, and whether that is clearly more than the volunteer will travel.
 */
import { postcodeArea, postcodeDistrict } from './postcode';
import { POSTCODE_AREA_CENTRES } from './postcodeAreaCentres';

export interface Whereabouts {
  area: string | null;
  postcode: string | null;
}

/** Travel a district apart within the same postcode area is assumed to need about this far. */
export const SAME_AREA_TRAVEL_MILES = 10;

export type Nearness =
  /** The same named area, or the same postcode district. */
  | { kind: 'near'; reason: string }
  | { kind: 'same_postcode_area'; area: string; miles: number }
  /** Different postcode areas; miles between their centres, when both are known. */
  | { kind: 'apart'; districts: string; miles: number | null };

const norm = (s: string) => s.trim().toLowerCase();

const EARTH_RADIUS_MILES = 3959;

/** Miles in a straight line between two postcode areas' centres, or null for an area not in the table. */
export function milesBetweenAreas(a: string, b: string): number | null {
  const [from, to] = [POSTCODE_AREA_CENTRES[a], POSTCODE_AREA_CENTRES[b]];
  if (!from || !to) return null;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const [lat1, lat2] = [rad(from[0]), rad(to[0])];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(rad(to[1] - from[1]) / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h)));
}

/** How near the two live, or null when their records do not say enough to judge. */
export function nearness(seeker: Whereabouts, volunteer: Whereabouts): Nearness | null {
  if (seeker.area && volunteer.area && norm(seeker.area) === norm(volunteer.area)) return { kind: 'near', reason: `Lives in the same area (${volunteer.area})` };
  const [sd, vd] = [postcodeDistrict(seeker.postcode), postcodeDistrict(volunteer.postcode)];
  if (!sd || !vd) return null;
  if (sd === vd) return { kind: 'near', reason: `Same postcode district (${sd})` };
  const [sa, va] = [postcodeArea(sd)!, postcodeArea(vd)!];
  if (sa === va) return { kind: 'same_postcode_area', area: sa, miles: SAME_AREA_TRAVEL_MILES };
  return { kind: 'apart', districts: `${sd} and ${vd}`, miles: milesBetweenAreas(sa, va) };
}

/**
 * Clearly too far: at least twice the volunteer's limit and 10 miles beyond it, so that
 * the roughness of judging by postcode areas never rules out someone who might go.
 */
export function clearlyBeyond(miles: number, maxTravelMiles: number): boolean {
  return miles >= 2 * maxTravelMiles && miles - maxTravelMiles >= 10;
}

/** "About 23 miles away; travels up to 10" when the volunteer clearly lives too far, else null. */
export function beyondTravel(seeker: Whereabouts, volunteer: Whereabouts & { maxTravelMiles: number | null }): { miles: number; limit: number } | null {
  const near = nearness(seeker, volunteer);
  const miles = near && near.kind !== 'near' ? near.miles : null;
  if (miles === null || volunteer.maxTravelMiles === null) return null;
  return clearlyBeyond(miles, volunteer.maxTravelMiles) ? { miles, limit: volunteer.maxTravelMiles } : null;
}
