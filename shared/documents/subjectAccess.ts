/**
 * A subject access request answered as a readable document: every record held about one
 * volunteer or young person, section by section, dates dd/mm/yyyy, codes in words. Built
 * from the same export as the JSON file, so the two cannot disagree. Other people (the
 * young person a volunteer visited, the volunteer who visited a young person) are not
 * named: their details are theirs, not the requester's. Internal ids never appear.
 */
import type { Block, DocumentContent } from './blocks';
import type { InterchangeDocument, RecordOf } from '../interchange/format';
import type { HistoryEntry } from '../contract/audit';
import { durationText, formatUkDate } from '../dates';
import { pounds } from '../csv';
import { DBS_LEVEL_LABELS, DBS_OUTCOME_LABELS, ENQUIRY_SOURCE_LABELS } from '../volunteers/record';
import { CLOSED_REASON_LABELS, FAMILY_CONTACT_LABELS, LEGAL_STATUS_LABELS, OUTCOME_LABELS, PLACEMENT_LABELS, REFERRED_TO_LABELS, REFERRER_ROLE_LABELS } from '../youngPeople/record';
import { END_REASON_LABELS, FEEDBACK_SOURCE_LABELS, SATISFACTION_LABELS } from '../matching/record';
import { ACTION_STATUS_LABELS, SUPERVISION_KIND_LABELS, SUPERVISION_TEXT_FIELDS, YES_NO_UNSURE_LABELS } from '../supervision/record';
import { CONTACT_KIND_LABELS, FEEDBACK_FROM_LABELS, PROFESSIONAL_FEEDBACK_LABELS } from '../careReviews/record';
import { PUT_OFF_KINDS } from '../today/putOffKinds';

export interface SubjectAccessDetails {
  kind: 'volunteer' | 'young_person';
  document: InterchangeDocument;
  /** Every change to their records, and the safeguarding log's own history of the concerns about them. */
  history: HistoryEntry[];
  safeguardingHistory: HistoryEntry[];
  schemeName: string;
  /** The day it is made (ISO). */
  madeDate: string;
}

type Row = { label: string; value: string };
type Value = string | number | boolean | null | undefined | string[];

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** A value in words, or '' when nothing is recorded (the row is then left out). */
function words(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) return value.join(', ');
  return String(value).trim();
}

const date = (iso: string | null | undefined) => formatUkDate(iso ?? null);
const label = <K extends string>(labels: Record<K, string>, key: K | null | undefined) => (key ? labels[key] : '');
const money = (pence: number | null | undefined) => (pence === null || pence === undefined ? '' : `£${pounds(pence)}`);

/** Label and value pairs with the empty ones left out; nothing at all becomes a plain sentence. */
function fields(rows: [string, Value][], empty = 'Nothing recorded.'): Block {
  const kept: Row[] = rows.map(([l, v]) => ({ label: l, value: words(v) })).filter((r) => r.value !== '');
  return kept.length > 0 ? { type: 'fields', rows: kept } : { type: 'paragraph', text: empty };
}

/** A table under a bold caption, without the columns nothing was recorded in; no rows becomes a plain sentence. */
function table(caption: string, columns: string[], rows: string[][], empty: string, shownCaption?: string): Block[] {
  if (rows.length === 0) return [{ type: 'paragraph', text: empty }];
  const kept = columns.map((_, i) => i).filter((i) => rows.some((r) => r[i] !== ''));
  return [
    ...(shownCaption ? [{ type: 'paragraph', text: shownCaption, strong: true } as Block] : []),
    { type: 'table', caption, columns: kept.map((i) => columns[i]), rows: rows.map((r) => kept.map((i) => r[i])) },
  ];
}

const heading = (text: string): Block => ({ type: 'heading', level: 2, text });

/** A section of repeated records under their own headings, or its title and a plain "none". */
const orNone = (blocks: Block[], title: string, empty: string): Block[] => (blocks.length > 0 ? blocks : [heading(title), { type: 'paragraph', text: empty }]);

function volunteerSections(v: RecordOf<'volunteers'>): Block[] {
  const dbs = v.dbs ?? {};
  return [
    heading('Personal details'),
    fields([
      ['Name', `${v.firstName} ${v.lastName}`],
      ['Date of birth', date(v.dateOfBirth)],
      ['Gender', v.gender],
      ['Email', v.email],
      ['Phone', v.phone],
      ['Address', v.address],
      ['Postcode', v.postcode],
      ['Area', v.area],
      ['Languages', v.languages],
      ['Interests', v.interests],
      ['Availability', v.availability],
      ['Furthest you will travel', v.maxTravelMiles === null || v.maxTravelMiles === undefined ? '' : `${v.maxTravelMiles} miles`],
      ['Preferences', v.preferences],
      ['Young people you have room to visit at once', v.capacity],
    ]),
    heading('Enquiry, application and interview'),
    fields([
      ['Enquiry made', date(v.enquiryDate)],
      ['How you heard about the scheme', label(ENQUIRY_SOURCE_LABELS, v.enquirySource)],
      ['Enquiry answered', date(v.enquiryRespondedDate)],
      ['Application received', date(v.applicationDate)],
      ['Interview', date(v.interviewDate)],
      ['Interview panel', v.interviewPanel],
      ['Interview outcome', v.interviewOutcome === 'proceed' ? 'To go ahead' : v.interviewOutcome === 'not_proceed' ? 'Not to go ahead' : ''],
      ['Interview notes', v.interviewNotes],
    ]),
    heading('References'),
    ...table(
      'References',
      ['Referee', 'Relationship', 'Requested', 'Received', 'Satisfactory'],
      (v.references ?? []).map((r) => [words(r.name), words(r.relationship), date(r.requestedDate), date(r.receivedDate), words(r.satisfactory)]),
      'No references recorded.',
    ),
    heading('DBS check'),
    { type: 'paragraph', text: 'The certificate itself is never kept: only these details of it.' },
    fields(
      [
        ['Certificate number', dbs.certificateNumber],
        ['Issued', date(dbs.issueDate)],
        ['Level', label(DBS_LEVEL_LABELS, dbs.level)],
        ['Outcome', label(DBS_OUTCOME_LABELS, dbs.outcome)],
        ['Checked by', dbs.checkedBy],
        ['Checked on', date(dbs.checkedDate)],
        ['On the DBS Update Service', dbs.updateService],
        ['Update Service status last checked', date(dbs.updateServiceCheckedDate)],
        ['Note about the information disclosed', dbs.disclosureNote],
        ['Decision about the information disclosed', date(dbs.disclosureDecisionDate)],
        ['Note deleted, as the data rules require', date(dbs.disclosureNoteDeletedDate)],
      ],
      'No DBS check recorded.',
    ),
    heading('Training'),
    ...table('Training', ['Module', 'Completed'], (v.training ?? []).map((t) => [t.module, date(t.completedDate) || 'Not yet']), 'No training recorded.'),
    heading('Approval and leaving'),
    fields(
      [
        ['Approved', date(v.approvedDate)],
        ['Withdrew', date(v.withdrawnDate)],
        ['Reason for withdrawing', v.withdrawnReason],
        ['Turned down', date(v.rejectedDate)],
        ['Reason for turning down', v.rejectedReason],
        ['Left', date(v.leftDate)],
        ['Reason for leaving', v.leftReason],
      ],
      'Not approved yet.',
    ),
    heading('Times away from volunteering'),
    ...table(
      'Times away from volunteering',
      ['From', 'To', 'Reason', 'Expected back'],
      (v.inactivePeriods ?? []).map((p) => [date(p.from), date(p.to) || 'Still away', words(p.reason), date(p.expectedReturn)]),
      'None recorded.',
    ),
  ];
}

function youngPersonSections(y: RecordOf<'youngPeople'>, d: InterchangeDocument): Block[] {
  return [
    heading('Personal details'),
    fields([
      ['Name', `${y.firstName} ${y.lastName}`],
      ['Date of birth', date(y.dateOfBirth)],
      ['Gender', y.gender],
      ['Where you live', label(PLACEMENT_LABELS, y.placementType)],
      ['Area', y.area],
      ['Postcode', y.postcode],
      ['Local authority', y.localAuthority],
      ['Social worker', y.socialWorker],
      ['Independent Reviewing Officer', y.iro],
      ['Interests', y.interests],
      ['Languages', y.languages],
      ['Contact with family', label(FAMILY_CONTACT_LABELS, y.familyContact)],
      ['Preferences', y.preferences],
      ['Notes', y.notes],
      ['Looked after since', date(y.lookedAfterDate)],
      ['Legal status', label(LEGAL_STATUS_LABELS, y.legalStatus)],
      ['Placement and carer contact', y.placementContact],
      ['Council case reference', y.caseReference],
      ['School or college', y.school],
      ['Next care review', date(y.nextReviewDate)],
    ]),
    ...orNone(
      (d.referrals ?? []).flatMap((r) => [
        heading(`Referral on ${date(r.date)}`),
        fields([
            ['Referred on', date(r.date)],
            ['Referred by', [r.referrerName, label(REFERRER_ROLE_LABELS, r.referrerRole)].filter(Boolean).join(', ')],
            ['Reason', r.reason],
            ['Outcome', OUTCOME_LABELS[r.outcome]],
            ['Outcome decided', date(r.outcomeDate)],
            ['Closed', date(r.closedDate)],
          ['Why it closed', r.closedReason ? (CLOSED_REASON_LABELS[r.closedReason] ?? r.closedReason) : ''],
        ]),
      ]),
      'Referrals',
      'No referrals recorded.',
    ),
    heading('Confidentiality agreements'),
    ...table(
      'Confidentiality agreements',
      ['Signed', 'Form version', 'Explained by', 'Complaints procedure explained', 'Withdrawn'],
      (d.consents ?? []).map((c) => [date(c.signedDate), c.formVersion, c.explainedBy, words(c.complaintsProcedureExplained), date(c.withdrawnDate)]),
      'No confidentiality agreement recorded.',
    ),
  ];
}

/** One match with its visits, contacts and feedback; the other person is not named. */
function matchBlocks(m: RecordOf<'matches'>, n: number, d: InterchangeDocument, otherPerson: string): Block[] {
  const of = <T extends { matchId: string }>(list: T[] | undefined) => (list ?? []).filter((x) => x.matchId === m.id);
  return [
    heading(`Match ${n}: ${otherPerson}, proposed on ${date(m.proposedDate)}`),
    fields([
      ['Proposed', date(m.proposedDate)],
      ['Introduction meeting', date(m.startDate)],
      ['Ended', date(m.endDate)],
      ['Why it ended', label(END_REASON_LABELS, m.endReason)],
      ['A planned ending', m.plannedEnding],
      ['A positive ending held', m.positiveEndingHeld],
      ['A new match wanted', m.rematchWanted],
    ]),
    ...table(
      `Visits, match ${n}`,
      ['Date', 'Activity', 'Length', 'Activity cost', 'Miles', 'Transport cost', 'Notes'],
      of(d.visits).map((v) => [date(v.date), words(v.activity), durationText(v.durationMinutes), money(v.activityCostPence), words(v.miles), money(v.transportCostPence), words(v.notes)]),
      'No visits recorded.',
      'Visits',
    ),
    ...table(
      `Contacts between visits, match ${n}`,
      ['Date', 'Kind', 'With', 'Note'],
      of(d.contacts).map((c) => [date(c.date), CONTACT_KIND_LABELS[c.kind], words(c.withWhom), words(c.note)]),
      'No contacts between visits recorded.',
      'Contacts between visits',
    ),
    ...table(
      `Feedback, match ${n}`,
      ['Date', 'From', 'Satisfaction', 'Benefited', 'Comments'],
      of(d.feedback).map((f) => [date(f.date), label(FEEDBACK_SOURCE_LABELS, f.source), label(SATISFACTION_LABELS, f.satisfaction), words(f.benefited), words(f.comments)]),
      'No feedback recorded.',
      'Feedback',
    ),
  ];
}

function supervisionBlocks(s: RecordOf<'supervisions'>): Block[] {
  const text = SUPERVISION_TEXT_FIELDS.map(([key, l]) => [l, s[key]] as [string, Value]);
  return [
    heading(`Supervision on ${date(s.date)}`),
    fields([
      ['Kind', label(SUPERVISION_KIND_LABELS, s.kind)],
      ['Matches discussed', (s.matchesDiscussed ?? []).length || ''],
      ...text,
      ['Can you identify positive impact?', label(YES_NO_UNSURE_LABELS, s.positiveImpact)],
      ['Are you enjoying being an IV?', label(YES_NO_UNSURE_LABELS, s.enjoying)],
      ['Actions recorded before', s.actions],
      ['Next supervision due', date(s.nextDueDate)],
    ]),
    ...((s.actionItems ?? []).length > 0 ? table(`Actions agreed on ${date(s.date)}`, ['Action', 'Who', 'By when', 'Status'], (s.actionItems ?? []).map((a) => [a.action, words(a.who), date(a.byWhen), label(ACTION_STATUS_LABELS, a.status)]), '', 'Actions agreed') : []),
  ];
}

function careReviewBlocks(d: InterchangeDocument): Block[] {
  const reviews = (d.careReviews ?? []).flatMap((r) => [
    heading(`Care review on ${date(r.date)}`),
    fields([
      ['Your Independent Visitor attended', r.ivAttended],
      ['The coordinator attended', r.coordinatorAttended],
      ['Feedback from professionals', label(PROFESSIONAL_FEEDBACK_LABELS, r.professionalFeedback)],
      ['Feedback from', label(FEEDBACK_FROM_LABELS, r.feedbackFrom)],
      ['Objectives', r.objectives],
      ['Progress', r.progress],
      ['Notes', r.notes],
      ['Next review', date(r.nextReviewDate)],
    ]),
  ]);
  const updates = (d.careReviewUpdates ?? []).flatMap((u) => [
    heading(`Update prepared for the care review on ${date(u.reviewDate)}`),
    fields([
      ['Prepared', date(u.preparedDate)],
      ['Sent', date(u.sentDate)],
      ['Your views', u.youngPersonViews],
      ['You agreed to share your views', u.viewsAgreed],
      ['Objectives', u.objectives],
      ['Progress', u.progress],
      ['Your Independent Visitor will attend', u.ivWillAttend],
      ["The coordinator's comments", u.coordinatorComments],
    ]),
  ]);
  return orNone([...reviews, ...updates], 'Care reviews', 'No care reviews recorded.');
}

function safeguardingBlocks(d: InterchangeDocument): Block[] {
  const concerns = d.safeguardingConcerns ?? [];
  return orNone(
    concerns.flatMap((c) => [
      heading(`Safeguarding log entry on ${date(c.date)}`),
      fields([
        ['What was recorded', c.summary],
            ['Passed to', label(REFERRED_TO_LABELS, c.referredTo)],
            ['Passed on', date(c.referredDate)],
            ['Outcome', c.outcome],
        ['Closed', date(c.closedDate)],
      ]),
    ]),
    'Safeguarding log',
    'No safeguarding concerns recorded.',
  );
}

/** Reminders on Today snoozed or dismissed about the person or one of their matches, with the reasons given. */
function todayDecisionBlocks(d: InterchangeDocument): Block[] {
  const matchNumber = new Map((d.matches ?? []).map((m, i) => [m.id, i + 1]));
  const about = (x: RecordOf<'todayDecisions'>) =>
    [x.matchId ? `Match ${matchNumber.get(x.matchId)}` : 'Your record', x.reference ? `reference ${x.reference}` : '', x.reviewDate ? `the care review on ${date(x.reviewDate)}` : ''].filter(Boolean).join(', ');
  return [
    heading('Reminders put off on Today'),
    ...table(
      'Reminders put off on Today',
      ['Reminder', 'About', 'Decision', 'Reason', 'Decided on'],
      (d.todayDecisions ?? []).map((x) => [PUT_OFF_KINDS[x.item].label, about(x), x.action === 'snoozed' ? `Snoozed until ${date(x.untilDate)}` : 'Dismissed as not needed', x.reason, date(x.decidedAt.slice(0, 10))]),
      'No reminders put off.',
    ),
  ];
}

/** The audit trail's entries as a table; the record is named by its kind only, as its name could be someone else's. */
function historyBlocks(title: string, entries: HistoryEntry[], empty: string): Block[] {
  const change = (c: HistoryEntry['changes'][number]) => (!c.before ? `${c.label}: ${c.after}` : !c.after ? `${c.label}: ${c.before}, removed` : `${c.label}: ${c.before}, changed to ${c.after}`);
  const changes = (e: HistoryEntry) => [...e.changes.map(change), ...(e.note ? [e.note] : [])].join('\n');
  return [heading(title), ...table(title, ['When', 'By', 'What', 'Changes'], entries.map((e) => [e.when, words(e.actor), `${e.actionLabel}: ${e.recordLabel}`, changes(e)]), empty)];
}

export function subjectAccessContent(details: SubjectAccessDetails): DocumentContent {
  const d = details.document;
  const person = details.kind === 'volunteer' ? d.volunteers?.[0] : d.youngPeople?.[0];
  if (!person) throw new Error('The export holds no person');
  const name = `${person.firstName} ${person.lastName}`;
  const matches = d.matches ?? [];
  const otherPerson = details.kind === 'volunteer' ? 'a young person' : 'an Independent Visitor';
  const matchSections = orNone(
    matches.flatMap((m, i) => matchBlocks(m, i + 1, d, otherPerson)),
    'Matches',
    'No matches recorded.',
  );
  const own: Block[] =
    details.kind === 'volunteer'
      ? [...volunteerSections(d.volunteers![0]), ...matchSections, ...orNone((d.supervisions ?? []).flatMap(supervisionBlocks), 'Supervisions', 'No supervisions recorded.')]
      : [...youngPersonSections(d.youngPeople![0], d), ...matchSections, ...careReviewBlocks(d)];
  return {
    title: `Information held about ${name}`,
    schemeName: details.schemeName,
    blocks: [
      { type: 'heading', level: 1, text: `Information held about ${name}` },
      {
        type: 'paragraph',
        text: `This document sets out every record ${details.schemeName} holds about ${name} in IV Desk on ${date(details.madeDate)}, in answer to a request for the information held about them. Other people are not named.`,
      },
      ...own,
      ...todayDecisionBlocks(d),
      ...safeguardingBlocks(d),
      ...historyBlocks('History of changes to these records', details.history, 'No changes recorded.'),
      ...(details.safeguardingHistory.length > 0 ? historyBlocks('History of the safeguarding log entries', details.safeguardingHistory, '') : []),
    ],
  };
}
