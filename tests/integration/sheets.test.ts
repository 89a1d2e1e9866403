/**
 * Spreadsheet import on a real encrypted database: workbooks and CSV files shaped like
 * coordinators' own go through to the expected records; refused files say why and write
 * nothing; an import undoes as a whole; and what came in exports with every value intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../helpers/cli';
import { unlockedSession } from '../helpers/session';
import { dispatch } from '../../electron/core/handlers';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import { tableCounts } from '../../electron/core/reports/counts';
import { listBackups } from '../../electron/core/backup/list';
import type { Session } from '../../electron/core/session';
import type { SheetPreview, SheetImportEntry } from '../../shared/contract';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';
import { volunteerTracker, referralsCsv1252, trackerWith, oldXls, passwordXlsx, notASpreadsheet, emptyWorkbook, utf8Bom } from '../fixtures/sheets/build';

const TODAY = '2026-11-20';
let session: Session;
let cleanup: () => void;

beforeAll(async () => {
  ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
});
afterAll(() => cleanup());

const file = (bytes: Buffer, fileName: string) => ({ base64: bytes.toString('base64'), fileName });

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function refusal(name: string, input: unknown): Promise<string> {
  const result = await dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error.message;
}

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
const exported = () => exportDocument(session.db);
const byName = <T extends { firstName: string }>(list: T[] | undefined, firstName: string) => list?.find((r) => r.firstName === firstName);

describe('a volunteer tracker workbook', () => {
  let preview: SheetPreview;
  beforeAll(async () => {
    preview = await call<SheetPreview>('sheetPreview', { ...file(await volunteerTracker(), 'tracker.xlsx'), kind: 'volunteers', sheet: 'Volunteers' });
  });

  it('finds the headers below the title, under their merged group cells, and leaves the totals row out with a message', () => {
    expect(preview.sheets).toEqual(['Notes', 'Volunteers']);
    expect(preview.headerRow).toBe(4);
    expect(preview.columns.map((c) => [c.header, c.field])).toEqual([
      ['First name', 'firstName'],
      ['Surname', 'lastName'],
      ['D.O.B.', 'dateOfBirth'],
      ['Date of enquiry', 'enquiryDate'],
      ['How did you hear about us', 'enquirySource'],
      ['Form received', 'applicationDate'],
      ['DBS Number', 'dbs.certificateNumber'],
      ['DBS Issue date', 'dbs.issueDate'],
      ['Update service', 'dbs.updateService'],
      ['E-mail', 'email'],
      ['Reference 1 Referee', 'reference1.name'],
      ['Reference 1 Received', 'reference1.receivedDate'],
      ['Ref 2 date', 'reference2.receivedDate'],
      ['References OK', 'referencesSatisfactory'],
      ['Induction', 'training.Induction'],
      ['Safeguarding training date', 'training.Safeguarding children'],
      ['Training completed', 'trainingCompleted'],
    ]);
    expect(preview.notes).toEqual(['Row 9 looks like a totals row, so it was left out']);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ volunteers: 3 });
    expect(preview.rows.map((r) => r.row)).toEqual([5, 6, 8]);
    expect(preview.values.find((v) => v.text === 'Facebook')).toMatchObject({ field: 'enquirySource', value: 'social_media' });
    expect(preview.trainingModules).toEqual(DEFAULT_RECRUITMENT_SETTINGS.trainingModules);
    // The first rows show the references and training as they will be stored.
    expect(preview.rows[0].values.slice(-6)).toEqual([
      { label: 'Reference 1', text: 'Jo Bell, received 20/03/2021, satisfactory' },
      { label: 'Reference 2', text: 'received 25/03/2021, satisfactory' },
      { label: 'Training: Induction', text: 'completed 01/04/2021' },
      { label: 'Training: Safeguarding children', text: 'completed 02/04/2021' },
      { label: 'Training: Confidentiality and record keeping', text: 'completed 03/04/2021' },
      { label: 'Training: The Independent Visitor role and boundaries', text: 'completed 03/04/2021' },
    ]);
  });

  it('writes nothing for a preview', () => {
    expect(tableCounts(session.db).volunteers).toBe(0);
  });

  it('imports every row as the records expected, after a backup labelled as before a spreadsheet import', async () => {
    const done = await call<{ importId: number; counts: Record<string, number> }>('sheetImport', { ...file(await volunteerTracker(), 'tracker.xlsx'), kind: 'volunteers', sheet: 'Volunteers' });
    expect(done.counts).toEqual({ volunteers: 3 });
    expect(listBackups(session.files.dir, session.connection.sqlite).map((b) => b.reason)).toContain('before_sheet_import');
    const { volunteers } = exported();
    const { id: _a, ...amara } = byName(volunteers, 'Amara')!;
    expect(amara).toEqual({
      firstName: 'Amara',
      lastName: 'Okafor',
      dateOfBirth: '1985-06-14',
      email: 'amara@example.org',
      enquiryDate: '2021-03-03',
      enquirySource: 'social_media',
      applicationDate: '2021-03-03',
      dbs: { certificateNumber: '001234567890', issueDate: '2021-04-20', updateService: true },
      references: [
        { name: 'Jo Bell', receivedDate: '2021-03-20', satisfactory: true },
        { receivedDate: '2021-03-25', satisfactory: true },
      ],
      training: [
        { module: 'Induction', completedDate: '2021-04-01' },
        { module: 'Safeguarding children', completedDate: '2021-04-02' },
        { module: 'Confidentiality and record keeping', completedDate: '2021-04-03' },
        { module: 'The Independent Visitor role and boundaries', completedDate: '2021-04-03' },
      ],
      capacity: 1,
    });
    // An Excel serial date, d/m/yy with the two-digit-year rule, a typed dd/mm/yyyy date, "N" for no.
    expect(byName(volunteers, 'Bethan')).toMatchObject({ dateOfBirth: '1979-11-05', enquiryDate: '2021-03-01', applicationDate: '2021-03-12', dbs: { updateService: false } });
    // "References OK: N" with no reference on the row records none.
    expect(byName(volunteers, 'Bethan')?.references ?? []).toEqual([]);
    // ISO text, "2 Feb 2022" and a tick.
    expect(byName(volunteers, 'Ciarán')).toMatchObject({ lastName: 'Ó Briain', dateOfBirth: '1990-01-02', enquiryDate: '2022-02-02', dbs: { issueDate: '2022-03-14', updateService: true } });
    expect(byName(volunteers, 'Ciarán')?.references).toEqual([{ name: 'Sam Reid', receivedDate: '2022-03-01', satisfactory: true }]);
    expect(byName(volunteers, 'Ciarán')?.training?.map((t) => t.completedDate)).toEqual(['2022-03-10', '2022-03-10', '2022-03-10', '2022-03-10']);
  });

  it('lists the import in the history and finds its mapping again for the next file with the same headers', async () => {
    const [entry] = await call<SheetImportEntry[]>('sheetImports', {});
    expect(entry).toMatchObject({ kind: 'volunteers', fileName: 'tracker.xlsx', sheet: 'Volunteers', counts: { volunteers: 3 }, undoneAt: null });
    const again = await call<SheetPreview>('sheetPreview', { ...file(await volunteerTracker(), 'tracker.xlsx'), kind: 'volunteers', sheet: 'Volunteers' });
    expect(again.savedMapping).toBe(true);
    // The same people are now likely duplicates: skipped unless chosen.
    expect(again.duplicates.map((d) => [d.row, d.imported])).toEqual([
      [5, false],
      [6, false],
      [8, false],
    ]);
    expect(again.duplicates[0].existing).toEqual(['Amara Okafor (the same name and date of birth)']);
    expect(again.counts).toEqual({});
    const chosen = await call<SheetPreview>('sheetPreview', { ...file(await volunteerTracker(), 'tracker.xlsx'), kind: 'volunteers', sheet: 'Volunteers', importDuplicates: [6] });
    expect(chosen.counts).toEqual({ volunteers: 1 });
  });

  it('undoes the import as a whole, and not a second time', async () => {
    const [entry] = await call<SheetImportEntry[]>('sheetImports', {});
    const { message } = await call<{ message: string }>('undoSheetImport', { id: entry.id });
    // 3 volunteers, their 3 references and 8 training records.
    expect(message).toBe('The import of tracker.xlsx (volunteers) was undone: 14 records removed.');
    expect(tableCounts(session.db).volunteers).toBe(0);
    expect(session.connection.sqlite.prepare('SELECT (SELECT count(*) FROM volunteer_references) + (SELECT count(*) FROM volunteer_training) AS n').get()).toEqual({ n: 0 });
    expect(await refusal('undoSheetImport', { id: entry.id })).toBe('This import has already been undone. Nothing was changed.');
  });
});

describe('problems', () => {
  it('names the row as the spreadsheet numbers it and the column by its own header, and nothing is written', async () => {
    const bytes = await trackerWith([
      ['Dana', 'Reed', '14/02/1990', '01/03/2024', 'Website'],
      ['Eve', 'Stone', '31/02/2009', '01/03/2024', 'Church newsletter'],
      ['', 'Ford', '', 'soon', ''],
    ]);
    const preview = await call<SheetPreview>('sheetPreview', { ...file(bytes, 'people.xlsx'), kind: 'volunteers' });
    expect(preview.problems).toEqual([
      'Row 3, Date of birth: 31/02/2009 is not a real date',
      'Row 3, Source: "Church newsletter" is not one of "Social media", "Website", "Event", "Word of mouth", "Advert", "Other": map it to one of them',
      'Row 4, First name: the first name is missing',
      'Row 4, Enquiry received: "soon" is not a date IV Desk can read: use dd/mm/yyyy, like 03/03/2021',
    ]);
    expect(await refusal('sheetImport', { ...file(bytes, 'people.xlsx'), kind: 'volunteers' })).toBe('Nothing was imported: Row 3, Date of birth: 31/02/2009 is not a real date (and 3 more problems)');
    expect(tableCounts(session.db).volunteers).toBe(0);
  });

  it('puts the same rules as the JSON import at their row and column', async () => {
    const preview = await call<SheetPreview>('sheetPreview', { ...file(await trackerWith([['Fay', 'Hill', '01/01/2030', '01/03/2024', '']]), 'x.xlsx'), kind: 'volunteers' });
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]).toMatch(/^Row 2, Date of birth: /);
  });

  it("puts a reference's or a training module's problem at its own column, by the volunteer profile's rules", async () => {
    const sheet = csv([
      'First name,Surname,Enquiry date,Ref 1 received,Ref 2 date,References OK,Induction,Training completed',
      'Ann,One,01/03/2024,01/01/2030,,,,',
      'Bea,Two,01/03/2024,,,Y,,',
      'Cat,Three,01/03/2024,,05/03/2024,,01/01/2030,01/02/2024',
      'Dee,Four,01/03/2024,,,,Y,',
    ]);
    const preview = await call<SheetPreview>('sheetPreview', { ...file(sheet, 'checks.csv'), kind: 'volunteers' });
    expect(preview.problems).toEqual([
      'Row 2, Ref 1 received: The date the reference was received cannot be in the future',
      'Row 3, References OK: Give the date the reference was received',
      'Row 4, Induction: A training completion date cannot be in the future',
      'Row 4, Training completed: Training cannot be completed before the enquiry (01/03/2024)',
      'Row 5, Induction: "Y" is not a date IV Desk can read: use dd/mm/yyyy, like 03/03/2021',
    ]);
    expect(await refusal('sheetImport', { ...file(sheet, 'checks.csv'), kind: 'volunteers' })).toMatch(/^Nothing was imported: Row 2, Ref 1 received/);
    expect(session.connection.sqlite.prepare('SELECT (SELECT count(*) FROM volunteer_references) + (SELECT count(*) FROM volunteer_training) AS n').get()).toEqual({ n: 0 });
  });

  it("takes training only of the modules in the scheme's settings", async () => {
    const sheet = { ...file(csv(['First name,Surname,Enquiry date,First aid', 'Gil,Moss,01/03/2024,05/03/2024']), 'aid.csv'), kind: 'volunteers', mapping: { columns: { 'First aid': 'training.First aid' }, values: {}, dateOrder: 'dmy' } };
    const before = await call<SheetPreview>('sheetPreview', sheet);
    expect(before.columns.find((c) => c.header === 'First aid')?.field).toBeNull();
    await call('updateRecruitmentSettings', { ...DEFAULT_RECRUITMENT_SETTINGS, trainingModules: ['First aid'] });
    try {
      const after = await call<SheetPreview>('sheetPreview', sheet);
      expect(after.trainingModules).toEqual(['First aid']);
      expect(after.rows[0].values).toContainEqual({ label: 'Training: First aid', text: 'completed 05/03/2024' });
      // Matched by its name alone too.
      const auto = await call<SheetPreview>('sheetPreview', { ...sheet, mapping: undefined });
      expect(auto.columns.find((c) => c.header === 'First aid')?.field).toBe('training.First aid');
    } finally {
      await call('updateRecruitmentSettings', DEFAULT_RECRUITMENT_SETTINGS);
    }
  });

  it('maps a value and a column as the coordinator chose, and says when no column gives a needed field', async () => {
    const bytes = await trackerWith([['Gail', 'Ash', '', '01/03/2024', 'Church newsletter']]);
    const mapping = { columns: { Source: 'enquirySource', 'Enquiry received': 'enquiryDate' }, values: { enquirySource: { 'Church Newsletter': 'advert' } }, dateOrder: 'dmy' };
    const preview = await call<SheetPreview>('sheetPreview', { ...file(bytes, 'x.xlsx'), kind: 'volunteers', mapping });
    expect(preview.problems).toEqual([]);
    expect(preview.values).toEqual([{ field: 'enquirySource', header: 'Source', text: 'Church newsletter', value: 'advert', rows: 1 }]);
    const without = await call<SheetPreview>('sheetPreview', { ...file(bytes, 'x.xlsx'), kind: 'volunteers', mapping: { ...mapping, columns: { 'Enquiry received': null } } });
    expect(without.problems[0]).toBe('No column gives the enquiry date, which every row needs: choose the column it is in');
  });

  it('points out a date column that could be read either way, and reads it month-first when chosen', async () => {
    const bytes = csv(['First name,Surname,Enquiry date', 'Hal,Moss,03/04/2024', 'Ida,Moss,05/06/2024']);
    const preview = await call<SheetPreview>('sheetPreview', { ...file(bytes, 'x.csv'), kind: 'volunteers' });
    expect(preview.dateNotes).toEqual(['Enquiry date: every date could be read day-first or month-first (03/04/2024 is 3 April 2024 day-first, 4 March 2024 month-first). They are read day-first; choose the other if that is wrong.']);
    const monthFirst = await call<SheetPreview>('sheetPreview', { ...file(bytes, 'x.csv'), kind: 'volunteers', mapping: { ...preview.mapping, dateOrder: 'mdy' } });
    expect(monthFirst.rows[0].values).toContainEqual({ label: 'Enquiry date', text: '04/03/2024' });
  });
});

describe('reading a workbook', () => {
  it('writes no temporary file: exceljs would copy a sheet that comes before its shared strings to one, unencrypted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivdesk-sheet-tmp-'));
    try {
      const path = join(dir, 'tracker.xlsx');
      writeFileSync(path, await volunteerTracker());
      const temp = join(dir, 'tmp');
      mkdirSync(temp);
      const rows = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'tests/fixtures/sheets/readInChild.ts'), path, 'Volunteers'], { cwd: ROOT, env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp } });
      expect(String(rows)).toBe('7');
      // tsx keeps its own compile cache there; nothing else may appear.
      expect(readdirSync(temp).filter((name) => !name.startsWith('tsx'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('files that are refused', () => {
  it.each([
    ['an old .xls', oldXls, 'This is an old Excel file (.xls), which IV Desk does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV", then try again. Nothing was imported.'],
    ['a password-protected workbook', passwordXlsx, 'This workbook is protected with a password, so IV Desk cannot read it. Open it in Excel, remove the password (File, Info, Protect Workbook), save it and try again. Nothing was imported.'],
    ['a file that is not a spreadsheet', notASpreadsheet, 'This file is not a spreadsheet IV Desk can read: save it from Excel as "Excel Workbook (.xlsx)" or "CSV", and try again. Nothing was imported.'],
  ])('%s', async (_what, bytes, message) => {
    expect(await refusal('sheetPreview', { ...file(bytes(), 'x.xlsx'), kind: 'volunteers' })).toBe(message);
  });

  it('an empty sheet, and a sheet the workbook does not have', async () => {
    expect(await refusal('sheetPreview', { ...file(await emptyWorkbook(), 'x.xlsx'), kind: 'volunteers' })).toBe('The sheet "Sheet1" is empty, so there is nothing to import. Nothing was imported.');
    expect(await refusal('sheetPreview', { ...file(await volunteerTracker(), 'x.xlsx'), kind: 'volunteers', sheet: 'Visits' })).toBe('The workbook has no sheet called "Visits". Its sheets are: "Notes", "Volunteers". Nothing was imported.');
  });
});

describe('young people from a Windows-1252 CSV, with their referrals', () => {
  it('reads the accented names, leaves out the repeated headers, and imports each referral with its young person', async () => {
    const preview = await call<SheetPreview>('sheetPreview', { ...file(referralsCsv1252(), 'referrals.csv'), kind: 'young-people' });
    expect(preview.encoding).toBe('Windows-1252');
    expect(preview.notes).toEqual(['Row 6 repeats the headers, so it was left out']);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ 'young people': 3, referrals: 2 });
    await call('sheetImport', { ...file(referralsCsv1252(), 'referrals.csv'), kind: 'young-people' });
    const { youngPeople, referrals } = exported();
    expect(youngPeople?.map((y) => [y.firstName, y.lastName, y.dateOfBirth, y.placementType ?? null])).toEqual([
      ['Zoë', 'Müller', '2012-02-14', 'foster'],
      ['José', 'Núñez', '2010-03-03', 'residential'],
      ['Siân', 'Pryce', '2013-07-09', null],
    ]);
    const zoe = youngPeople!.find((y) => y.firstName === 'Zoë')!;
    expect(referrals?.find((r) => r.youngPersonId === zoe.id)).toMatchObject({ date: '2024-09-01', referrerName: 'Ms Hughes (IRO)', outcome: 'pending' });
  });

  it('flags a young person with the same case reference, or a short form of the first name, as the young person form would', async () => {
    await call('sheetImport', { ...file(csv(['First name,Surname,DOB,Case ref', 'Samantha,Reid,01/05/2011,LCS-7001']), 'cases.csv'), kind: 'young-people' });
    const again = csv(['First name,Surname,DOB,Case ref', 'Sammy-Jo,Reid-Hart,02/06/2011,lcs 7001', 'Sam,Reid,01/05/2011,', 'Sam,Reid,02/05/2011,']);
    const preview = await call<SheetPreview>('sheetPreview', { ...file(again, 'cases2.csv'), kind: 'young-people' });
    expect(preview.duplicates).toEqual([
      { row: 2, name: 'Sammy-Jo Reid-Hart', existing: ['Samantha Reid (the same case reference)'], imported: false },
      { row: 3, name: 'Sam Reid', existing: ['Samantha Reid (the same last name and date of birth, and Sam may be short for Samantha)'], imported: false },
    ]);
    expect(preview.counts).toEqual({ 'young people': 1 });
  });

  it('reads UTF-8 with a byte order mark', async () => {
    const preview = await call<SheetPreview>('sheetPreview', { ...file(utf8Bom('First name,Surname,Enquiry date\r\nZoë,Łukasz,01/02/2024\r\n'), 'x.csv'), kind: 'volunteers' });
    expect(preview.encoding).toBe('UTF-8');
    expect(preview.rows[0].values.slice(0, 2)).toEqual([
      { label: 'First name', text: 'Zoë' },
      { label: 'Last name', text: 'Łukasz' },
    ]);
  });
});

describe('records on existing people: matches, visits, supervisions and care reviews', () => {
  it('names the volunteer and the young person by name or id, and round-trips through the interchange export', async () => {
    const jo = csv(['First name,Surname,Enquiry date,Form received,Approved,Referee 1,Ref 1 requested,Ref 1 received,Ref 1 OK,Referee 2,Reference 2 received,Reference 2 satisfactory,Induction,Training completed', 'Jo,Bell,01/01/2024,05/01/2024,01/03/2024,Ann Hall,06/01/2024,20/01/2024,Yes,Raj Mehta,22/01/2024,No,10/02/2024,12/02/2024']);
    await call('sheetImport', { ...file(jo, 'v.csv'), kind: 'volunteers' });
    const zoe = exported().youngPeople!.find((y) => y.firstName === 'Zoë')!;
    const matches = await call<SheetPreview>('sheetPreview', { ...file(csv(['Volunteer,Young person,Date matched,Start date', `Jo Bell,${zoe.id},01/10/2024,15/10/2024`, 'Jo Bell,Nobody Here,01/10/2024,']), 'm.csv'), kind: 'matches' });
    expect(matches.problems).toEqual(['Row 3, Young person: there is no young person called "Nobody Here" in IV Desk (add them first, or check the spelling)']);
    await call('sheetImport', { ...file(csv(['Volunteer,Young person,Date matched,Start date', `Jo Bell,${zoe.id},01/10/2024,15/10/2024`]), 'm.csv'), kind: 'matches' });
    const visitsSheet = csv(['Date of visit,IV,Child,Activity,Duration,Cost,Miles,Bus fare', '20/10/2024,Jo Bell,Zoë Müller,Bowling,1h 30m,£12.50,4.5,80p', '27/10/2024,Bell Jo,Müller Zoë,Park,45,0,,']);
    await call('sheetImport', { ...file(visitsSheet, 'visits.csv'), kind: 'visits' });
    await call('sheetImport', { ...file(csv(['Volunteer,Supervision date,Enjoying,Positive impact,Topics', 'Jo Bell,01/11/2024,Yes,Not sure,Endings']), 's.csv'), kind: 'supervisions' });
    await call('sheetImport', { ...file(csv(['Young person,Review date,IV attended,Feedback,Next review', 'Zoë Müller,05/11/2024,✓,Positive,05/05/2025']), 'r.csv'), kind: 'care-reviews' });
    const document = exported();
    expect(byName(document.volunteers, 'Jo')).toMatchObject({
      references: [
        { name: 'Ann Hall', requestedDate: '2024-01-06', receivedDate: '2024-01-20', satisfactory: true },
        { name: 'Raj Mehta', receivedDate: '2024-01-22', satisfactory: false },
      ],
      training: [
        { module: 'Induction', completedDate: '2024-02-10' },
        { module: 'Safeguarding children', completedDate: '2024-02-12' },
        { module: 'Confidentiality and record keeping', completedDate: '2024-02-12' },
        { module: 'The Independent Visitor role and boundaries', completedDate: '2024-02-12' },
      ],
    });
    const match = document.matches![0];
    expect(match).toMatchObject({ proposedDate: '2024-10-01', startDate: '2024-10-15' });
    expect(document.visits!.map(({ id: _id, matchId, ...v }) => [matchId === match.id, v])).toEqual([
      [true, { date: '2024-10-20', activity: 'Bowling', durationMinutes: 90, activityCostPence: 1250, miles: 4.5, transportCostPence: 80 }],
      [true, { date: '2024-10-27', activity: 'Park', durationMinutes: 45, activityCostPence: 0 }],
    ]);
    expect(document.supervisions![0]).toMatchObject({ date: '2024-11-01', enjoying: 'yes', positiveImpact: 'unsure', topics: 'Endings' });
    expect(document.careReviews![0]).toMatchObject({ youngPersonId: zoe.id, date: '2024-11-05', ivAttended: true, professionalFeedback: 'positive', nextReviewDate: '2025-05-05' });
  });

  it('refuses to undo an import whose records have had others added to them since, changing nothing', async () => {
    const history = await call<SheetImportEntry[]>('sheetImports', {});
    const matchesImport = history.find((h) => h.kind === 'matches')!;
    const before = tableCounts(session.db);
    expect(await refusal('undoSheetImport', { id: matchesImport.id })).toBe('This import cannot be undone, because some of its records have been changed since, or have had records added to them. Nothing was changed.');
    expect(tableCounts(session.db)).toEqual(before);
  });

  it('refuses to undo a volunteers import once one of them has a match (a match is filed under no one: the database stops it)', async () => {
    const volunteers = await call<{ importId: number }>('sheetImport', { ...file(csv(['First name,Surname,Enquiry date,Form received,Approved', 'Kit,Lane,01/01/2024,05/01/2024,01/03/2024']), 'v2.csv'), kind: 'volunteers' });
    await call('sheetImport', { ...file(csv(['Volunteer,Young person,Date matched', 'Kit Lane,José Núñez,20/10/2024']), 'm2.csv'), kind: 'matches' });
    const before = tableCounts(session.db);
    expect(await refusal('undoSheetImport', { id: volunteers.importId })).toBe('This import cannot be undone, because other records have been added to its records since (a match, a visit or a review, for example). Nothing was changed.');
    expect(tableCounts(session.db)).toEqual(before);
  });

  it('refuses to undo an import whose records were changed since', async () => {
    const history = await call<SheetImportEntry[]>('sheetImports', {});
    const reviews = history.find((h) => h.kind === 'care-reviews')!;
    session.connection.sqlite.prepare("UPDATE care_reviews SET notes = 'Changed by hand'").run();
    expect(await refusal('undoSheetImport', { id: reviews.id })).toBe('This import cannot be undone, because some of its records have been changed since, or have had records added to them. Nothing was changed.');
  });
});

describe('a long sheet of likely duplicates', () => {
  it('lists the first 200 and counts the rest, all skipped', async () => {
    await call('sheetImport', { ...file(csv(['First name,Surname,Date of birth,Enquiry date', 'Dee,Plicate,01/01/1980,01/01/2024']), 'one.csv'), kind: 'volunteers' });
    const rows = Array.from({ length: 201 }, () => 'Dee,Plicate,01/01/1980,01/01/2024');
    const preview = await call<SheetPreview>('sheetPreview', { ...file(csv(['First name,Surname,Date of birth,Enquiry date', ...rows]), 'many.csv'), kind: 'volunteers' });
    expect(preview.duplicates).toHaveLength(200);
    expect(preview.moreDuplicates).toBe(1);
    expect(preview.counts).toEqual({});
  });
});
