/**
 * The coordinator's update for a young person's care review: what happened since the last
 * review, in plain words. Never any cost, and never safeguarding content (shared separately).
 */
import type { Block, DocumentContent } from './blocks';
import type { CareReviewUpdate } from '../contract/careReviews';
import { CONTACT_KIND_LABELS } from '../careReviews/record';
import { ageOn, durationText, formatUkDate } from '../dates';
import { plural } from '../words';

export type CareReviewUpdateDetails = Omit<CareReviewUpdate, 'content'> & {
  schemeName: string;
  /** The day it is printed (ISO). */
  printedDate: string;
  /** A gap between visits longer than this many weeks is listed. */
  visitOverdueWeeks: number;
};

export const SAFEGUARDING_NEVER_INCLUDED = 'Safeguarding concerns are never included in this update: any concern is shared separately through the safeguarding procedure.';

function weeksAndDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  return rest ? `${plural(weeks, 'week', 'weeks')} and ${plural(rest, 'day', 'days')}` : plural(weeks, 'week', 'weeks');
}

function viewsBlock(d: CareReviewUpdateDetails): Block {
  const views = d.draft?.youngPersonViews?.trim();
  if (views && d.draft?.viewsAgreed) return { type: 'paragraph', text: views };
  if (views) return { type: 'paragraph', text: 'The young person has not agreed to share their views, so they are not included here.' };
  return { type: 'paragraph', text: 'No views recorded for this update.' };
}

const section = (title: string, text: string | null | undefined, empty: string): Block[] => [
  { type: 'heading', level: 2, text: title },
  { type: 'paragraph', text: text?.trim() || empty },
];

export function careReviewUpdateContent(d: CareReviewUpdateDetails): DocumentContent {
  const since = d.window.basis === 'previous_review' ? 'since the previous review' : 'since the match began';
  const ivs = d.matches.map((m) => (m.endDate ? `${m.volunteerName}, ${formatUkDate(m.startDate)} to ${formatUkDate(m.endDate)}` : `${m.volunteerName}, since ${formatUkDate(m.startDate)}`));
  const severalIvs = new Set(d.visits.map((v) => v.volunteerName)).size > 1;
  const longGaps = d.gaps.filter((g) => g.days > d.visitOverdueWeeks * 7);
  const attend = d.draft?.ivWillAttend;
  const dates = [
    ...(d.draft ? [{ label: 'Prepared', value: formatUkDate(d.draft.preparedDate) }] : []),
    ...(d.draft?.sentDate ? [{ label: 'Sent', value: formatUkDate(d.draft.sentDate) }] : []),
    { label: 'Printed', value: formatUkDate(d.printedDate) },
  ];

  return {
    title: `Care-review update for ${d.youngPersonName}`,
    schemeName: d.schemeName,
    blocks: [
      { type: 'heading', level: 1, text: 'Care-review update' },
      { type: 'paragraph', text: `For the care review on ${formatUkDate(d.reviewDate)}, covering ${formatUkDate(d.window.from)} to ${formatUkDate(d.window.to)} (${since}).` },
      {
        type: 'fields',
        rows: [
          { label: 'Young person', value: d.youngPersonName },
          { label: 'Date of birth', value: formatUkDate(d.dateOfBirth) },
          { label: 'Age', value: `${ageOn(d.dateOfBirth, d.reviewDate)} on the day of the review` },
          { label: ivs.length > 1 ? 'Independent Visitors' : 'Independent Visitor', value: ivs.length > 0 ? ivs.join('\n') : 'None in this time' },
          { label: 'Visits in this time', value: String(d.visits.length) },
          { label: 'Contacts between visits', value: String(d.contacts.length) },
        ],
      },
      { type: 'heading', level: 2, text: 'Visits' },
      d.visits.length > 0
        ? {
            type: 'table',
            caption: 'Visits in this time',
            columns: ['Date', 'Activity', 'Duration', ...(severalIvs ? ['Independent Visitor'] : [])],
            rows: d.visits.map((v) => [formatUkDate(v.date), v.activity ?? '', durationText(v.durationMinutes), ...(severalIvs ? [v.volunteerName] : [])]),
          }
        : { type: 'paragraph', text: 'No visits in this time.' },
      { type: 'heading', level: 2, text: 'Gaps between visits' },
      longGaps.length > 0
        ? { type: 'bullets', items: longGaps.map((g) => `${formatUkDate(g.from)} to ${formatUkDate(g.to)}: ${weeksAndDays(g.days)}`) }
        : { type: 'paragraph', text: `No gap longer than ${plural(d.visitOverdueWeeks, 'week', 'weeks')}.` },
      { type: 'heading', level: 2, text: 'Contacts between visits' },
      d.contacts.length > 0
        ? {
            type: 'table',
            caption: 'Contacts between visits',
            columns: ['Date', 'Kind', 'With', 'Note'],
            rows: d.contacts.map((c) => [formatUkDate(c.date), CONTACT_KIND_LABELS[c.kind], c.withWhom ?? '', c.note ?? '']),
          }
        : { type: 'paragraph', text: 'No contacts recorded between visits.' },
      { type: 'heading', level: 2, text: "The young person's views" },
      viewsBlock(d),
      ...section('Objectives from the last review', d.previousReview?.objectives || d.draft?.objectives, 'None recorded.'),
      ...section('Progress', d.draft?.progress, 'None recorded.'),
      ...section('Will the Independent Visitor attend?', attend === true ? 'Yes' : attend === false ? 'No' : 'Not yet known', ''),
      ...section("Coordinator's comments", d.draft?.coordinatorComments, 'None.'),
      { type: 'paragraph', strong: true, text: SAFEGUARDING_NEVER_INCLUDED },
      { type: 'fields', rows: dates },
    ],
  };
}
