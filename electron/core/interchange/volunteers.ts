/** Volunteers between the interchange format and the database, both ways. */
import { volunteers, volunteerReferences, volunteerTraining, volunteerInactivePeriods } from '../db/schema';
import type { RecordOf } from '../../../shared/interchange/format';
import { issueMessage } from '../../../shared/fields';
import { volunteerInput } from '../../../shared/contract/volunteers';
import { volunteerDateProblems } from '../../../shared/volunteers/dateRules';
import type { StoredVolunteer } from '../services/volunteerRecords';
import { compact } from './compact';
import { tidyPostcode } from '../../../shared/postcode';
import type { Insert } from './inserter';

type Item = RecordOf<'volunteers'>;

export function volunteerFromInterchange(item: Item): StoredVolunteer {
  const n = <T>(value: T | null | undefined): T | null => value ?? null;
  const dbs = item.dbs;
  return {
    id: 0,
    firstName: item.firstName,
    lastName: item.lastName,
    dateOfBirth: n(item.dateOfBirth),
    gender: n(item.gender),
    email: n(item.email),
    phone: n(item.phone),
    address: n(item.address),
    postcode: n(tidyPostcode(item.postcode)),
    area: n(item.area),
    languages: item.languages ?? [],
    interests: item.interests ?? [],
    availability: n(item.availability),
    maxTravelMiles: n(item.maxTravelMiles),
    preferences: n(item.preferences),
    capacity: item.capacity ?? 1,
    enquiryDate: item.enquiryDate,
    enquirySource: n(item.enquirySource),
    enquiryRespondedDate: n(item.enquiryRespondedDate),
    applicationDate: n(item.applicationDate),
    interviewDate: n(item.interviewDate),
    interviewPanel: n(item.interviewPanel),
    interviewOutcome: n(item.interviewOutcome),
    interviewNotes: n(item.interviewNotes),
    references: (item.references ?? []).map((r) => ({
      id: 0,
      name: n(r.name),
      relationship: n(r.relationship),
      requestedDate: n(r.requestedDate),
      receivedDate: n(r.receivedDate),
      satisfactory: n(r.satisfactory),
    })),
    dbs: dbs
      ? {
          certificateNumber: n(dbs.certificateNumber),
          issueDate: n(dbs.issueDate),
          level: n(dbs.level),
          outcome: n(dbs.outcome),
          checkedBy: n(dbs.checkedBy),
          checkedDate: n(dbs.checkedDate),
          updateService: n(dbs.updateService),
          updateServiceCheckedDate: n(dbs.updateServiceCheckedDate),
          disclosureNote: n(dbs.disclosureNote),
          disclosureDecisionDate: n(dbs.disclosureDecisionDate),
          disclosureNoteDeletedDate: n(dbs.disclosureNoteDeletedDate),
        }
      : null,
    training: (item.training ?? []).map((t) => ({ id: 0, module: t.module, completedDate: n(t.completedDate) })),
    approvedDate: n(item.approvedDate),
    withdrawnDate: n(item.withdrawnDate),
    withdrawnReason: n(item.withdrawnReason),
    rejectedDate: n(item.rejectedDate),
    rejectedReason: n(item.rejectedReason),
    inactivePeriods: (item.inactivePeriods ?? []).map((p) => ({ id: 0, from: p.from, to: n(p.to), reason: n(p.reason), expectedReturn: n(p.expectedReturn) })),
    leftDate: n(item.leftDate),
    leftReason: n(item.leftReason),
  };
}

/** The same checks as the forms: the details form's field rules, then every date rule. */
export function interchangeVolunteerProblems(v: StoredVolunteer, today: string): Record<string, string> {
  const details = volunteerInput.safeParse({
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: v.dateOfBirth,
    gender: v.gender,
    email: v.email,
    phone: v.phone,
    address: v.address,
    postcode: v.postcode,
    area: v.area,
    enquiryDate: v.enquiryDate,
    enquirySource: v.enquirySource,
    enquiryRespondedDate: v.enquiryRespondedDate,
    languages: v.languages,
    interests: v.interests,
    availability: v.availability,
    maxTravelMiles: v.maxTravelMiles,
    preferences: v.preferences,
  });
  const problems: Record<string, string> = {};
  if (!details.success) for (const issue of details.error.issues) problems[issue.path.join('.')] ??= issueMessage(issue);
  return { ...problems, ...volunteerDateProblems(v, today) };
}

/** Returns the new volunteer's database id. */
export function insertVolunteer(insert: Insert, v: StoredVolunteer, externalRef: string): number {
  const d = v.dbs;
  const id = insert(volunteers, {
    externalRef,
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    dateOfBirth: v.dateOfBirth,
    gender: v.gender,
    email: v.email,
    phone: v.phone,
    address: v.address,
    postcode: v.postcode,
    area: v.area,
    languages: JSON.stringify(v.languages),
    interests: JSON.stringify(v.interests),
    availability: v.availability,
    maxTravelMiles: v.maxTravelMiles,
    preferences: v.preferences,
    capacity: v.capacity,
    enquiryDate: v.enquiryDate,
    enquirySource: v.enquirySource,
    enquiryRespondedDate: v.enquiryRespondedDate,
    applicationDate: v.applicationDate,
    interviewDate: v.interviewDate,
    interviewPanel: v.interviewPanel,
    interviewOutcome: v.interviewOutcome,
    interviewNotes: v.interviewNotes,
    dbsCertificateNumber: d?.certificateNumber ?? null,
    dbsIssueDate: d?.issueDate ?? null,
    dbsLevel: d?.level ?? null,
    dbsOutcome: d?.outcome ?? null,
    dbsCheckedBy: d?.checkedBy ?? null,
    dbsCheckedDate: d?.checkedDate ?? null,
    dbsUpdateService: d?.updateService ?? null,
    dbsUpdateServiceCheckedDate: d?.updateServiceCheckedDate ?? null,
    dbsDisclosureNote: d?.disclosureNote ?? null,
    dbsDisclosureDecisionDate: d?.disclosureDecisionDate ?? null,
    dbsDisclosureNoteDeletedDate: d?.disclosureNoteDeletedDate ?? null,
    approvedDate: v.approvedDate,
    withdrawnDate: v.withdrawnDate,
    withdrawnReason: v.withdrawnReason,
    rejectedDate: v.rejectedDate,
    rejectedReason: v.rejectedReason,
    leftDate: v.leftDate,
    leftReason: v.leftReason,
  });
  for (const { id: _id, ...r } of v.references) insert(volunteerReferences, { volunteerId: id, ...r });
  for (const t of v.training) insert(volunteerTraining, { volunteerId: id, module: t.module, completedDate: t.completedDate });
  for (const p of v.inactivePeriods) insert(volunteerInactivePeriods, { volunteerId: id, fromDate: p.from, toDate: p.to, reason: p.reason, expectedReturn: p.expectedReturn });
  return id;
}

export function volunteerToInterchange(v: StoredVolunteer, externalRef: string): Item {
  const { id: _id, references, training, inactivePeriods, dbs, ...rest } = v;
  return compact({
    id: externalRef,
    ...rest,
    references: references.map(({ id: _r, ...r }) => compact(r)),
    dbs: dbs ? compact(dbs) : null,
    training: training.map(({ id: _t, ...t }) => compact(t)),
    inactivePeriods: inactivePeriods.map(({ id: _p, ...p }) => compact(p)),
  }) as Item;
}
