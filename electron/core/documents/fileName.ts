/** A file name safe on every system: letters, digits and dashes, with the date. */
export function documentFileName(kind: string, subject: string, date: string, extension = 'docx'): string {
  const safe = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${[safe(kind), safe(subject), date].filter(Boolean).join('-').slice(0, 120)}.${extension}`;
}

export const initials = (p: { firstName: string; lastName: string }) => `${[...p.firstName][0] ?? ''}${[...p.lastName][0] ?? ''}`.toUpperCase();
