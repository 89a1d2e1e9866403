/**
 * One handler per contract call, and `dispatch`, the single door every call goes through
 * (Electron's main process and the test harness alike): parse the input with the
 * contract's schema, run the handler, and turn any failure into a typed, safe error.
 */
import type { z } from 'zod';
import { issueMessage } from '../../shared/fields';
import { contract, type CallName, type CallOutput, type ParsedInput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import type { CallProgress, ReportProgress } from '../../shared/contract/progress';
import type { Session } from './session';
import { errorKind, UserError } from './errors';
import { diskHasNoRoom, storageFailure } from './storageErrors';
import * as volunteers from './services/volunteers';
import * as stages from './services/volunteerStages';
import { recruitmentBoard, withdrawLapsedVolunteers } from './services/recruitment';
import { getRecruitmentSettings, updateRecruitmentSettings } from './services/settings';
import { recruitmentFigures } from './reports/figures';
import { todayItems, todayView } from './services/today';
import * as decisions from './services/todayDecisions';
import { setTodayGroupCollapsed } from './services/todayPreferences';
import * as referralService from './services/referrals';
import * as consentService from './services/consents';
import * as logs from './services/logs';
import { getCaseSettings, updateCaseSettings } from './services/settings';
import { subjectAccessOf } from './interchange/exportDocument';
import { wordDocument } from './documents/word';
import { subjectAccessContent } from '../../shared/documents/subjectAccess';
import { documentFileName, initials } from './documents/fileName';
import * as matchService from './services/matches';
import * as visitService from './services/visits';
import * as expenseService from './services/expenses';
import * as youngPeople from './services/youngPeople';
import * as supervisionService from './services/supervisions';
import * as careReviewService from './services/careReviews';
import * as schemeService from './services/scheme';
import { planImport, importDocument, type ImportSource } from './interchange/importDocument';
import { importFileAt } from './interchange/importFile';
import { backupBeforeErasure, backupBeforeImport, backupBeforeSheetImport } from './backup/hooks';
import { exportDocument, exportFileName } from './interchange/exportDocument';
import { eraseRecords, retentionView } from './services/retention';
import { whatGoesWith } from './services/deletion';
import { deletedMessage, restoredMessage } from '../../shared/deletion/rules';
import * as audit from './services/audit';
import * as backups from './services/backups';
import { searchEverything } from './services/search';
import { getReportSettings, updateReportSettings } from './services/reportSettings';
import { planSheet } from './sheets/plan';
import { sheetImportHistory, undoSheetImport, writeSheetImport } from './sheets/write';
import { reportView } from './reports/reportData';
import { exportReport } from './reports/exportReport';
import * as standards from './reports/standards';
import { annualReportDocument } from './documents/annualReport';

const importSource = (i: ParsedInput<'importData'>): ImportSource => (i.path === undefined ? (i.text ?? '') : importFileAt(i.path));

type Handlers = { [K in CallName]: (session: Session, input: ParsedInput<K>, progress: ReportProgress) => CallOutput<K> | Promise<CallOutput<K>> };

export const handlers: Handlers = {
  sessionStatus: (s) => s.info(),
  setUp: (s, i) => s.setUp(i),
  unlock: (s, i) => s.unlock(i.passphrase),
  recover: (s, i) => s.recover(i.recoveryKey, i.newPassphrase),
  lock: (s) => {
    s.lock();
    return s.info();
  },
  changePassphrase: async (s, i) => {
    await s.changePassphrase(i.currentPassphrase, i.newPassphrase);
    return null;
  },
  makeNewRecoveryKey: (s, i) => s.makeNewRecoveryKey(i.passphrase),
  getScheme: (s) => schemeService.getScheme(s.db),
  settingsView: (s) => ({ scheme: schemeService.getScheme(s.db), recruitment: getRecruitmentSettings(s.db), caseSettings: getCaseSettings(s.db), report: getReportSettings(s.db) }),
  updateScheme: (s, i) => schemeService.updateScheme(s.db, i, s.today()),
  listVolunteers: (s, i) => volunteers.listVolunteers(s.db, i, s.today()),
  volunteersPage: (s, i) => volunteers.volunteersPage(s.db, i, s.today()),
  getVolunteer: (s, i) => volunteers.getVolunteer(s.db, i.id, s.today()),
  volunteerProfile: (s, i) => volunteers.volunteerProfile(s.db, i.id, s.today()),
  createVolunteer: (s, i) => volunteers.createVolunteer(s.db, i, s.today()),
  updateVolunteer: (s, { id, ...fields }) => volunteers.updateVolunteer(s.db, id, fields, s.today()),
  findDuplicateVolunteers: (s, i) => volunteers.findDuplicateVolunteers(s.db, i),
  recordApplication: (s, i) => stages.recordApplication(s.db, i, s.today()),
  recordInterview: (s, i) => stages.recordInterview(s.db, i, s.today()),
  saveReference: (s, i) => stages.saveReference(s.db, i, s.today()),
  removeReference: (s, i) => stages.removeReference(s.db, i, s.today()),
  saveDbs: (s, i) => stages.saveDbs(s.db, i, s.today()),
  saveTraining: (s, i) => stages.saveTraining(s.db, i, s.today()),
  approveVolunteer: (s, i) => stages.approveVolunteer(s.db, i, s.today()),
  closeVolunteer: (s, i) => stages.closeVolunteer(s.db, i, s.today()),
  reopenVolunteer: (s, i) => stages.reopenVolunteer(s.db, i, s.today()),
  saveInactivePeriod: (s, i) => stages.saveInactivePeriod(s.db, i, s.today()),
  recruitmentBoard: (s) => recruitmentBoard(s.db, s.today()),
  getRecruitmentSettings: (s) => getRecruitmentSettings(s.db),
  updateRecruitmentSettings: (s, i) => updateRecruitmentSettings(s.db, i),
  recruitmentFigures: (s, i) => recruitmentFigures(s.db, i, s.today()),
  today: (s) => todayView(s.db, s.today(), backups.backupReminderItems(s)),
  snoozeTodayItem: (s, i) => decisions.snoozeItem(s.db, todayItems(s.db, s.today()).items, i, s.today(), new Date().toISOString()),
  dismissTodayItem: (s, i) => decisions.dismissItem(s.db, todayItems(s.db, s.today()).items, i, new Date().toISOString()),
  cancelTodayDecision: (s, i) => decisions.cancelDecision(s.db, i.id),
  setTodayGroupCollapsed: (s, i) => setTodayGroupCollapsed(s.db, i.group, i.collapsed),
  withdrawLapsedVolunteers: (s, i) => withdrawLapsedVolunteers(s.db, i.ids, s.today()),
  listYoungPeople: (s, i) => youngPeople.listYoungPeople(s.db, i.search, s.today()),
  youngPeoplePage: (s, i) => youngPeople.youngPeoplePage(s.db, i, s.today()),
  searchEverything: (s, i) => searchEverything(s.db, i.text, s.today()),
  getYoungPerson: (s, i) => youngPeople.getYoungPerson(s.db, i.id, s.today()),
  createYoungPerson: (s, i) => youngPeople.createYoungPerson(s.db, i, s.today()),
  updateYoungPerson: (s, { id, ...fields }) => youngPeople.updateYoungPerson(s.db, id, fields, s.today()),
  findDuplicateYoungPeople: (s, i) => youngPeople.findDuplicateYoungPeople(s.db, i),
  previewImport: (s, i) => planImport(s.db, importSource(i), s.today()).preview,
  importData: (s, i) => importDocument(s.db, importSource(i), s.today(), () => backupBeforeImport(s)),
  saveReferral: (s, i) => referralService.saveReferral(s.db, i, s.today()),
  recordReferralOutcome: (s, i) => referralService.recordReferralOutcome(s.db, i, s.today()),
  closeReferral: (s, i) => referralService.closeReferral(s.db, i, s.today()),
  reopenReferral: (s, i) => referralService.reopenReferral(s.db, i, s.today()),
  waitingList: (s) => referralService.waitingList(s.db, s.today()),
  saveConsent: (s, i) => consentService.saveConsent(s.db, i, s.today()),
  consentFormDocument: (s, i) => consentService.consentFormDocument(s.db, i.youngPersonId, s.today()),
  getCaseSettings: (s) => getCaseSettings(s.db),
  updateCaseSettings: (s, i) => updateCaseSettings(s.db, i),
  listSafeguardingConcerns: (s, i) => logs.listSafeguardingConcerns(s.db, i),
  personChoices: (s, i) => logs.personChoices(s.db, i, s.today()),
  saveSafeguardingConcern: (s, i) => logs.saveSafeguardingConcern(s.db, i, s.today()),
  listComplaints: (s, i) => logs.listComplaints(s.db, i),
  saveComplaint: (s, i) => logs.saveComplaint(s.db, i, s.today()),
  subjectAccessExport: (s, i) => {
    const { document, person } = subjectAccessOf(s.db, i);
    return { fileName: documentFileName('Subject access export', initials(person), s.today(), 'json'), text: JSON.stringify(document, null, 2) };
  },
  subjectAccessWord: async (s, i) => {
    const { document, person } = subjectAccessOf(s.db, i);
    const docx = await wordDocument(subjectAccessContent({ kind: i.kind, document, history: document.history, safeguardingHistory: document.safeguardingHistory, schemeName: schemeService.getScheme(s.db).name, madeDate: s.today() }));
    return { fileName: documentFileName('Subject access', initials(person), s.today()), base64: docx.toString('base64') };
  },
  matchSuggestions: (s, i) => matchService.matchSuggestions(s.db, i, s.today()),
  proposeMatch: (s, i) => matchService.proposeMatch(s.db, i, s.today()),
  recordIntroduction: (s, i) => matchService.recordIntroduction(s.db, i, s.today()),
  endMatch: (s, i) => matchService.endMatch(s.db, i, s.today()),
  reopenMatch: (s, i) => matchService.reopenMatch(s.db, i, s.today()),
  listMatches: (s, i) => matchService.listMatches(s.db, i, s.today()),
  matchesPage: (s, i) => matchService.matchesPage(s.db, i, s.today()),
  getMatch: (s, i) => matchService.getMatch(s.db, i.id, s.today()),
  setVolunteerCapacity: (s, i) => matchService.setVolunteerCapacity(s.db, i.id, i.capacity),
  saveVisit: (s, i) => visitService.saveVisit(s.db, i, s.today()),
  saveFeedback: (s, i) => visitService.saveFeedback(s.db, i, s.today()),
  expenses: (s, i) => expenseService.expenses(s.db, i),
  expensesCsv: (s, i) => expenseService.expensesCsv(s.db, i),
  supervisionsView: (s, i) => supervisionService.supervisionsView(s.db, i, s.today()),
  supervisionForm: (s, i) => supervisionService.supervisionForm(s.db, i, s.today()),
  saveSupervision: (s, i) => supervisionService.saveSupervision(s.db, i, s.today()),
  recordGroupSupervision: (s, i) => supervisionService.recordGroupSupervision(s.db, i, s.today()),
  supervisionRecordContent: (s, i) => supervisionService.supervisionRecord(s.db, i.id, s.today()),
  supervisionRecordDocument: (s, i) => supervisionService.supervisionRecordDocument(s.db, i.id, s.today()),
  careReviewCalendar: (s) => careReviewService.careReviewCalendar(s.db, s.today()),
  saveCareReview: (s, i) => careReviewService.saveCareReview(s.db, i, s.today()),
  careReviewUpdate: (s, i) => careReviewService.careReviewUpdate(s.db, i.youngPersonId, i.reviewDate, s.today()),
  saveCareReviewUpdate: (s, i) => careReviewService.saveCareReviewUpdate(s.db, i, s.today()),
  markCareReviewUpdateSent: (s, i) => careReviewService.markCareReviewUpdateSent(s.db, i, s.today()),
  careReviewUpdateDocument: (s, i) => careReviewService.careReviewUpdateDocument(s.db, i.youngPersonId, i.reviewDate, s.today()),
  logContact: (s, i) => careReviewService.logContact(s.db, i, s.today()),
  retentionView: (s) => retentionView(s.db, s.today()),
  eraseRecords: (s, i) => eraseRecords(s.db, i.people, s.today(), () => backupBeforeErasure(s)),
  deletionPreview: (s, i) => whatGoesWith(s.db, i.kind, i.id),
  deleteRecord: (s, i) => {
    const { token, record } = s.deletions.delete(s.db, i.kind, i.id);
    return { token, message: deletedMessage(record) };
  },
  undoDelete: (s, i) => {
    const { kind, record } = s.deletions.undo(s.db, i.token);
    return { kind, message: restoredMessage(record) };
  },
  exportData: (s, i) => {
    const document = exportDocument(s.db, { includeSafeguarding: i.includeSafeguarding ?? false });
    return { fileName: exportFileName(document.scheme?.name ?? 'scheme', s.today()), text: JSON.stringify(document, null, 2) };
  },
  recordHistory: (s, i) => audit.recordHistory(s.db, i),
  auditTrail: (s, i) => audit.auditTrail(s.db, i),
  safeguardingConcernHistory: (s, i) => audit.safeguardingConcernHistory(s.db, i),
  backupsView: (s) => backups.backupsView(s),
  checkBackups: (s, _i, progress) => backups.checkBackups(s, progress),
  backUpNow: (s) => backups.backUpNow(s),
  updateBackupSettings: (s, i) => backups.updateBackupSettings(s, i),
  restoreBackup: (s, i) => backups.restoreChosenBackup(s, i.path, i.passphrase),
  undoRestore: (s, i) => backups.undoRestore(s, i.passphrase),
  deleteBackup: (s, i) => backups.deleteBackup(s, i.path),
  restoreFromBackupFile: (s, i) => backups.restoreFromBackupFile(s, i),
  restoreLatestGoodBackup: (s, i) => backups.restoreLatestGoodBackup(s, i.passphrase),
  standardsView: (s, i) => standards.standardsView(s.db, i.year, s.today()),
  saveStandardAssessment: (s, i) => standards.saveStandardAssessment(s.db, i, new Date().toISOString()),
  annualReportDocument: (s, i) => annualReportDocument(s.db, i, s.today()),
  reportNarratives: (s, i) => standards.reportNarrativesOf(s.db, i.year),
  saveReportNarrative: (s, i) => standards.saveReportNarrative(s.db, i, new Date().toISOString()),
  reportSettings: (s) => getReportSettings(s.db),
  updateReportSettings: (s, i) => updateReportSettings(s.db, i),
  sheetPreview: async (s, i, progress) => (await planSheet(s.db, Buffer.from(i.base64, 'base64'), i, s.today(), progress, 'preview')).preview,
  sheetImport: async (s, i, progress) => {
    const plan = await planSheet(s.db, Buffer.from(i.base64, 'base64'), i, s.today(), progress);
    const importId = writeSheetImport(s.db, plan, new Date().toISOString(), () => backupBeforeSheetImport(s), progress);
    return { importId, counts: plan.preview.counts };
  },
  sheetImports: (s) => sheetImportHistory(s.db),
  undoSheetImport: (s, i) => undoSheetImport(s.db, i.id, new Date().toISOString()),
  reportView: (s, i) => reportView(s.db, i, s.today()),
  exportReport: (s, i) => exportReport(s.db, { from: i.from, to: i.to }, i.format),
};

export function zodFailure(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'input';
    fields[key] ??= issue.code === 'unrecognized_keys' ? 'This form sent a field IV Desk does not know' : issueMessage(issue);
  }
  const keys = Object.keys(fields);
  return { code: 'invalid_input', message: keys.length === 1 ? fields[keys[0]] : 'Some details need correcting', fields };
}

/** Logged for an unexpected failure. */
function logUnexpected(name: string, error: unknown): void {
  console.error(`IV Desk: call ${name} failed unexpectedly (${errorKind(error)})`);
}

/** `onProgress` hears a long call's progress while it runs (main sends it to the calling window). */
export async function dispatch(session: Session, name: string, rawInput: unknown, onProgress?: (progress: CallProgress) => void): Promise<Result<unknown>> {
  if (!Object.hasOwn(contract, name)) {
    return { ok: false, error: { code: 'invalid_input', message: 'IV Desk does not know that request.' } };
  }
  const call = name as CallName;
  const parsed = contract[call].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: zodFailure(parsed.error) };
  try {
    const handler = handlers[call] as (s: Session, i: unknown, progress: ReportProgress) => unknown;
    const progress: ReportProgress = (p) => onProgress?.({ call, ...p });
    return { ok: true, value: await handler(session, parsed.data, progress) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.toAppError() };
    logUnexpected(call, error);
    const storage = storageFailure(error, call === 'unlock' || call === 'recover', () => diskHasNoRoom(session.files.dir));
    if (storage) return { ok: false, error: storage };
    return { ok: false, error: { code: 'internal', message: 'Something went wrong and nothing was saved. Please try again.' } };
  }
}
