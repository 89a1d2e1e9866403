/**
 * UK postcodes as they are stored: capitals, one space before the inward code
 * ("dh11aa" -> "DH1 1AA"). Text that is not a postcode's shape is kept as typed (trimmed),
 * so nothing a coordinator wrote is lost.
 */
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD_ONLY = /^[A-Z]{1,2}\d[A-Z\d]?$/;

export function tidyPostcode<T extends string | null | undefined>(text: T): T {
  if (typeof text !== 'string') return text;
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const full = FULL.exec(compact);
  if (full) return `${full[1]} ${full[2]}` as T;
  return (OUTWARD_ONLY.test(compact) ? compact : text.trim()) as T;
}
