/**
 * The longest text each field may hold, in characters, and the most entries each list on
 * a form may have: the one source for the screens' forms (the IPC contract) and the
 * interchange import, so a file can never bring in what no form could have saved.
 */

export const TEXT_LIMITS = {
  /** Shared by every email field (the longest address the standards allow). */
  email: 254,
  /** One entry of a list of languages or interests. */
  listItem: 60,
  scheme: { name: 100, localAuthority: 100 },
  volunteer: {
    firstName: 100,
    lastName: 100,
    gender: 50,
    phone: 40,
    address: 300,
    postcode: 10,
    area: 100,
    availability: 500,
    preferences: 2000,
    interviewPanel: 300,
    interviewNotes: 4000,
    referenceName: 100,
    referenceRelationship: 100,
    dbsCertificateNumber: 20,
    dbsCheckedBy: 100,
    disclosureNote: 2000,
    trainingModule: 100,
    /** Why a volunteer withdrew, was rejected, left or was inactive for a time. */
    reason: 500,
  },
  youngPerson: {
    firstName: 100,
    lastName: 100,
    gender: 50,
    area: 100,
    postcode: 10,
    localAuthority: 100,
    socialWorker: 100,
    iro: 100,
    placementContact: 300,
    caseReference: 50,
    school: 100,
    preferences: 2000,
    notes: 4000,
  },
  referral: { referrerName: 100, reason: 2000, closedReason: 100 },
  consent: { formVersion: 40, explainedBy: 100 },
  visit: { activity: 200, notes: 2000 },
  contact: { withWhom: 100, note: 500 },
  feedback: { comments: 4000 },
  /** Every free-text section of a supervision record, and its actions. */
  supervision: { section: 4000, action: 500, actionWho: 100 },
  /** Every free-text field of a care review and of the coordinator's update for one. */
  careReview: { section: 4000 },
  /** Safeguarding concerns and complaints. */
  log: { summary: 4000, outcome: 4000 },
  /** Why an item on Today was snoozed or dismissed. */
  todayDecision: { reason: 500 },
} as const;

export const LIST_LIMITS = {
  /** Languages and interests. */
  listItems: 30,
  supervisionActions: 30,
  matchesDiscussed: 20,
} as const;

/**
 * How a field is named in a message, where its key does not say it plainly when split
 * into words ("caseReference" is "case reference" without help).
 */
const FIELD_WORDS: Record<string, string> = {
  text: 'search',
  phone: 'phone number',
  email: 'email address',
  iro: 'Independent Reviewing Officer’s name',
  socialWorker: 'social worker’s name',
  referrerName: 'referrer’s name',
  caseReference: 'council’s case reference',
  closedReason: 'reason it closed',
  dbsCertificateNumber: 'DBS certificate number',
  dbsCheckedBy: 'name of who checked the DBS certificate',
  checkedBy: 'name of who checked it',
  explainedBy: 'name of who explained it',
  withWhom: 'name of who it was with',
  who: 'name of who is to do it',
  module: 'training module’s name',
  youngPersonViews: 'young person’s views',
  coordinatorComments: 'coordinator’s comments',
};

/**
 * "The notes are too long: at most 4,000 characters." The field is its key or its path
 * in the form's data ("actionItems.1.action"); an entry of a list ("interests.3") is
 * named as one of them.
 */
export function tooLongMessage(field: string, max: number): string {
  const parts = field.split('.');
  const entry = parts.length > 1 && /^\d+$/.test(parts.at(-1)!);
  const key = parts.filter((p) => !/^\d+$/.test(p)).at(-1) ?? field;
  const words = FIELD_WORDS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase();
  const limit = `at most ${max.toLocaleString('en-GB')} characters`;
  if (entry) return `One of the ${words} is too long: ${limit} each.`;
  // "notes" and "topics" are plural; "progress" and "address" are not.
  return `The ${words} ${/[^s]s$/.test(words) ? 'are' : 'is'} too long: ${limit}.`;
}
