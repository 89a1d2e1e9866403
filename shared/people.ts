/** Rules about people's dates that every entry path (forms, import, CLI) shares. */
import { ageOn } from './dates';

export function dateOfBirthProblem(dateOfBirth: string | null, today: string): string | null {
  if (!dateOfBirth) return null;
  if (dateOfBirth > today) return 'Date of birth must be in the past';
  if (ageOn(dateOfBirth, today) > 110) return 'Date of birth is more than 110 years ago';
  return null;
}

export function notInFutureProblem(date: string | null, label: string, today: string): string | null {
  if (date && date > today) return `${label} cannot be in the future`;
  return null;
}

/** Initials with stops, for paper that may leave the office: "K. M." */
export const initialsWithStops = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0].toUpperCase()}.`)
    .join(' ');
