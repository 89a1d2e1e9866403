import { describe, expect, it } from 'vitest';
import { columnPlan, missingColumns, readRow, recordsOfRow, rowProblem, type SheetMapping } from './records';
import { matchHeaders } from './headers';
import { storedWords } from './stored';

const mapping: SheetMapping = { columns: {}, values: {}, dateOrder: 'dmy' };

describe('a row as interchange records', () => {
  const headers = ['Forename', 'Surname', 'DOB', 'Referral date', 'Referred by', 'Placement'];
  const plan = columnPlan('young-people', headers, matchHeaders('young-people', headers));

  it('reads each cell by its field, nests the referral, and names problems by row and header', () => {
    const values = readRow(plan, { number: 14, cells: ['Zoë', 'Müller', '31/02/2009', '01/09/2024', 'Ms Hughes', 'Foster care'] }, mapping);
    expect(values.problems).toEqual(['Row 14, DOB: 31/02/2009 is not a real date']);
    expect(values.fields).toEqual({ firstName: 'Zoë', lastName: 'Müller', placementType: 'foster', referral: { date: '2024-09-01', referrerName: 'Ms Hughes' } });
    expect(recordsOfRow('young-people', 'row-14', values.fields, {})).toEqual([
      { list: 'youngPeople', record: { id: 'row-14', firstName: 'Zoë', lastName: 'Müller', placementType: 'foster' } },
      { list: 'referrals', record: { id: 'row-14-referral', youngPersonId: 'row-14', outcome: 'pending', date: '2024-09-01', referrerName: 'Ms Hughes' } },
    ]);
  });

  it('says a required cell is missing, and a row without a referral brings none', () => {
    const values = readRow(plan, { number: 3, cells: ['', 'Pryce', '09/07/2013'] }, mapping);
    expect(values.problems).toEqual(['Row 3, Forename: the first name is missing']);
    expect(recordsOfRow('young-people', 'r3', values.fields, {})).toHaveLength(1);
  });

  it('names the fields no column gives', () => {
    expect(missingColumns('young-people', plan.filter((p) => p.field.key !== 'dateOfBirth'))).toEqual(['No column gives the date of birth, which every row needs: choose the column it is in']);
  });

  it('links a visit to its match and shows it as it will be stored', () => {
    const visitHeaders = ['Volunteer', 'Young person', 'Date', 'Cost', 'Duration'];
    const visitPlan = columnPlan('visits', visitHeaders, matchHeaders('visits', visitHeaders));
    const values = readRow(visitPlan, { number: 2, cells: ['Jo Bell', 'Zoë Müller', 45000, '£3', '1h'] }, mapping);
    expect(values.names).toEqual({ volunteer: 'Jo Bell', youngPerson: 'Zoë Müller' });
    const [visit] = recordsOfRow('visits', 'v2', values.fields, { matchId: 'm1' });
    expect(visit.record).toEqual({ id: 'v2', matchId: 'm1', date: '2023-03-15', activityCostPence: 300, durationMinutes: 60 });
    expect(storedWords('visits', visit.record)).toEqual([
      { label: 'Date of the visit', text: '15/03/2023' },
      { label: 'How long', text: '1 h' },
      { label: 'Activity cost (£)', text: '£3.00' },
    ]);
  });

  it('words a schema problem as a sentence', () => {
    expect(rowProblem(5, 'Email', 'is longer than the 254 characters')).toBe('Row 5, Email: this is longer than the 254 characters');
  });
});
