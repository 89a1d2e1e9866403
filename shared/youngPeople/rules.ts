/** Dates that cannot be true for referrals and consents, and who can be referred. */
import { ageOn, addYears, formatUkDate } from '../dates';
import type { ReferralRecord, ConsentRecord } from './record';

/** Care leavers can be supported up to 25; the service ends on the 25th birthday. */
export const UPPER_AGE = 25;
export const CARE_LEAVER_AGE = 18;
/** Looked-after children's records are kept until the young person's 75th birthday. */
export const RETENTION_AGE = 75;

type Problems = Record<string, string>;

export function referralProblems(r: ReferralRecord, dateOfBirth: string, today: string): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string | false | null) => {
    if (message && !problems[field]) problems[field] = message;
  };
  add('date', r.date > today && 'The referral date cannot be in the future');
  add('date', r.date < dateOfBirth && 'The referral date cannot be before the young person was born');
  add(
    'date',
    r.date >= dateOfBirth && ageOn(dateOfBirth, r.date) >= UPPER_AGE &&
      `This young person was ${ageOn(dateOfBirth, r.date)} on the referral date. Independent Visitors are for young people under ${UPPER_AGE} (their 25th birthday was ${formatUkDate(addYears(dateOfBirth, UPPER_AGE))}).`,
  );
  add('outcomeDate', !!r.outcomeDate && r.outcomeDate < r.date && `The outcome cannot be before the referral (${formatUkDate(r.date)})`);
  add('outcomeDate', !!r.outcomeDate && r.outcomeDate > today && 'The outcome date cannot be in the future');
  add('outcomeDate', r.outcome !== 'pending' && !r.outcomeDate && 'Give the date of the outcome');
  add('outcomeDate', r.outcome === 'pending' && !!r.outcomeDate && 'An outcome date is given only once there is an outcome');
  add('closedDate', !!r.closedDate && r.closedDate < r.date && `The referral cannot close before it was made (${formatUkDate(r.date)})`);
  add('closedDate', !!r.closedDate && !!r.outcomeDate && r.closedDate < r.outcomeDate && 'The referral cannot close before its outcome');
  add('closedDate', !!r.closedDate && r.closedDate > today && 'The closing date cannot be in the future');
  add('closedReason', !!r.closedReason && !r.closedDate && 'Give the date the referral closed');
  return problems;
}

export function consentProblems(c: ConsentRecord, dateOfBirth: string, today: string): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string | false) => {
    if (message && !problems[field]) problems[field] = message;
  };
  add('signedDate', c.signedDate < dateOfBirth && `The agreement cannot be signed before the young person was born (${formatUkDate(dateOfBirth)})`);
  add('signedDate', c.signedDate > today && 'The date signed cannot be in the future');
  add('withdrawnDate', !!c.withdrawnDate && c.withdrawnDate < c.signedDate && 'Consent cannot be withdrawn before it was given');
  add('withdrawnDate', !!c.withdrawnDate && c.withdrawnDate > today && 'The withdrawal date cannot be in the future');
  return problems;
}

/** A consent in force on a date: signed by then and not withdrawn by then. */
export function consentInForce(consents: Pick<ConsentRecord, 'signedDate' | 'withdrawnDate'>[], date: string): boolean {
  return consents.some((c) => c.signedDate <= date && !(c.withdrawnDate && c.withdrawnDate <= date));
}

/** On the waiting list, someone 18 or over needs the care-leaver decision: whether the scheme goes on supporting them. */
export function needsCareLeaverDecision(dateOfBirth: string, date: string): boolean {
  return ageOn(dateOfBirth, date) >= CARE_LEAVER_AGE;
}

/**
 * The agreement in force on the date when it was signed on another form version than the
 * current one (the form only moves forward, so another version is an older one); null
 * when none is in force or it is on the current form.
 */
export function consentOnOlderForm<C extends Pick<ConsentRecord, 'signedDate' | 'withdrawnDate' | 'formVersion'>>(consents: C[], currentVersion: string, date: string): C | null {
  const inForce = consents.filter((c) => consentInForce([c], date)).sort((a, b) => a.signedDate.localeCompare(b.signedDate));
  const latest = inForce.at(-1);
  return latest && latest.formVersion.trim().toLowerCase() !== currentVersion.trim().toLowerCase() ? latest : null;
}
