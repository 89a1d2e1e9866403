/**
 * Every figure of domain.md with its name and a plain-English definition, in the order
 * the Reports screen and the exports show them. The definitions are the coordinator's
 * answer to "what does this count?", so they follow domain.md's metric definitions.
 */
import type { Figures } from '../figures';

export type Unit = 'count' | 'percent' | 'weeks' | 'pence' | 'decimal';

/** A number and how to show it; null where there is nothing to divide by or no data. */
export interface NumberCell {
  n: number | null;
  unit: Unit;
}

export interface FigureRow {
  label: string;
  value: NumberCell;
  definition: string;
}

export interface FigureGroup {
  id: string;
  title: string;
  rows: FigureRow[];
}

export const count = (n: number): NumberCell => ({ n, unit: 'count' });
const pct = (n: number | null): NumberCell => ({ n, unit: 'percent' });
const weeks = (n: number | null): NumberCell => ({ n, unit: 'weeks' });
const pence = (n: number | null): NumberCell => ({ n, unit: 'pence' });

export function figureGroups(f: Figures): FigureGroup[] {
  return [
    {
      id: 'referrals',
      title: 'Referrals and waiting',
      rows: [
        { label: 'Referrals received', value: count(f.referralsReceived), definition: 'Referrals with a referral date in the period.' },
        {
          label: 'Referrals declined or disengaged',
          value: count(f.referralsDeclinedOrDisengaged),
          definition: 'Referrals the young person declined, with the decision dated in the period, and referrals closed in the period because the young person disengaged.',
        },
        {
          label: 'Young people waiting at the end of the period',
          value: count(f.waitingAtEnd.total),
          definition:
            "Young people referred by the period's last day, accepted or awaiting a decision, not closed, and with no match running that day: either never matched yet, or their last match has ended and a new one is wanted.",
        },
        { label: 'of whom being matched', value: count(f.waitingAtEnd.beingMatched), definition: 'Waiting young people with a volunteer proposed whose match has not started or ended.' },
        { label: 'of whom awaiting a suitable Independent Visitor', value: count(f.waitingAtEnd.awaitingIV), definition: 'Waiting young people with no volunteer proposed yet.' },
        {
          label: 'Mean wait from referral to match',
          value: weeks(f.waitingWeeksMean),
          definition: "From the referral date to the start of the young person's first match, averaged over first matches that started in the period. In weeks (days divided by 7).",
        },
        { label: 'Median wait from referral to match', value: weeks(f.waitingWeeksMedian), definition: 'The middle wait of the same first matches: half waited less, half longer.' },
      ],
    },
    {
      id: 'matches',
      title: 'Matches',
      rows: [
        { label: 'Matches made', value: count(f.matchesMade), definition: 'Matches that started (the introduction meeting) in the period. A rematch counts as a new match.' },
        { label: 'Matches ended', value: count(f.matchesConcluded), definition: 'Matches that had started and ended in the period, for any reason.' },
        { label: 'Active matches at the end of the period', value: count(f.activeMatchesAtEnd), definition: "Matches started on or before the period's last day and not ended by it." },
        { label: 'Care review meetings attended', value: count(f.careReviewsAttended), definition: 'Care review (CLA review) meetings in the period that the Independent Visitor or the coordinator attended.' },
        { label: 'Supervisions held', value: count(f.supervisionsHeld), definition: "Volunteers' supervision sessions dated in the period." },
      ],
    },
    {
      id: 'volunteers',
      title: 'Volunteers',
      rows: [
        { label: 'Enquiries', value: count(f.enquiries), definition: 'Expressions of interest with an enquiry date in the period.' },
        { label: 'Applications', value: count(f.applications), definition: 'Application forms received in the period.' },
        { label: 'Volunteers recruited (approved)', value: count(f.volunteersRecruited), definition: 'Volunteers approved in the period.' },
        { label: 'Active volunteers at the end of the period', value: count(f.volunteersActiveAtEnd), definition: "Approved volunteers who had not left and were not taking a break on the period's last day." },
        { label: 'Inactive volunteers at the end of the period', value: count(f.volunteersInactiveAtEnd), definition: "Approved volunteers who had not left but were taking a break (an inactive spell) on the period's last day." },
        { label: 'Volunteers who left', value: count(f.volunteersLeft), definition: 'Approved volunteers whose leaving date is in the period.' },
        { label: 'Volunteers approved since the scheme began', value: count(f.volunteersEverApproved), definition: "Every volunteer approved on or before the period's last day, including those who have since left." },
      ],
    },
    {
      id: 'satisfaction',
      title: 'Satisfaction',
      rows: [
        {
          label: 'Young people satisfied',
          value: pct(f.satisfaction.youngPeoplePct),
          definition: "Of the young people's feedback in the period that gives a satisfaction answer, the share very satisfied or satisfied.",
        },
        { label: 'Professionals positive at care reviews', value: pct(f.satisfaction.professionalsPct), definition: "Of care reviews in the period with the professionals' feedback recorded, the share positive." },
        {
          label: 'Volunteers who could see positive impact',
          value: pct(f.satisfaction.volunteersImpactPct),
          definition: 'Of supervisions in the period where "can you identify positive impact?" was answered, the share answering yes.',
        },
        { label: 'Volunteers enjoying being an Independent Visitor', value: pct(f.satisfaction.volunteersEnjoyingPct), definition: 'Of supervisions in the period where "are you enjoying being an IV?" was answered, the share answering yes.' },
      ],
    },
    {
      id: 'costs',
      title: 'Costs',
      rows: [
        { label: 'Visits', value: count(f.costs.visits), definition: 'Visits dated in the period.' },
        { label: 'Activity costs', value: pence(f.costs.activityPence), definition: 'The activity costs of the visits in the period, added up.' },
        { label: 'Transport costs', value: pence(f.costs.transportPence), definition: 'The transport (mileage) costs of the visits in the period, added up.' },
        { label: 'Mean activity cost per visit', value: pence(f.costs.meanActivityPence), definition: 'Activity costs divided by the number of visits, to the nearest penny.' },
        { label: 'Mean transport cost per visit', value: pence(f.costs.meanTransportPence), definition: 'Transport costs divided by the number of visits, to the nearest penny.' },
      ],
    },
    {
      id: 'children-in-care',
      title: 'Children in care',
      rows: [
        { label: "Children in care (the council's count)", value: { n: f.childrenInCare.count, unit: 'count' }, definition: "The council's number of looked-after children, as entered in Settings." },
        {
          label: 'Children in care matched at any time in the period',
          value: pct(f.childrenInCare.matchedDuringPeriodPct),
          definition: "Young people with a match active on at least one day of the period, as a share of the council's count.",
        },
        { label: 'Children in care matched at the end of the period', value: pct(f.childrenInCare.matchedAtEndPct), definition: "Matches active on the period's last day, as a share of the council's count." },
      ],
    },
  ];
}
