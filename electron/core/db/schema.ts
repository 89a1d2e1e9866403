/**
 * The database schema. Dates are ISO calendar strings, money integer pence. Each record
 * keeps the id it had in an imported file as `external_ref`, so exports round-trip.
 */
import { sqliteTable, integer, text, real, index, uniqueIndex, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

export const scheme = sqliteTable(
  'scheme',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    localAuthority: text('local_authority'),
    childrenInCareCount: integer('children_in_care_count'),
    childrenInCareCountDate: text('children_in_care_count_date'),
    mileageRatePence: integer('mileage_rate_pence').notNull().default(45),
    financialYearStartMonth: integer('financial_year_start_month').notNull().default(4),
    idleLockMinutes: integer('idle_lock_minutes').notNull().default(5),
    /** RecruitmentSettings as JSON; null means the defaults. */
    recruitmentSettings: text('recruitment_settings'),
    /** CaseSettings as JSON; null means the defaults. */
    caseSettings: text('case_settings'),
    /** Who makes the changes, for the audit trail: the coordinator's name from Settings. */
    coordinatorName: text('coordinator_name'),
    /** BackupSettings as JSON (the second place and its warning); null means the defaults. */
    backupSettings: text('backup_settings'),
    /** ReportSettings as JSON (the coordinator's hours, the report's protective marking); null means the defaults. */
    reportSettings: text('report_settings'),
  },
  (t) => [check('scheme_single_row', sql`${t.id} = 1`)],
);

export const volunteers = sqliteTable(
  'volunteers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    gender: text('gender'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    postcode: text('postcode'),
    area: text('area'),
    enquiryDate: text('enquiry_date').notNull(),
    enquirySource: text('enquiry_source'),
    enquiryRespondedDate: text('enquiry_responded_date'),
    /** JSON arrays of strings. */
    languages: text('languages').notNull().default('[]'),
    interests: text('interests').notNull().default('[]'),
    availability: text('availability'),
    maxTravelMiles: real('max_travel_miles'),
    preferences: text('preferences'),
    applicationDate: text('application_date'),
    interviewDate: text('interview_date'),
    interviewPanel: text('interview_panel'),
    interviewOutcome: text('interview_outcome'),
    interviewNotes: text('interview_notes'),
    // DBS: never the certificate's content, only what the data rules allow.
    dbsCertificateNumber: text('dbs_certificate_number'),
    dbsIssueDate: text('dbs_issue_date'),
    dbsLevel: text('dbs_level'),
    dbsOutcome: text('dbs_outcome'),
    dbsCheckedBy: text('dbs_checked_by'),
    dbsCheckedDate: text('dbs_checked_date'),
    dbsUpdateService: integer('dbs_update_service', { mode: 'boolean' }),
    dbsUpdateServiceCheckedDate: text('dbs_update_service_checked_date'),
    dbsDisclosureNote: text('dbs_disclosure_note'),
    dbsDisclosureDecisionDate: text('dbs_disclosure_decision_date'),
    dbsDisclosureNoteDeletedDate: text('dbs_disclosure_note_deleted_date'),
    approvedDate: text('approved_date'),
    withdrawnDate: text('withdrawn_date'),
    withdrawnReason: text('withdrawn_reason'),
    rejectedDate: text('rejected_date'),
    rejectedReason: text('rejected_reason'),
    leftDate: text('left_date'),
    leftReason: text('left_reason'),
    /** How many active matches the volunteer can take. */
    capacity: integer('capacity').notNull().default(1),
  },
  (t) => [
    index('volunteers_name').on(t.lastName, t.firstName),
    // The lists read a page in name order from this index (iv_sort_key: shared/lists/sortKey).
    index('volunteers_sort_name').on(sql`iv_sort_key(${t.lastName})`, sql`iv_sort_key(${t.firstName})`, t.id),
    index('volunteers_enquiry_date').on(t.enquiryDate),
    index('volunteers_approved_date').on(t.approvedDate),
    index('volunteers_area').on(t.area),
    index('volunteers_email').on(t.email),
  ],
);

export const volunteerReferences = sqliteTable(
  'volunteer_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    name: text('name'),
    relationship: text('relationship'),
    requestedDate: text('requested_date'),
    receivedDate: text('received_date'),
    satisfactory: integer('satisfactory', { mode: 'boolean' }),
  },
  (t) => [index('volunteer_references_volunteer').on(t.volunteerId)],
);

export const volunteerTraining = sqliteTable(
  'volunteer_training',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    module: text('module').notNull(),
    completedDate: text('completed_date'),
  },
  (t) => [index('volunteer_training_volunteer').on(t.volunteerId)],
);

export const volunteerInactivePeriods = sqliteTable(
  'volunteer_inactive_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    reason: text('reason'),
    expectedReturn: text('expected_return'),
  },
  (t) => [index('volunteer_inactive_periods_volunteer').on(t.volunteerId)],
);

export const youngPeople = sqliteTable(
  'young_people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    gender: text('gender'),
    placementType: text('placement_type'),
    area: text('area'),
    postcode: text('postcode'),
    localAuthority: text('local_authority'),
    socialWorker: text('social_worker'),
    iro: text('iro'),
    /** JSON arrays of strings. */
    interests: text('interests').notNull().default('[]'),
    languages: text('languages').notNull().default('[]'),
    familyContact: text('family_contact'),
    preferences: text('preferences'),
    notes: text('notes'),
    nextReviewDate: text('next_review_date'),
    /** The day they became looked after: the reg 33 review calendar starts from it. */
    lookedAfterDate: text('looked_after_date'),
    /** Who to contact at the placement: the carer or key worker, and how. */
    placementContact: text('placement_contact'),
    /** s20, s31 or care leaver (shared/youngPeople). */
    legalStatus: text('legal_status'),
    /** The council's own reference for the child's case. */
    caseReference: text('case_reference'),
    school: text('school'),
  },
  (t) => [
    index('young_people_name').on(t.lastName, t.firstName),
    index('young_people_sort_name').on(sql`iv_sort_key(${t.lastName})`, sql`iv_sort_key(${t.firstName})`, t.id),
  ],
);

export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    youngPersonId: integer('young_person_id')
      .notNull()
      .references(() => youngPeople.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    referrerName: text('referrer_name'),
    referrerRole: text('referrer_role'),
    reason: text('reason'),
    outcome: text('outcome').notNull().default('pending'),
    outcomeDate: text('outcome_date'),
    closedDate: text('closed_date'),
    closedReason: text('closed_reason'),
  },
  (t) => [index('referrals_young_person').on(t.youngPersonId), index('referrals_date').on(t.date)],
);

export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    youngPersonId: integer('young_person_id')
      .notNull()
      .references(() => youngPeople.id, { onDelete: 'restrict' }),
    signedDate: text('signed_date').notNull(),
    formVersion: text('form_version').notNull(),
    explainedBy: text('explained_by').notNull(),
    complaintsProcedureExplained: integer('complaints_procedure_explained', { mode: 'boolean' }),
    withdrawnDate: text('withdrawn_date'),
  },
  (t) => [index('consents_young_person').on(t.youngPersonId)],
);

/** Kept apart from case notes and ordinary lists; reached only through its own screen. */
export const safeguardingConcerns = sqliteTable('safeguarding_concerns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  externalRef: text('external_ref').notNull().unique(),
  date: text('date').notNull(),
  youngPersonId: integer('young_person_id').references(() => youngPeople.id, { onDelete: 'restrict' }),
  volunteerId: integer('volunteer_id').references(() => volunteers.id, { onDelete: 'restrict' }),
  summary: text('summary').notNull(),
  referredTo: text('referred_to'),
  referredDate: text('referred_date'),
  outcome: text('outcome'),
  closedDate: text('closed_date'),
});

export const complaints = sqliteTable('complaints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  externalRef: text('external_ref').notNull().unique(),
  date: text('date').notNull(),
  complainant: text('complainant'),
  summary: text('summary').notNull(),
  outcome: text('outcome'),
  resolvedDate: text('resolved_date'),
});

export const matches = sqliteTable(
  'matches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    referralId: integer('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'restrict' }),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'restrict' }),
    proposedDate: text('proposed_date').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    endReason: text('end_reason'),
    plannedEnding: integer('planned_ending', { mode: 'boolean' }),
    positiveEndingHeld: integer('positive_ending_held', { mode: 'boolean' }),
    rematchWanted: integer('rematch_wanted', { mode: 'boolean' }),
  },
  (t) => [index('matches_referral').on(t.referralId), index('matches_volunteer').on(t.volunteerId), index('matches_start').on(t.startDate), index('matches_end').on(t.endDate)],
);

export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    matchId: integer('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    activity: text('activity'),
    durationMinutes: integer('duration_minutes'),
    activityCostPence: integer('activity_cost_pence'),
    miles: real('miles'),
    transportCostPence: integer('transport_cost_pence'),
    notes: text('notes'),
  },
  // The period's costs (the figures) are read from the date index alone.
  (t) => [index('visits_match_date').on(t.matchId, t.date), index('visits_date_costs').on(t.date, t.activityCostPence, t.transportCostPence)],
);

export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    matchId: integer('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    source: text('source'),
    satisfaction: text('satisfaction'),
    benefited: integer('benefited', { mode: 'boolean' }),
    comments: text('comments'),
  },
  (t) => [index('feedback_match').on(t.matchId), index('feedback_date').on(t.date)],
);

/** Between-visit contacts on a match: calls, messages and the like, counted in care-review updates. */
export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    matchId: integer('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    withWhom: text('with_whom'),
    note: text('note'),
  },
  (t) => [index('contacts_match_date').on(t.matchId, t.date)],
);

/** A volunteer's supervision. Never holds a safeguarding concern's text: that goes to the log. */
export const supervisions = sqliteTable(
  'supervisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    kind: text('kind'),
    /** The records made together by one group session share this. */
    groupRef: text('group_ref'),
    /** JSON array of match ids. */
    matchesDiscussed: text('matches_discussed').notNull().default('[]'),
    relationships: text('relationships'),
    feedbackPassedOn: text('feedback_passed_on'),
    boundaries: text('boundaries'),
    wellbeing: text('wellbeing'),
    expenses: text('expenses'),
    trainingNeeds: text('training_needs'),
    renewals: text('renewals'),
    topics: text('topics'),
    concerns: text('concerns'),
    positiveImpact: text('positive_impact'),
    enjoying: text('enjoying'),
    /** Free-text actions as an older file gave them; new records use actionItems. */
    actions: text('actions'),
    /** JSON array of { action, who, byWhen, status }. */
    actionItems: text('action_items').notNull().default('[]'),
    nextDueDate: text('next_due_date'),
  },
  (t) => [index('supervisions_volunteer_date').on(t.volunteerId, t.date), index('supervisions_date').on(t.date)],
);

export const careReviews = sqliteTable(
  'care_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    youngPersonId: integer('young_person_id')
      .notNull()
      .references(() => youngPeople.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    ivAttended: integer('iv_attended', { mode: 'boolean' }),
    coordinatorAttended: integer('coordinator_attended', { mode: 'boolean' }),
    professionalFeedback: text('professional_feedback'),
    feedbackFrom: text('feedback_from'),
    objectives: text('objectives'),
    progress: text('progress'),
    notes: text('notes'),
    nextReviewDate: text('next_review_date'),
  },
  (t) => [index('care_reviews_person_date').on(t.youngPersonId, t.date), index('care_reviews_date').on(t.date)],
);

/** The coordinator's update for one review: what she writes; the visits and contacts are read live. */
export const careReviewUpdates = sqliteTable(
  'care_review_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    externalRef: text('external_ref').notNull().unique(),
    youngPersonId: integer('young_person_id')
      .notNull()
      .references(() => youngPeople.id, { onDelete: 'restrict' }),
    reviewDate: text('review_date').notNull(),
    youngPersonViews: text('young_person_views'),
    viewsAgreed: integer('views_agreed', { mode: 'boolean' }).notNull().default(false),
    objectives: text('objectives'),
    progress: text('progress'),
    ivWillAttend: integer('iv_will_attend', { mode: 'boolean' }),
    coordinatorComments: text('coordinator_comments'),
    preparedDate: text('prepared_date').notNull(),
    sentDate: text('sent_date'),
  },
  (t) => [uniqueIndex('care_review_updates_person_review').on(t.youngPersonId, t.reviewDate)],
);

/**
 * One entry of a change history, written by the audit triggers (electron/core/audit/triggerSql.ts),
 * never by a service. `before` and `after` are the whole row as JSON; an erasure blanks them
 * and sets `redacted`, which leaves the chain whole because `hash` covers `content_hash`.
 * The owner is the person or match a record belongs to (a volunteer's reference, a match's visit).
 */
const historyColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor'),
  action: text('action').notNull(),
  recordKind: text('record_kind').notNull(),
  recordId: integer('record_id'),
  ownerKind: text('owner_kind'),
  ownerId: integer('owner_id'),
  before: text('before'),
  after: text('after'),
  contentHash: text('content_hash').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  redacted: integer('redacted', { mode: 'boolean' }).notNull().default(false),
});

/** The general audit trail: every change to every record except the safeguarding log's. */
export const auditLog = sqliteTable('audit_log', historyColumns(), (t) => [
  index('audit_log_record').on(t.recordKind, t.recordId),
  index('audit_log_owner').on(t.ownerKind, t.ownerId),
  // The Audit screen filters by dates, often with a kind of record.
  index('audit_log_at').on(t.at),
  index('audit_log_kind_at').on(t.recordKind, t.at),
]);

/** The safeguarding log's own history, with its own chain, kept apart like the log itself. */
export const safeguardingHistory = sqliteTable('safeguarding_history', historyColumns(), (t) => [index('safeguarding_history_record').on(t.recordId)]);

/**
 * The coordinator's decisions about Today's items: snoozed until a date, or dismissed where
 * the rule allows, each with a reason. An item is named by its key (shared/today) and the
 * record it is about, so the decision shows on that record.
 */
export const todayDecisions = sqliteTable(
  'today_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemKey: text('item_key').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: integer('record_id').notNull(),
    action: text('action', { enum: ['snoozed', 'dismissed'] }).notNull(),
    untilDate: text('until_date'),
    reason: text('reason').notNull(),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [
    index('today_decisions_item').on(t.itemKey),
    index('today_decisions_record').on(t.recordKind, t.recordId),
    check('today_decisions_snooze_has_date', sql`${t.action} <> 'snoozed' OR ${t.untilDate} IS NOT NULL`),
  ],
);

/**
 * The National Standards self-assessment: per financial year (by the calendar year it
 * starts in, 2025 for 2025/26) and per standard (1 to 14), the coordinator's rating and
 * her own words. The evidence from the records is computed, never stored.
 */
export const standardAssessments = sqliteTable(
  'standard_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    standard: integer('standard').notNull(),
    rating: text('rating', { enum: ['met', 'partly_met', 'not_met'] }),
    narrative: text('narrative').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('standard_assessments_year_standard').on(t.year, t.standard),
    check('standard_assessments_standard', sql`${t.standard} BETWEEN 1 AND 14`),
  ],
);

/** The annual report's sections the coordinator writes (a case study, ...), saved with that financial year's report. */
export const reportNarratives = sqliteTable(
  'report_narratives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    section: text('section').notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('report_narratives_year_section').on(t.year, t.section)],
);

/** One spreadsheet import (issue 12): what came in, from which file and sheet, so it can be undone as a whole. */
export const sheetImports = sqliteTable('sheet_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  importedAt: text('imported_at').notNull(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  sheet: text('sheet'),
  /** Records added, by kind, as JSON. */
  counts: text('counts').notNull(),
  undoneAt: text('undone_at'),
});

/** The records a spreadsheet import added: what its undo removes. */
export const sheetImportRecords = sqliteTable(
  'sheet_import_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id')
      .notNull()
      .references(() => sheetImports.id, { onDelete: 'cascade' }),
    recordKind: text('record_kind').notNull(),
    recordId: integer('record_id').notNull(),
  },
  (t) => [index('sheet_import_records_import').on(t.importId), index('sheet_import_records_record').on(t.recordKind, t.recordId)],
);

/** A column mapping saved for the next file of the same kind with the same headers. */
export const sheetMappings = sqliteTable(
  'sheet_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    /** The file's headers, folded and joined, so the same layout finds its mapping. */
    headersKey: text('headers_key').notNull(),
    /** The mapping as JSON. */
    mapping: text('mapping').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('sheet_mappings_kind_headers').on(t.kind, t.headersKey)],
);
