/**
 * Import: validate everything first, then write everything in one transaction. Any
 * problem means nothing is written.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme, volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } from '../db/schema';
import { validateDocument } from '../../../shared/interchange/validate';
import { LIST_NAMES, type InterchangeDocument, type ListName } from '../../../shared/interchange/format';
import { LIST_LABELS } from '../../../shared/interchange/listLabels';
import type { ImportPreview } from '../../../shared/contract';
import { STORED_FIELDS } from './stored';
import { volunteerFromInterchange, interchangeVolunteerProblems, insertVolunteer } from './volunteers';
import { youngPersonProblemsForImport, caseProblems, insertCases } from './cases';
import { insertMatches, matchProblemsForImport } from './matches';
import { insertSupervisions, supervisionProblemsForImport } from './supervisions';
import { insertCareReviews, careReviewProblemsForImport } from './careReviews';
import { insertTodayDecisions, todayDecisionProblemsForImport } from './todayDecisions';
import { withAuditAction } from '../audit/context';
import { inserter } from './inserter';
import { UserError } from '../errors';

interface Plan {
  preview: ImportPreview;
  document: InterchangeDocument | null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    // A byte order mark, as Windows editors write, is not part of the JSON (RFC 8259 §8.1).
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function unsupported(document: InterchangeDocument): string[] {
  const errors: string[] = [];
  for (const list of LIST_NAMES) {
    const items = (document[list] ?? []) as Record<string, unknown>[];
    const stored = STORED_FIELDS[list];
    if (items.length === 0) continue;
    if (!stored) {
      errors.push(`${list}: this version of IV Desk does not store ${LIST_LABELS[list]} yet (${items.length} in the file), so nothing was imported`);
      continue;
    }
    items.forEach((item, index) => {
      for (const [field, value] of Object.entries(item)) {
        if (!stored.includes(field) && value !== null && !(Array.isArray(value) && value.length === 0)) {
          errors.push(`${list}[${index}] (id "${String(item.id)}"), field "${field}": not stored by this version of IV Desk yet, so nothing was imported`);
        }
      }
    });
  }
  return errors;
}

function ruleProblems(document: InterchangeDocument, today: string): string[] {
  const errors: string[] = [];
  const report = (list: ListName, index: number, id: string, problems: Record<string, string | null>) => {
    for (const [field, problem] of Object.entries(problems)) {
      if (problem) errors.push(`${list}[${index}] (id "${id}"), field "${field}": ${problem}`);
    }
  };
  document.volunteers?.forEach((v, i) => report('volunteers', i, v.id, interchangeVolunteerProblems(volunteerFromInterchange(v), today)));
  document.youngPeople?.forEach((y, i) => report('youngPeople', i, y.id, youngPersonProblemsForImport(y, today)));
  const cases = caseProblems(document, today);
  document.referrals?.forEach((r, i) => report('referrals', i, r.id, cases.referrals[i]));
  document.consents?.forEach((c, i) => report('consents', i, c.id, cases.consents[i]));
  const matchChecks = matchProblemsForImport(document, today);
  document.matches?.forEach((m, i) => report('matches', i, m.id, matchChecks.matches[i]));
  document.visits?.forEach((v, i) => report('visits', i, v.id, matchChecks.visits[i]));
  document.contacts?.forEach((c, i) => report('contacts', i, c.id, matchChecks.contacts[i]));
  const supervisionChecks = supervisionProblemsForImport(document, today);
  document.supervisions?.forEach((s, i) => report('supervisions', i, s.id, supervisionChecks[i]));
  const reviewChecks = careReviewProblemsForImport(document, today);
  document.careReviews?.forEach((r, i) => report('careReviews', i, r.id, reviewChecks.careReviews[i]));
  document.careReviewUpdates?.forEach((u, i) => report('careReviewUpdates', i, u.id, reviewChecks.careReviewUpdates[i]));
  const decisionChecks = todayDecisionProblemsForImport(document);
  document.todayDecisions?.forEach((d, i) => report('todayDecisions', i, d.id, decisionChecks[i]));
  return errors;
}

const ID_BATCH = 500;

function alreadyPresent(db: Db, document: InterchangeDocument): string[] {
  const errors: string[] = [];
  const tables = { volunteers, youngPeople, referrals, consents, safeguardingConcerns, complaints, matches, visits, feedback, contacts, supervisions, careReviews, careReviewUpdates } as const;
  for (const [list, table] of Object.entries(tables) as [ListName, (typeof tables)[keyof typeof tables]][]) {
    const ids = (document[list] ?? []).map((item) => item.id);
    // In batches: SQLite refuses a statement with more than 32,766 parameters.
    const found = new Set<string>();
    for (let start = 0; start < ids.length; start += ID_BATCH) {
      const batch = ids.slice(start, start + ID_BATCH);
      for (const row of db.select({ ref: table.externalRef }).from(table).where(inArray(table.externalRef, batch)).all()) found.add(row.ref);
    }
    ids.forEach((id, index) => {
      if (found.has(id)) errors.push(`${list}[${index}] (id "${id}"), field "id": already in this database (imported before?)`);
    });
  }
  return errors;
}

export function planImport(db: Db, text: string, today: string): Plan {
  const counts: Record<string, number> = {};
  const fail = (errors: string[]): Plan => ({ preview: { valid: false, schemeName: null, counts, errors }, document: null });
  const json = parseJson(text);
  if (!json.ok) return fail(['The file is not valid JSON, so it cannot be an IV Desk interchange file.']);
  // The parsed file is this import's own: validation may reuse it rather than hold a copy.
  const validation = validateDocument(json.value, { consume: true });
  if (!validation.ok) return fail(validation.errors);
  const document = validation.document;
  for (const list of LIST_NAMES) {
    if (document[list]?.length) counts[list] = document[list].length;
  }
  const errors = [...unsupported(document), ...ruleProblems(document, today), ...alreadyPresent(db, document)];
  if (errors.length) return fail(errors);
  return { preview: { valid: true, schemeName: document.scheme?.name ?? null, counts, errors: [] }, document };
}

/** `beforeWriting` runs once the file has passed every check, just before it is written (the backup before an import). */
export function importDocument(db: Db, text: string, today: string, beforeWriting?: () => void): Record<string, number> {
  const { preview, document } = planImport(db, text, today);
  if (!document) {
    throw new UserError('invalid_input', `The file was not imported: ${preview.errors[0]}${preview.errors.length > 1 ? ` (and ${preview.errors.length - 1} more problems)` : ''}`);
  }
  beforeWriting?.();
  const insert = inserter(db);
  // Every record the file brings is recorded in the audit trail as imported.
  withAuditAction(db, 'import', () =>
    db.transaction((tx) => {
      if (document.scheme) {
        const s = document.scheme;
        tx.update(scheme)
          .set({
            name: s.name,
            localAuthority: s.localAuthority ?? null,
            childrenInCareCount: s.childrenInCareCount ?? null,
            childrenInCareCountDate: s.childrenInCareCountDate ?? null,
            mileageRatePence: s.mileageRatePence ?? 45,
            financialYearStartMonth: s.financialYearStartMonth ?? 4,
            idleLockMinutes: s.idleLockMinutes ?? 5,
            recruitmentSettings: s.recruitmentSettings ? JSON.stringify(s.recruitmentSettings) : null,
            caseSettings: s.caseSettings ? JSON.stringify(s.caseSettings) : null,
          })
          .run();
      }
      const volunteerIds = new Map<string, number>();
      for (const v of document.volunteers ?? []) volunteerIds.set(v.id, insertVolunteer(insert, volunteerFromInterchange(v), v.id));
      const { people, referrals: referralIds } = insertCases(insert, document, volunteerIds);
      const matchIds = insertMatches(insert, document, referralIds, volunteerIds);
      insertSupervisions(insert, document.supervisions ?? [], volunteerIds, matchIds);
      insertCareReviews(insert, document, people);
      insertTodayDecisions(db, insert, document.todayDecisions ?? [], { volunteers: volunteerIds, youngPeople: people, matches: matchIds });
    }),
  );
  return preview.counts;
}
