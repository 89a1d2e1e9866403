/**
 * A seeded generator of a large scheme, as an interchange document: ten years, 2,000
 * volunteers, 3,000 young people, about 4,000 matches and 150,000 visits, with
 * supervisions every 12 weeks or so and care reviews every 6 months; `scale` multiplies
 * the people and matches. Approved volunteers have done the scheme's required training,
 * bar about one in twelve who still lack a module (so matching leaves them out, as a real
 * scheme's would be). Matched young people have a confidentiality agreement signed as their
 * first match began, on the form of that year, bar about one in fifteen still missing.
 * Approved volunteers' DBS is kept up to date (Update Service status checks, or re-checks),
 * bar about one in twenty whose latest check is overdue. Referrals end as a real scheme's
 * do: closed soon after a match that ended with no new IV wanted; and, for one no volunteer
 * could be found for, after months to a year or two of waiting the young person declines,
 * moves away or no longer wants an IV, the referrer withdraws it, or the young person turns
 * 18. So the waiting list is tens of young people, not hundreds waiting for years. The same
 * seed always gives the same scheme.
 */
import { addDays, addMonths, addYears } from '../../shared/dates';
import type { InterchangeDocument, RecordOf } from '../../shared/interchange/format';
import { waitingState } from '../../shared/referrals/waiting';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

export const BENCH_TODAY = '2026-11-23';
const START = '2016-11-24';
const SPAN_DAYS = 3652;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dan', 'Ella', 'Femi', 'Grace', 'Harry', 'Isla', 'Jack', 'Kayden', 'Lily', 'Mo', 'Nia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tom'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson'];
const AREAS = ['Durham City', 'Consett', 'Stanley', 'Chester-le-Street', 'Bishop Auckland', 'Peterlee', 'Seaham', 'Newton Aycliffe', 'Spennymoor', 'Barnard Castle'];
const INTERESTS = ['football', 'art', 'music', 'cooking', 'swimming', 'gaming', 'reading', 'climbing', 'cinema', 'animals'];
const ACTIVITIES = ['Bowling', 'Cinema', 'Climbing wall', 'Cafe', 'Museum', 'Swimming', 'Zoo', 'Park walk'];
const MATCH_ENDS = ['young_person_choice', 'young_person_moved', 'aged_out', 'volunteer_circumstances'] as const;
type MatchEnd = (typeof MATCH_ENDS)[number];
/** Why a coordinator closes the referral after a match that ended with no new IV wanted. */
const REFERRAL_CLOSED_AFTER: Record<MatchEnd, string> = { young_person_choice: 'no_longer_wanted', young_person_moved: 'moved_away', aged_out: 'aged_out', volunteer_circumstances: 'no_longer_wanted' };
const SOURCES = ['social_media', 'website', 'event', 'word_of_mouth', 'advert', 'other'] as const;

export function generateScheme(seed = 20261123, scale = 1): InterchangeDocument {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const some = (items: readonly string[], n: number) => [...new Set(Array.from({ length: n }, () => pick(items)))];
  const dayIn = (from: string, days: number) => addDays(from, int(0, days));
  const capped = (d: string) => (d > BENCH_TODAY ? null : d);
  // Its own sequence, so adding training left every other record as it was.
  const trainingRand = mulberry32(seed + 1);
  /** The required modules, done a day apart after the DBS check and before approval; now and then one still missing. */
  const training = (applicationDate: string) => {
    const missing = trainingRand() < 0.08 ? Math.floor(trainingRand() * DEFAULT_RECRUITMENT_SETTINGS.trainingModules.length) : -1;
    return DEFAULT_RECRUITMENT_SETTINGS.trainingModules.flatMap((module, n) => (n === missing ? [] : [{ module, completedDate: addDays(applicationDate, 27 + n) }]));
  };

  // Its own sequence too, so adding consents left every other record as it was.
  const consentRand = mulberry32(seed + 2);
  const consents: RecordOf<'consents'>[] = [];
  /** The agreement signed at the first match's start (the form of that year); now and then none yet. */
  const consentFor = (youngPersonId: string, firstStart: string) => {
    if (consentRand() < 0.07) return;
    const signedDate = addDays(firstStart, -Math.floor(consentRand() * 7));
    consents.push({ id: `k${consents.length}`, youngPersonId, signedDate, formVersion: `${signedDate.slice(0, 4)}-1`, explainedBy: 'The coordinator', complaintsProcedureExplained: true });
  };

  // Its own sequence as well, so adding the checks after approval left every other record as it was.
  const dbsRand = mulberry32(seed + 3);
  const { updateServiceCheckMonths, dbsRecheckYears } = DEFAULT_RECRUITMENT_SETTINGS.reminders;
  /**
   * The DBS as a well-run scheme keeps it, up to the day the volunteer left: on the Update
   * Service, a status check at each interval; otherwise a new certificate at each re-check;
   * each done up to three weeks before it fell due. About one in twenty has missed the latest.
   */
  const dbsOf = (i: number, firstIssue: string, updateService: boolean, until: string): RecordOf<'volunteers'>['dbs'] => {
    const missedLatest = dbsRand() < 0.05;
    const nextDue = (d: string) => (updateService ? addMonths(d, updateServiceCheckMonths) : addYears(d, dbsRecheckYears));
    const done = [firstIssue];
    for (let next = addDays(nextDue(firstIssue), -Math.floor(dbsRand() * 21)); next <= until; next = addDays(nextDue(next), -Math.floor(dbsRand() * 21))) done.push(next);
    if (missedLatest && done.length > 1) done.pop();
    const latest = done.at(-1)!;
    const certificate = { level: 'enhanced_barred_children', outcome: 'clear', updateService } as const;
    if (updateService) return { ...certificate, certificateNumber: String(100000000000 + i), issueDate: firstIssue, updateServiceCheckedDate: done.length > 1 ? latest : null };
    return { ...certificate, certificateNumber: String(100000000000 + (done.length - 1) * 10_000_000 + i), issueDate: latest };
  };

  // Its own sequence again, so ending the referrals that went nowhere left every other record as it was.
  const endRand = mulberry32(seed + 4);
  /**
   * Ends a referral as a coordinator would. One whose match ended with no new IV wanted
   * is closed within a fortnight, for the reason the match ended. One still waiting today
   * ends once the young person has waited as long as they would (most give up within
   * months, a few wait up to two years), or sooner at their 18th birthday.
   */
  const endReferral = (referral: RecordOf<'referrals'>, person: RecordOf<'youngPeople'>, referralMatches: RecordOf<'matches'>[]) => {
    const latest = referralMatches.at(-1);
    if (latest?.endDate && latest.rematchWanted === false) {
      const closedDate = addDays(latest.endDate, Math.floor(endRand() * 15));
      if (closedDate <= BENCH_TODAY) Object.assign(referral, { closedDate, closedReason: REFERRAL_CLOSED_AFTER[latest.endReason as MatchEnd] });
      return;
    }
    const ms = referralMatches.map((m) => ({ proposedDate: m.proposedDate, startDate: m.startDate ?? null, endDate: m.endDate ?? null, rematchWanted: m.rematchWanted ?? null }));
    const waiting = waitingState({ date: referral.date, outcome: referral.outcome, outcomeDate: referral.outcomeDate ?? null, closedDate: null }, ms, BENCH_TODAY);
    if (!waiting || waiting.kind === 'being_matched') return;
    const givesUp = addDays(waiting.since, 30 + Math.floor(endRand() * 90) + Math.floor(endRand() ** 3 * 540));
    const eighteen = addYears(person.dateOfBirth, 18);
    const agesOut = eighteen < givesUp;
    const ends = agesOut ? (eighteen > waiting.since ? eighteen : waiting.since) : givesUp;
    const how = endRand();
    if (ends > BENCH_TODAY) return;
    const close = (closedReason: string) => Object.assign(referral, { closedDate: ends, closedReason });
    const decide = (outcome: 'declined_by_young_person' | 'withdrawn') => Object.assign(referral, { outcome, outcomeDate: ends });
    // Only a referral never matched is declined or withdrawn; one matched before is closed.
    if (agesOut) close('aged_out');
    else if (!ms.length && how < 0.25) decide('declined_by_young_person');
    else if (!ms.length && how < 0.45) decide('withdrawn');
    else close(how < 0.7 ? 'moved_away' : how < 0.9 ? 'no_longer_wanted' : 'disengaged');
  };

  const volunteers: RecordOf<'volunteers'>[] = [];
  for (let i = 0; i < 2000 * scale; i++) {
    const enquiryDate = dayIn(START, SPAN_DAYS - 30);
    const applicationDate = capped(addDays(enquiryDate, int(3, 30)));
    const goesAhead = rand() < 0.8 && !!applicationDate && addDays(applicationDate, 130) <= BENCH_TODAY;
    const approvedDate = goesAhead ? capped(addDays(applicationDate!, int(30, 100))) : null;
    const left = approvedDate && rand() < 0.35 ? capped(addDays(approvedDate, int(180, 2000))) : null;
    volunteers.push({
      id: `v${i}`,
      firstName: pick(FIRST),
      lastName: `${pick(LAST)}${i}`,
      dateOfBirth: addYears(enquiryDate, -int(20, 65)),
      gender: pick(['Female', 'Male']),
      email: `volunteer${i}@example.org`,
      area: pick(AREAS),
      postcode: `DH${int(1, 9)} ${int(1, 9)}AB`,
      interests: some(INTERESTS, 3),
      maxTravelMiles: int(5, 25),
      enquiryDate,
      enquirySource: pick(SOURCES),
      applicationDate,
      interviewDate: goesAhead ? addDays(applicationDate!, 10) : null,
      interviewOutcome: goesAhead ? 'proceed' : null,
      references: goesAhead
        ? [
            { name: 'Referee A', requestedDate: addDays(applicationDate!, 11), receivedDate: addDays(applicationDate!, 20), satisfactory: true },
            { name: 'Referee B', requestedDate: addDays(applicationDate!, 11), receivedDate: addDays(applicationDate!, 25), satisfactory: true },
          ]
        : [],
      dbs: approvedDate ? dbsOf(i, addDays(applicationDate!, 26), rand() < 0.5, left ?? BENCH_TODAY) : null,
      training: approvedDate ? training(applicationDate!) : [],
      approvedDate,
      withdrawnDate: !goesAhead && applicationDate ? capped(addDays(applicationDate, 20)) : null,
      leftDate: left,
      leftReason: left ? pick(['moved away', 'work', 'family', 'health']) : null,
    });
  }
  const approved = volunteers.filter((v) => v.approvedDate).sort((a, b) => a.approvedDate!.localeCompare(b.approvedDate!));

  const youngPeople: RecordOf<'youngPeople'>[] = [];
  const referrals: RecordOf<'referrals'>[] = [];
  const matches: RecordOf<'matches'>[] = [];
  const visits: RecordOf<'visits'>[] = [];
  const feedback: RecordOf<'feedback'>[] = [];
  const supervisions: RecordOf<'supervisions'>[] = [];
  const careReviews: RecordOf<'careReviews'>[] = [];
  const contacts: RecordOf<'contacts'>[] = [];
  const ANSWERS = ['yes', 'yes', 'yes', 'unsure', 'no'] as const;
  for (let i = 0; i < 3000 * scale; i++) {
    const date = dayIn(START, SPAN_DAYS - 14);
    const person: RecordOf<'youngPeople'> = { id: `y${i}`, firstName: pick(FIRST), lastName: `${pick(LAST)}${i}`, dateOfBirth: addYears(addDays(date, -int(0, 364)), -int(8, 16)), area: pick(AREAS), interests: some(INTERESTS, 2), lookedAfterDate: addDays(date, -int(30, 700)) };
    youngPeople.push(person);
    let firstStart: string | null = null;
    let lastDay: string | null = null;
    const accepted = rand() < 0.88;
    const referral: RecordOf<'referrals'> = { id: `r${i}`, youngPersonId: `y${i}`, date, outcome: accepted ? 'accepted' : 'declined_by_young_person', outcomeDate: addDays(date, 5), referrerRole: 'iro' };
    referrals.push(referral);
    if (!accepted) continue;
    const firstMatch = matches.length;
    let proposed = addDays(date, int(14, 70));
    // First match, then rematches while the young person wants one.
    for (let n = 0; n < 4 && proposed <= BENCH_TODAY && matches.length < 4000 * scale; n++) {
      const candidates = approved.filter((v) => v.approvedDate! <= proposed && (!v.leftDate || v.leftDate > proposed));
      if (!candidates.length) break;
      const volunteer = candidates[int(0, candidates.length - 1)];
      const start = capped(addDays(proposed, int(7, 21)));
      const plannedEnd = start ? addMonths(start, int(6, 40)) : null;
      const end = plannedEnd && plannedEnd <= BENCH_TODAY ? plannedEnd : null;
      const rematch = !!end && rand() < 0.7;
      const id = `m${matches.length}`;
      matches.push({ id, referralId: `r${i}`, volunteerId: volunteer.id, proposedDate: proposed, startDate: start, endDate: end, endReason: end ? pick(MATCH_ENDS) : null, rematchWanted: end ? rematch : null });
      if (start) {
        const last = end ?? BENCH_TODAY;
        for (let d = addDays(start, int(5, 20)); d <= last; d = addDays(d, int(12, 19))) {
          const miles = int(2, 30);
          visits.push({ id: `x${visits.length}`, matchId: id, date: d, activity: pick(ACTIVITIES), durationMinutes: int(60, 240), activityCostPence: int(0, 7000), miles, transportCostPence: Math.round(miles * 45) });
        }
        firstStart ??= start;
        lastDay = last;
        const leftBy = volunteer.leftDate && volunteer.leftDate < last ? volunteer.leftDate : last;
        for (let d = addDays(start, int(60, 90)); d <= leftBy; d = addDays(d, int(70, 98))) {
          supervisions.push({ id: `s${supervisions.length}`, volunteerId: volunteer.id, date: d, kind: pick(['one_to_one', 'one_to_one', 'phone_video'] as const), positiveImpact: pick(ANSWERS), enjoying: pick(ANSWERS), topics: 'How the visits are going' });
        }
        for (let d = addDays(start, int(10, 40)); d <= last; d = addDays(d, int(20, 60))) {
          contacts.push({ id: `c${contacts.length}`, matchId: id, date: d, kind: pick(['call', 'message', 'email'] as const), withWhom: 'Carer' });
        }
        const anniversary = addYears(start, 1);
        if (anniversary <= last) feedback.push({ id: `f${feedback.length}`, matchId: id, date: anniversary, source: 'young_person', satisfaction: pick(['very_satisfied', 'satisfied', 'satisfied', 'neutral'] as const), benefited: true });
      }
      if (!rematch || !end) break;
      proposed = addDays(end, int(7, 60));
    }
    endReferral(referral, person, matches.slice(firstMatch));
    if (firstStart) consentFor(person.id, firstStart);
    if (firstStart && lastDay) {
      let review = addDays(firstStart, int(20, 60));
      for (; review <= lastDay; review = addMonths(review, 6)) {
        careReviews.push({ id: `cr${careReviews.length}`, youngPersonId: person.id, date: review, ivAttended: rand() < 0.7, coordinatorAttended: rand() < 0.9, professionalFeedback: pick(['positive', 'positive', 'neutral', 'negative'] as const) });
      }
      if (lastDay === BENCH_TODAY) person.nextReviewDate = review;
    }
  }
  return { format: 'iv-desk/1', scheme: { name: 'Benchmark scheme', childrenInCareCount: 940 }, volunteers, youngPeople, referrals, consents, matches, visits, feedback, supervisions, careReviews, contacts };
}
