import { describe, expect, it } from 'vitest';
import { columnPlan, readRow, recordsOfRow, type SheetMapping } from './records';
import { matchHeaders } from './headers';
import { storedWords } from './stored';
import { checkFieldsOf, withRecruitmentChecks } from './volunteerChecks';

const MODULES = ['Induction', 'Safeguarding children', 'Module 2. Records'];
const mapping: SheetMapping = { columns: {}, values: {}, dateOrder: 'dmy' };

describe("a volunteer's references and training from a tracker", () => {
  const headers = ['First name', 'Surname', 'Enquiry date', 'Referee 1', 'Reference 1 received', 'Ref 1 OK', 'Ref 2 date', 'References OK', 'Induction', 'Safeguarding training date', 'Module 2. Records', 'Training completed'];
  const plan = columnPlan('volunteers', headers, matchHeaders('volunteers', headers, MODULES), MODULES);

  it('matches the columns coordinators use, with a field for each of the scheme’s modules', () => {
    expect(plan.map((p) => p.field.key).slice(3)).toEqual([
      'reference1.name',
      'reference1.receivedDate',
      'reference1.satisfactory',
      'reference2.receivedDate',
      'referencesSatisfactory',
      'training.Induction',
      'training.Safeguarding children',
      'training.Module 2. Records',
      'trainingCompleted',
    ]);
    // A module the settings do not list is no field.
    expect(columnPlan('volunteers', ['Induction'], ['training.Induction'], ['Safeguarding children'])).toEqual([]);
  });

  it('makes the references in order, "References OK" marking those that say nothing themselves, and dates each module', () => {
    const values = readRow(plan, { number: 5, cells: ['Amara', 'Okafor', '01/02/2021', 'Jo Bell', '03/03/2021', 'N', '04/03/2021', 'Y', '10/03/2021', null, '11/03/2021', '12/03/2021'] }, mapping);
    expect(values.problems).toEqual([]);
    const [{ record }] = recordsOfRow('volunteers', 'v5', values.fields, {}, MODULES);
    expect(record).toEqual({
      id: 'v5',
      firstName: 'Amara',
      lastName: 'Okafor',
      enquiryDate: '2021-02-01',
      references: [
        { name: 'Jo Bell', receivedDate: '2021-03-03', satisfactory: false },
        { receivedDate: '2021-03-04', satisfactory: true },
      ],
      training: [
        { module: 'Induction', completedDate: '2021-03-10' },
        { module: 'Safeguarding children', completedDate: '2021-03-12' },
        { module: 'Module 2. Records', completedDate: '2021-03-11' },
      ],
    });
    expect(storedWords('volunteers', record).slice(3)).toEqual([
      { label: 'Reference 1', text: 'Jo Bell, received 03/03/2021, not satisfactory' },
      { label: 'Reference 2', text: 'received 04/03/2021, satisfactory' },
      { label: 'Training: Induction', text: 'completed 10/03/2021' },
      { label: 'Training: Safeguarding children', text: 'completed 12/03/2021' },
      { label: 'Training: Module 2. Records', text: 'completed 11/03/2021' },
    ]);
  });

  it('brings nothing for blank cells, and "References OK" alone as a reference the rules will ask the date of', () => {
    expect(withRecruitmentChecks({ firstName: 'A' }, MODULES)).toEqual({ firstName: 'A' });
    expect(withRecruitmentChecks({ referencesSatisfactory: false }, MODULES)).toEqual({});
    expect(withRecruitmentChecks({ referencesSatisfactory: true }, MODULES)).toEqual({ references: [{ satisfactory: true }] });
  });

  it('finds the column a problem with a reference or a module is in', () => {
    const record = { training: [{ module: 'Safeguarding children', completedDate: '2030-01-01' }] };
    expect(checkFieldsOf('references.0.receivedDate', record)).toEqual(['reference1.receivedDate', 'reference2.receivedDate']);
    expect(checkFieldsOf('references.1.satisfactory', record)).toEqual(['reference2.satisfactory', 'reference1.satisfactory', 'referencesSatisfactory']);
    expect(checkFieldsOf('training.0.completedDate', record)).toEqual(['training.Safeguarding children', 'trainingCompleted']);
    expect(checkFieldsOf('dbs.issueDate', record)).toEqual(['dbs.issueDate']);
  });
});
