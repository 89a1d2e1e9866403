/**
 * The profiles that lead with now, on a real encrypted database: the young person's new
 * fields (saved, read back, refused when too long, carried by export and import), the
 * consent on an older form, and the volunteer's profile in one call.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { importDocument, planImport } from '../../electron/core/interchange/importDocument';
import { tableCounts } from '../../electron/core/reports/counts';
import { ok, sessionsFor } from '../helpers/calls';
import type { VolunteerProfile, YoungPerson } from '../../shared/contract';
import { CONSENT_FORM_VERSION } from '../../shared/documents/consentForm';
import { TEXT_LIMITS } from '../../shared/textLimits';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

const TODAY = '2026-11-23';
const open = sessionsFor(TODAY);

const CARE = {
  placementContact: 'Foster carers Ann and Raj Mehta, 07700 900456',
  legalStatus: 's31',
  caseReference: 'CIC/2019/00417',
  school: 'St Bede’s Catholic School, Lanchester',
} as const;
const person = { firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09', lookedAfterDate: '2019-04-15' };

describe('the young person’s placement contact, legal status, case reference and school', () => {
  it('are saved and read back, trimmed, and cleared when left empty', async () => {
    const session = await open();
    const created = await ok<YoungPerson>(session, 'createYoungPerson', { ...person, ...CARE, school: `  ${CARE.school}  ` });
    expect(created).toMatchObject({ ...CARE, lookedAfterDate: '2019-04-15' });
    expect(await ok<YoungPerson>(session, 'getYoungPerson', { id: created.id })).toMatchObject(CARE);
    const cleared = await ok<YoungPerson>(session, 'updateYoungPerson', { id: created.id, ...person, placementContact: '', caseReference: '', school: '', legalStatus: null });
    expect(cleared).toMatchObject({ placementContact: null, legalStatus: null, caseReference: null, school: null });
  });

  it('refuses text longer than the form allows and a legal status that is not one of the list, naming the field and writing nothing', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person);
    const before = JSON.stringify(tableCounts(session.db));
    for (const [field, max, message] of [
      ['placementContact', TEXT_LIMITS.youngPerson.placementContact, 'The placement contact is too long: at most 300 characters.'],
      ['caseReference', TEXT_LIMITS.youngPerson.caseReference, 'The council’s case reference is too long: at most 50 characters.'],
      ['school', TEXT_LIMITS.youngPerson.school, 'The school is too long: at most 100 characters.'],
    ] as const) {
      const result = await dispatch(session, 'updateYoungPerson', { id: yp.id, ...person, [field]: 'x'.repeat(max + 1) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.message, result.error.fields?.[field]]).toEqual([message, message]);
    }
    const status = await dispatch(session, 'updateYoungPerson', { id: yp.id, ...person, legalStatus: 's99' });
    expect(status.ok).toBe(false);
    if (!status.ok) expect(status.error.fields?.legalStatus).toBe('Choose the legal status');
    expect(JSON.stringify(tableCounts(session.db))).toBe(before);
    expect(await ok<YoungPerson>(session, 'getYoungPerson', { id: yp.id })).toMatchObject({ placementContact: null, legalStatus: null, caseReference: null, school: null });
  });

  it('travel in the interchange file: export, import into an empty scheme, export again gives the same', async () => {
    const source = await open();
    await ok<YoungPerson>(source, 'createYoungPerson', { ...person, ...CARE });
    const first = exportDocument(source.db);
    expect(first.youngPeople?.[0]).toMatchObject(CARE);
    const target = await open();
    importDocument(target.db, JSON.stringify(first), TODAY);
    const { exportedAt: _a, ...second } = exportDocument(target.db);
    const { exportedAt: _b, ...again } = first;
    expect(second).toEqual(again);
  });

  it('an import with a case reference too long is refused, naming the list, id and field', async () => {
    const session = await open();
    const file = { format: 'iv-desk/1', youngPeople: [{ id: 'y1', ...person, caseReference: 'x'.repeat(TEXT_LIMITS.youngPerson.caseReference + 1) }] };
    const before = JSON.stringify(tableCounts(session.db));
    const { preview } = planImport(session.db, JSON.stringify(file), TODAY);
    expect(preview.valid).toBe(false);
    expect(preview.errors.join('\n')).toMatch(/youngPeople.*y1.*caseReference/);
    expect(() => importDocument(session.db, JSON.stringify(file), TODAY)).toThrow(/caseReference/);
    expect(JSON.stringify(tableCounts(session.db))).toBe(before);
  });
});

describe('a consent on an older form', () => {
  it('is flagged with its version while it is the agreement in force, and no longer once the current form is signed', async () => {
    const session = await open();
    const yp = await ok<YoungPerson>(session, 'createYoungPerson', person);
    expect(yp.consentOnOlderForm).toBeNull();
    const old = await ok<YoungPerson>(session, 'saveConsent', { youngPersonId: yp.id, signedDate: '2025-02-01', formVersion: '2024-2', explainedBy: 'Jo', complaintsProcedureExplained: true });
    expect(old.consentOnOlderForm).toBe('2024-2');
    const renewed = await ok<YoungPerson>(session, 'saveConsent', { youngPersonId: yp.id, signedDate: '2026-11-01', formVersion: CONSENT_FORM_VERSION, explainedBy: 'Jo', complaintsProcedureExplained: true });
    expect(renewed.consentOnOlderForm).toBeNull();
  });
});

describe('the volunteer’s profile in one call', () => {
  it('gives the record, the settings, the matches with their last visit, and the supervision schedule', async () => {
    const session = await open();
    importDocument(
      session.db,
      JSON.stringify({
        format: 'iv-desk/1',
        volunteers: [
          {
            id: 'v1',
            firstName: 'Dan',
            lastName: 'Evans',
            enquiryDate: '2025-01-06',
            applicationDate: '2025-01-07',
            interviewDate: '2025-01-11',
            interviewOutcome: 'proceed',
            references: [
              { name: 'A', requestedDate: '2025-01-12', receivedDate: '2025-01-14', satisfactory: true },
              { name: 'B', requestedDate: '2025-01-12', receivedDate: '2025-01-16', satisfactory: true },
            ],
            dbs: { certificateNumber: '001234567890', issueDate: '2025-01-17', level: 'enhanced_barred_children', outcome: 'clear', updateService: false },
            training: DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: '2025-01-19' })),
            approvedDate: '2025-01-20',
          },
        ],
        youngPeople: [{ id: 'y1', ...person }],
        referrals: [{ id: 'r1', youngPersonId: 'y1', date: '2025-02-01', outcome: 'accepted', outcomeDate: '2025-02-02' }],
        matches: [{ id: 'm1', referralId: 'r1', volunteerId: 'v1', proposedDate: '2025-02-10', startDate: '2025-03-01' }],
        visits: [
          { id: 'x1', matchId: 'm1', date: '2026-10-04' },
          { id: 'x2', matchId: 'm1', date: '2026-11-08' },
        ],
      }),
      TODAY,
    );
    const id = (session.connection.sqlite.prepare(`SELECT id FROM volunteers WHERE external_ref = 'v1'`).get() as { id: number }).id;
    const profile = await ok<VolunteerProfile>(session, 'volunteerProfile', { id });
    expect(profile.volunteer).toMatchObject({ id, status: 'active', dbsCheckDue: { date: '2028-01-17', kind: 'recheck' } });
    expect(profile.settings.trainingModules).toEqual(DEFAULT_RECRUITMENT_SETTINGS.trainingModules);
    expect(profile.matches).toEqual([expect.objectContaining({ youngPersonName: 'Kayden Marsh', stage: 'active', lastVisitDate: '2026-11-08' })]);
    expect(profile.supervision.due).toEqual([expect.objectContaining({ volunteerId: id })]);
    expect(profile.supervision.history.total).toBe(0);
    const missing = await dispatch(session, 'volunteerProfile', { id: id + 100 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/could not be found/);
  });
});
