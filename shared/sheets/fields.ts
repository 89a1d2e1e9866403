/**
 * What a spreadsheet can bring in, kind by kind: each field's interchange path, its label,
 * how its cells are read, and the headers that name it (the documented list in the README
 * is generated from this one, by recognisedHeaders in ./headers).
 *
 * A volunteer's row can also bring up to two references and the training the scheme
 * requires: the references' fields are fixed ("Ref 1 date"), and a training field is made
 * for each module in the scheme's recruitment settings (sheetFields below).
 */
import { ENQUIRY_SOURCE_LABELS, DBS_LEVEL_LABELS, DBS_OUTCOME_LABELS } from '../volunteers/record';
import { PLACEMENT_LABELS, LEGAL_STATUS_LABELS, FAMILY_CONTACT_LABELS, REFERRER_ROLE_LABELS, OUTCOME_LABELS } from '../youngPeople/record';
import { END_REASON_LABELS } from '../matching/record';
import { YES_NO_UNSURE_LABELS, SUPERVISION_KIND_LABELS } from '../supervision/record';
import { PROFESSIONAL_FEEDBACK_LABELS, FEEDBACK_FROM_LABELS } from '../careReviews/record';
import { foldCompact } from '../search';

export const SHEET_KINDS = ['volunteers', 'young-people', 'matches', 'visits', 'supervisions', 'care-reviews'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export const SHEET_KIND_LABELS: Record<SheetKind, string> = {
  volunteers: 'Volunteers',
  'young-people': 'Young people (with a referral on the row, if there is one)',
  matches: 'Matches',
  visits: 'Visits',
  supervisions: 'Supervisions',
  'care-reviews': 'Care reviews',
};

/**
 * How a cell is read: text as it is; a date; yes or no; one of a list of choices; a
 * number; money in pounds (stored as pence); a list split at commas or semicolons; a
 * duration; or a reference to an existing person by name or id.
 */
export type FieldType = 'text' | 'date' | 'yesno' | 'choice' | 'number' | 'money' | 'list' | 'duration' | 'volunteer' | 'youngPerson';

export interface SheetField {
  /** The interchange field, dotted for a nested one ("dbs.issueDate"); "referral." fields make the row's referral. */
  key: string;
  label: string;
  type: FieldType;
  /** The stored values and the app's own labels for them, which always map. */
  choices?: Readonly<Record<string, string>>;
  /** Whole headers that name the field. */
  synonyms: readonly string[];
  required?: boolean;
}

const f = (key: string, label: string, type: FieldType, synonyms: string[], extra: Partial<SheetField> = {}): SheetField => ({ key, label, type, synonyms, ...extra });

const NAMES = {
  first: ['First name', 'Forename', 'Forenames', 'Given name', 'Christian name', 'First'],
  last: ['Surname', 'Last name', 'Family name', 'Second name', 'Last'],
  dob: ['Date of birth', 'DOB', 'D.O.B.', 'Birth date', 'Birthday', 'Born'],
};
const VOLUNTEER_REF = ['Volunteer', 'Volunteer name', 'IV', 'IV name', 'Independent visitor', 'Volunteer ID', 'Visitor'];
const YOUNG_PERSON_REF = ['Young person', 'Young person name', 'Child', 'Child name', 'Young person ID', 'Child ID', 'YP', 'YP name', 'Name of young person'];

/** Reference 1 or 2: who gave it, when it was asked for and came back, and whether it was satisfactory. */
function referenceFields(n: 1 | 2): SheetField[] {
  const ordinal = n === 1 ? 'First' : 'Second';
  const of = (...words: string[]) => words.flatMap((w) => [`Reference ${n} ${w}`, `Ref ${n} ${w}`]);
  return [
    f(`reference${n}.name`, `Reference ${n}: referee`, 'text', [`Referee ${n}`, `Referee ${n} name`, ...of('name', 'from'), `${ordinal} referee`]),
    f(`reference${n}.requestedDate`, `Reference ${n} requested`, 'date', [...of('requested', 'sent', 'asked'), `Date reference ${n} requested`]),
    f(`reference${n}.receivedDate`, `Reference ${n} received`, 'date', [...of('received', 'date', 'returned', 'back'), `Date reference ${n} received`]),
    f(`reference${n}.satisfactory`, `Reference ${n} satisfactory`, 'yesno', of('satisfactory', 'OK', 'suitable')),
  ];
}

/**
 * The references and training a volunteer's row can bring: each reference's own columns;
 * "References OK", which marks each reference on the row that has no column of its own
 * saying so; and "Training completed", the date of every module the row gives no date of
 * its own for.
 */
const RECRUITMENT_CHECK_FIELDS: SheetField[] = [
  ...referenceFields(1),
  ...referenceFields(2),
  f('referencesSatisfactory', 'References satisfactory (each on the row)', 'yesno', ['References OK', 'Refs OK', 'References satisfactory', 'References suitable', 'References acceptable']),
  f('trainingCompleted', 'Training completed (every module)', 'date', ['Training completed', 'Training complete', 'Training completed date', 'Date training completed', 'Training date', 'Training finished', 'Trained']),
];

/** The field key of a training module's completion date. */
export const TRAINING_PREFIX = 'training.';

export const SHEET_FIELDS: Record<SheetKind, readonly SheetField[]> = {
  volunteers: [
    f('firstName', 'First name', 'text', NAMES.first, { required: true }),
    f('lastName', 'Last name', 'text', NAMES.last, { required: true }),
    f('dateOfBirth', 'Date of birth', 'date', NAMES.dob),
    f('gender', 'Gender', 'text', ['Gender', 'Sex']),
    f('email', 'Email', 'text', ['Email', 'E-mail', 'Email address', 'E-mail address', 'Mail']),
    f('phone', 'Phone', 'text', ['Phone', 'Tel', 'Tel.', 'Telephone', 'Mobile', 'Mobile number', 'Phone number', 'Contact number', 'Tel no']),
    f('address', 'Address', 'text', ['Address', 'Home address', 'Street address']),
    f('postcode', 'Postcode', 'text', ['Postcode', 'Post code', 'Postal code', 'Zip']),
    f('area', 'Area', 'text', ['Area', 'Locality', 'Town', 'District']),
    f('languages', 'Languages', 'list', ['Languages', 'Language', 'Languages spoken']),
    f('interests', 'Interests', 'list', ['Interests', 'Hobbies', 'Hobbies and interests']),
    f('availability', 'Availability', 'text', ['Availability', 'Available']),
    f('maxTravelMiles', 'Furthest they will travel (miles)', 'number', ['Max travel', 'Travel miles', 'Miles willing to travel', 'Max miles']),
    f('enquiryDate', 'Enquiry date', 'date', ['Enquiry date', 'Date of enquiry', 'Enquiry received', 'Enquired', 'Date enquired', 'First contact', 'Enquiry'], { required: true }),
    f('enquirySource', 'How they heard about us', 'choice', ['Source', 'How did you hear about us', 'How heard', 'Heard about us', 'Enquiry source', 'Where heard', 'Referral source'], { choices: ENQUIRY_SOURCE_LABELS }),
    f('applicationDate', 'Application date', 'date', ['Application date', 'Form received', 'Application received', 'Date of application', 'Applied', 'Application form received']),
    f('interviewDate', 'Interview date', 'date', ['Interview date', 'Date of interview', 'Interviewed']),
    f('interviewOutcome', 'Interview outcome', 'choice', ['Interview outcome', 'Interview result'], { choices: { proceed: 'Proceed', not_proceed: 'Do not proceed' } }),
    f('dbs.certificateNumber', 'DBS certificate number', 'text', ['DBS no.', 'DBS number', 'DBS certificate', 'DBS certificate number', 'DBS cert no', 'Disclosure number', 'Certificate number']),
    f('dbs.issueDate', 'DBS issue date', 'date', ['DBS issue date', 'DBS date', 'DBS issued', 'Date of DBS', 'DBS certificate date']),
    f('dbs.level', 'DBS level', 'choice', ['DBS level', 'DBS type', 'Level of DBS'], { choices: DBS_LEVEL_LABELS }),
    f('dbs.outcome', 'DBS outcome', 'choice', ['DBS outcome', 'DBS result'], { choices: DBS_OUTCOME_LABELS }),
    f('dbs.checkedBy', 'DBS checked by', 'text', ['DBS checked by', 'Checked by']),
    f('dbs.checkedDate', 'DBS checked on', 'date', ['DBS checked date', 'DBS checked on', 'Date DBS checked']),
    f('dbs.updateService', 'On the DBS Update Service', 'yesno', ['Update service', 'DBS update service', 'On update service']),
    f('approvedDate', 'Approved', 'date', ['Approved', 'Approved date', 'Date approved', 'Approval date']),
    f('withdrawnDate', 'Withdrew', 'date', ['Withdrawn', 'Withdrawn date', 'Date withdrawn']),
    f('withdrawnReason', 'Why they withdrew', 'text', ['Withdrawn reason', 'Reason withdrawn', 'Why withdrawn']),
    f('leftDate', 'Left the scheme', 'date', ['Left', 'Left date', 'Date left', 'Leaving date', 'End date']),
    f('leftReason', 'Why they left', 'text', ['Reason left', 'Leaving reason', 'Why left', 'Left reason']),
    ...RECRUITMENT_CHECK_FIELDS,
  ],
  'young-people': [
    f('firstName', 'First name', 'text', NAMES.first, { required: true }),
    f('lastName', 'Last name', 'text', NAMES.last, { required: true }),
    f('dateOfBirth', 'Date of birth', 'date', NAMES.dob, { required: true }),
    f('gender', 'Gender', 'text', ['Gender', 'Sex']),
    f('placementType', 'Placement', 'choice', ['Placement', 'Placement type', 'Type of placement', 'Care setting'], { choices: PLACEMENT_LABELS }),
    f('area', 'Area', 'text', ['Area', 'Locality', 'Town', 'District']),
    f('postcode', 'Postcode', 'text', ['Postcode', 'Post code', 'Postal code']),
    f('localAuthority', 'Local authority', 'text', ['Local authority', 'LA', 'Council', 'Placing authority', 'Responsible authority']),
    f('socialWorker', 'Social worker', 'text', ['Social worker', 'SW', 'Allocated social worker', 'Social worker name']),
    f('iro', 'Independent Reviewing Officer', 'text', ['IRO', 'Independent Reviewing Officer', 'Reviewing officer']),
    f('interests', 'Interests', 'list', ['Interests', 'Hobbies', 'Likes']),
    f('languages', 'Languages', 'list', ['Languages', 'Language', 'First language']),
    f('familyContact', 'Contact with family', 'choice', ['Family contact', 'Contact with family'], { choices: FAMILY_CONTACT_LABELS }),
    f('legalStatus', 'Legal status', 'choice', ['Legal status', 'Care status', 'Order'], { choices: LEGAL_STATUS_LABELS }),
    f('caseReference', 'Case reference', 'text', ['Case reference', 'Case ref', 'Case number', 'LCS number', 'Mosaic number', 'Child ID number']),
    f('school', 'School', 'text', ['School', 'School or college', 'Education']),
    f('placementContact', 'Placement contact', 'text', ['Placement contact', 'Carer', 'Foster carer', 'Carer name']),
    f('preferences', 'Wishes about their visitor', 'text', ['Preferences', 'Wishes', 'Wishes about IV', 'Matching preferences']),
    f('notes', 'Notes', 'text', ['Notes', 'Comments', 'Other information']),
    f('lookedAfterDate', 'Looked after since', 'date', ['Looked after since', 'Date came into care', 'Came into care', 'In care since']),
    f('referral.date', 'Referral date', 'date', ['Referral date', 'Date of referral', 'Referred', 'Date referred', 'Referral received']),
    f('referral.referrerName', 'Referred by', 'text', ['Referrer', 'Referred by', 'Referrer name']),
    f('referral.referrerRole', "Referrer's role", 'choice', ['Referrer role', "Referrer's role", 'Role of referrer'], { choices: REFERRER_ROLE_LABELS }),
    f('referral.reason', 'Reason for referral', 'text', ['Reason for referral', 'Referral reason', 'Why referred']),
    f('referral.outcome', 'Referral outcome', 'choice', ['Referral outcome', 'Outcome', 'Referral status', 'Status'], { choices: OUTCOME_LABELS }),
    f('referral.outcomeDate', 'Referral outcome date', 'date', ['Outcome date', 'Referral outcome date', 'Date of outcome', 'Decision date']),
  ],
  matches: [
    f('volunteer', 'Volunteer (name or id)', 'volunteer', VOLUNTEER_REF, { required: true }),
    f('youngPerson', 'Young person (name or id)', 'youngPerson', YOUNG_PERSON_REF, { required: true }),
    f('proposedDate', 'Proposed', 'date', ['Proposed', 'Proposed date', 'Date proposed', 'Match date', 'Date matched', 'Matched'], { required: true }),
    f('startDate', 'Introduction meeting', 'date', ['Start date', 'Started', 'Introduction', 'Introduction date', 'Intro meeting', 'First meeting', 'Date of introduction']),
    f('endDate', 'Ended', 'date', ['End date', 'Ended', 'Date ended', 'Match ended', 'Closed']),
    f('endReason', 'Why it ended', 'choice', ['End reason', 'Reason ended', 'Why ended', 'Ending reason'], { choices: END_REASON_LABELS }),
    f('plannedEnding', 'Planned ending', 'yesno', ['Planned ending', 'Planned end']),
    f('positiveEndingHeld', 'Positive ending held', 'yesno', ['Positive ending', 'Positive ending held', 'Ending session']),
    f('rematchWanted', 'Rematch wanted', 'yesno', ['Rematch', 'Rematch wanted', 'Wants rematch']),
  ],
  visits: [
    f('volunteer', 'Volunteer (name or id)', 'volunteer', VOLUNTEER_REF, { required: true }),
    f('youngPerson', 'Young person (name or id)', 'youngPerson', YOUNG_PERSON_REF, { required: true }),
    f('date', 'Date of the visit', 'date', ['Date', 'Visit date', 'Date of visit', 'Visited'], { required: true }),
    f('activity', 'Activity', 'text', ['Activity', 'What we did', 'Activities', 'Visit activity']),
    f('durationMinutes', 'How long', 'duration', ['Duration', 'How long', 'Length', 'Hours', 'Time spent', 'Minutes']),
    f('activityCostPence', 'Activity cost (£)', 'money', ['Cost', 'Activity cost', 'Spend', 'Expenses', 'Amount', 'Activity expenses']),
    f('miles', 'Miles', 'number', ['Miles', 'Mileage', 'Miles travelled', 'Distance']),
    f('transportCostPence', 'Travel cost (£)', 'money', ['Travel cost', 'Transport cost', 'Bus fare', 'Fares', 'Travel expenses', 'Mileage claim']),
    f('notes', 'Notes', 'text', ['Notes', 'Comments', 'Visit notes']),
  ],
  supervisions: [
    f('volunteer', 'Volunteer (name or id)', 'volunteer', VOLUNTEER_REF, { required: true }),
    f('date', 'Date of the supervision', 'date', ['Date', 'Supervision date', 'Date of supervision', 'Supervised'], { required: true }),
    f('kind', 'Kind', 'choice', ['Type', 'Kind', 'Supervision type', 'Method'], { choices: SUPERVISION_KIND_LABELS }),
    f('positiveImpact', 'Positive impact', 'choice', ['Positive impact', 'Making a difference', 'Impact'], { choices: YES_NO_UNSURE_LABELS }),
    f('enjoying', 'Enjoying it', 'choice', ['Enjoying', 'Enjoying it', 'Enjoying the role'], { choices: YES_NO_UNSURE_LABELS }),
    f('topics', 'Topics', 'text', ['Topics', 'Discussed', 'Topics discussed', 'Notes', 'Discussion']),
    f('concerns', 'Concerns', 'text', ['Concerns', 'Issues', 'Worries']),
    f('actions', 'Actions', 'text', ['Actions', 'Action points', 'Agreed actions']),
    f('nextDueDate', 'Next due', 'date', ['Next due', 'Next supervision', 'Next date', 'Next supervision due']),
  ],
  'care-reviews': [
    f('youngPerson', 'Young person (name or id)', 'youngPerson', YOUNG_PERSON_REF, { required: true }),
    f('date', 'Date of the review', 'date', ['Date', 'Review date', 'Date of review', 'LAC review', 'Care review date', 'CLA review'], { required: true }),
    f('ivAttended', 'Visitor attended', 'yesno', ['IV attended', 'Volunteer attended', 'Visitor attended', 'IV present']),
    f('coordinatorAttended', 'Coordinator attended', 'yesno', ['Coordinator attended', 'Coordinator present', 'Staff attended']),
    f('professionalFeedback', 'Feedback from professionals', 'choice', ['Feedback', 'Professional feedback', 'Feedback from professionals'], { choices: PROFESSIONAL_FEEDBACK_LABELS }),
    f('feedbackFrom', 'Feedback from', 'choice', ['Feedback from', 'Who gave feedback'], { choices: FEEDBACK_FROM_LABELS }),
    f('notes', 'Notes', 'text', ['Notes', 'Comments', 'Review notes']),
    f('nextReviewDate', 'Next review', 'date', ['Next review', 'Next review date', 'Next LAC review']),
  ],
};

const MINOR_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'for', 'to', 'with', 'module']);

/** A module's first word that says something ("Safeguarding" of "Safeguarding children"), when no other module starts with it. */
function keyword(module: string, modules: readonly string[]): string | null {
  const first = (m: string) => m.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4 && !MINOR_WORDS.has(w.toLowerCase())) ?? null;
  const word = first(module);
  return word && modules.filter((m) => first(m)?.toLowerCase() === word.toLowerCase()).length === 1 ? word : null;
}

/**
 * A field for each training module the scheme requires, named by the module ("Induction",
 * "Induction date", "Induction completed", "Induction training") and by its first word
 * that says something when no other module shares it ("Safeguarding training date" for
 * "Safeguarding children"). A header that already names another field is not taken.
 */
export function trainingFields(modules: readonly string[]): SheetField[] {
  const taken = new Set(SHEET_FIELDS.volunteers.flatMap((field) => [field.label, ...field.synonyms]).map(foldCompact));
  return modules.map((module) => {
    const names = [module, keyword(module, modules)].filter((n): n is string => !!n);
    const synonyms = names.flatMap((n) => [n, `${n} training`, `${n} date`, `${n} completed`, `${n} training date`, `${n} training completed`, `Date of ${n}`]);
    const own = [...new Map(synonyms.filter((h) => !taken.has(foldCompact(h))).map((h) => [foldCompact(h), h])).values()];
    return f(`${TRAINING_PREFIX}${module}`, `Training: ${module}`, 'date', own);
  });
}

/** Every field of a kind: for volunteers, with a field for each of the scheme's training modules. */
export function sheetFields(kind: SheetKind, modules: readonly string[] = []): readonly SheetField[] {
  return kind === 'volunteers' && modules.length ? [...SHEET_FIELDS.volunteers, ...trainingFields(modules)] : SHEET_FIELDS[kind];
}

export function fieldOf(kind: SheetKind, key: string, modules: readonly string[] = []): SheetField | undefined {
  return sheetFields(kind, modules).find((field) => field.key === key);
}
