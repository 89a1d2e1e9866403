/**
 * UK postcodes without an online look-up: the district (outward code, "DH1") and the area
 * (its letters, "DH"). Nearness is judged from these alone.
 */
const OUTWARD = /^([A-Z]{1,2})(\d[A-Z\d]?)$/;

export function postcodeDistrict(postcode: string | null | undefined): string | null {
  if (!postcode) return null;
  const compact = postcode.toUpperCase().replace(/\s+/g, '');
  // A full postcode ends with a three-character inward code (digit, letter, letter).
  const outward = /^(.+)(\d[A-Z]{2})$/.test(compact) && compact.length >= 5 ? compact.slice(0, -3) : compact;
  return OUTWARD.test(outward) ? outward : null;
}

export function postcodeArea(postcode: string | null | undefined): string | null {
  const district = postcodeDistrict(postcode);
  return district ? OUTWARD.exec(district)![1] : null;
}
