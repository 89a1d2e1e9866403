/** Where a volunteer stands, derived from their dates and the scheme's approval checks. */
import type { VolunteerRecord } from './record';
import type { RecruitmentSettings } from './settings';

/** The recruitment pipeline, in order; each names what the volunteer is waiting for. */
export const PIPELINE_STAGES = ['enquiry', 'interview', 'references', 'dbs', 'training', 'approval'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type VolunteerStatus = PipelineStage | 'active' | 'inactive' | 'left' | 'withdrawn' | 'rejected';

export const STATUS_LABELS: Record<VolunteerStatus, string> = {
  enquiry: 'Enquiry',
  interview: 'Applied',
  references: 'References',
  dbs: 'DBS check',
  training: 'Training',
  approval: 'Ready to approve',
  active: 'Approved, active',
  inactive: 'Inactive',
  left: 'Left',
  withdrawn: 'Withdrawn',
  rejected: 'Not accepted',
};

/** What approval looks at: a volunteer's checks and whether they left recruitment. */
export type ApprovalFacts = Pick<VolunteerRecord, 'applicationDate' | 'interviewDate' | 'interviewOutcome' | 'references' | 'dbs' | 'training' | 'withdrawnDate' | 'rejectedDate'>;

const latest = (dates: (string | null | undefined)[]): string | null =>
  dates.filter((d): d is string => !!d).sort().at(-1) ?? null;

export function interviewPassed(v: Pick<ApprovalFacts, 'interviewDate' | 'interviewOutcome'>): boolean {
  return !!v.interviewDate && v.interviewOutcome === 'proceed';
}

export function satisfactoryReferences(v: Pick<ApprovalFacts, 'references'>) {
  return v.references.filter((r) => r.receivedDate && r.satisfactory === true);
}

export function dbsRecorded(v: Pick<ApprovalFacts, 'dbs'>): boolean {
  return !!(v.dbs?.certificateNumber && v.dbs.issueDate && v.dbs.outcome);
}

export function trainingOutstanding(v: Pick<ApprovalFacts, 'training'>, modules: string[]): string[] {
  const done = new Set(v.training.filter((t) => t.completedDate).map((t) => t.module));
  return modules.filter((m) => !done.has(m));
}

/** The modules approval requires that are not completed: none when the scheme's approval does not check training. */
export function requiredTrainingOutstanding(v: Pick<ApprovalFacts, 'training'>, settings: RecruitmentSettings): string[] {
  return settings.approvalChecks.training ? trainingOutstanding(v, settings.trainingModules) : [];
}

/** The pipeline stage: the first check not yet done, in the order recruitment runs. */
export function pipelineStage(v: VolunteerRecord, settings: RecruitmentSettings): { stage: PipelineStage; since: string } {
  const checks = settings.approvalChecks;
  if (!v.applicationDate) return { stage: 'enquiry', since: v.enquiryDate };
  if (checks.interview && !interviewPassed(v)) return { stage: 'interview', since: v.applicationDate };
  const afterInterview = (checks.interview ? v.interviewDate : null) ?? v.applicationDate;
  const satisfactory = satisfactoryReferences(v);
  if (satisfactory.length < checks.references) return { stage: 'references', since: afterInterview };
  // The references stage ended when the last *needed* satisfactory reference arrived, whatever order they were entered in.
  const neededBy = satisfactory.map((r) => r.receivedDate!).sort().slice(0, checks.references);
  const afterReferences = latest([afterInterview, ...neededBy]) ?? afterInterview;
  if (checks.dbs && !dbsRecorded(v)) return { stage: 'dbs', since: afterReferences };
  const afterDbs = latest([afterReferences, checks.dbs ? (v.dbs?.checkedDate ?? v.dbs?.issueDate) : null]) ?? afterReferences;
  if (requiredTrainingOutstanding(v, settings).length) return { stage: 'training', since: afterDbs };
  const afterTraining = latest([afterDbs, ...v.training.map((t) => t.completedDate)]) ?? afterDbs;
  return { stage: 'approval', since: afterTraining };
}

/** True when an inactive period covers the date: from <= D and (no end, or end > D). */
export function inactiveOn(v: Pick<VolunteerRecord, 'inactivePeriods'>, date: string): boolean {
  return v.inactivePeriods.some((p) => p.from <= date && (!p.to || p.to > date));
}

/**
 * Left, withdrawn or not accepted as at a date; null while the volunteer is still with the
 * scheme. It needs only the volunteer's own dates, so a list can leave out the references,
 * training and inactive periods of those who are no longer with the scheme.
 */
export function closedStatus(v: Pick<VolunteerRecord, 'approvedDate' | 'leftDate' | 'withdrawnDate' | 'rejectedDate'>, asAt: string): 'left' | 'withdrawn' | 'rejected' | null {
  if (v.approvedDate && v.approvedDate <= asAt) return v.leftDate && v.leftDate <= asAt ? 'left' : null;
  if (v.withdrawnDate && v.withdrawnDate <= asAt) return 'withdrawn';
  if (v.rejectedDate && v.rejectedDate <= asAt) return 'rejected';
  return null;
}

/**
 * The status of a volunteer approved by the date (left, inactive or active), or null when
 * they were not: it needs only their own dates and inactive periods, so a list can settle
 * who is active without their references and training.
 */
export function approvedStatus(v: Pick<VolunteerRecord, 'approvedDate' | 'leftDate' | 'withdrawnDate' | 'rejectedDate' | 'inactivePeriods'>, asAt: string): 'left' | 'inactive' | 'active' | null {
  if (!v.approvedDate || v.approvedDate > asAt) return null;
  if (closedStatus(v, asAt)) return 'left';
  return inactiveOn(v, asAt) ? 'inactive' : 'active';
}

/** Status as at a date, as domain.md defines active and inactive. */
export function volunteerStatus(v: VolunteerRecord, settings: RecruitmentSettings, asAt: string): VolunteerStatus {
  return approvedStatus(v, asAt) ?? closedStatus(v, asAt) ?? pipelineStage(v, settings).stage;
}

export const isInPipeline = (status: VolunteerStatus): status is PipelineStage => (PIPELINE_STAGES as readonly string[]).includes(status);

/** What still stands between this volunteer and approval, in plain words. Empty when approval may go ahead. */
export function missingForApproval(v: ApprovalFacts, settings: RecruitmentSettings): string[] {
  const checks = settings.approvalChecks;
  const missing: string[] = [];
  if (!v.applicationDate) missing.push('Application: no application date recorded');
  if (checks.interview && !interviewPassed(v)) {
    missing.push(v.interviewOutcome === 'not_proceed' ? 'Interview: the outcome was not to proceed' : 'Interview: not yet recorded as passed');
  }
  const satisfactory = satisfactoryReferences(v).length;
  for (let n = satisfactory + 1; n <= checks.references; n++) {
    missing.push(`Reference ${n} of ${checks.references}: no satisfactory reference received yet`);
  }
  if (checks.dbs && !dbsRecorded(v)) missing.push('DBS check: certificate number, issue date and outcome not all recorded');
  for (const module of requiredTrainingOutstanding(v, settings)) missing.push(`Training: ${module} not completed`);
  if (v.withdrawnDate) missing.push('The volunteer has withdrawn');
  if (v.rejectedDate) missing.push('The volunteer was not accepted');
  return missing;
}
