import { describe, expect, it } from 'vitest';
import { foldHeader, headersKey, matchHeaders, recognisedHeaders } from './headers';
import { sheetFields, SHEET_KINDS } from './fields';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../volunteers/settings';

const MODULES = DEFAULT_RECRUITMENT_SETTINGS.trainingModules;

describe('matching headers to fields', () => {
  it('ignores case, spaces and punctuation, and knows the common names', () => {
    expect(matchHeaders('volunteers', ['SURNAME', 'Last name', 'Family name'])).toEqual(['lastName', null, null]);
    expect(matchHeaders('volunteers', ['D.O.B.', 'E-mail', 'Tel', 'Post code', 'Date of enquiry', 'How did you hear about us', 'Application date', 'DBS no.'])).toEqual([
      'dateOfBirth',
      'email',
      'phone',
      'postcode',
      'enquiryDate',
      'enquirySource',
      'applicationDate',
      'dbs.certificateNumber',
    ]);
    for (const [header, field] of [
      ['Mobile', 'phone'],
      ['Phone number', 'phone'],
      ['Enquiry received', 'enquiryDate'],
      ['Source', 'enquirySource'],
      ['Form received', 'applicationDate'],
      ['DBS certificate', 'dbs.certificateNumber'],
      ['Family name', 'lastName'],
      ['Last name', 'lastName'],
      ['DOB', 'dateOfBirth'],
      ['date of birth', 'dateOfBirth'],
    ]) {
      expect(matchHeaders('volunteers', [header]), header).toEqual([field]);
    }
  });

  it('matches a header that holds a known name as whole words, an exact name winning', () => {
    expect(matchHeaders('volunteers', ['Volunteer surname', 'Date of birth (dd/mm/yyyy)'])).toEqual(['lastName', 'dateOfBirth']);
    expect(matchHeaders('volunteers', ['Volunteer surname', 'Surname'])).toEqual([null, 'lastName']);
    expect(matchHeaders('volunteers', ['Comments', 'Favourite colour'])).toEqual([null, null]);
  });

  it('knows references and training by the names trackers give them, each training module by its own name or first word', () => {
    const headers = ['Reference 1 received', 'Ref 2 date', 'References OK', 'Training completed', 'Safeguarding training date', 'Induction', 'Referee 2', 'Ref. 1 OK', 'Confidentiality'];
    expect(matchHeaders('volunteers', headers, MODULES)).toEqual([
      'reference1.receivedDate',
      'reference2.receivedDate',
      'referencesSatisfactory',
      'trainingCompleted',
      'training.Safeguarding children',
      'training.Induction',
      'reference2.name',
      'reference1.satisfactory',
      'training.Confidentiality and record keeping',
    ]);
    // Without the scheme's modules a module's column names nothing; two modules sharing a first word are known by their whole names only.
    expect(matchHeaders('volunteers', ['Induction'])).toEqual([null]);
    expect(matchHeaders('volunteers', ['Safeguarding', 'Safeguarding adults'], ['Safeguarding children', 'Safeguarding adults'])).toEqual([null, 'training.Safeguarding adults']);
  });

  it('reads the same headers as the same layout however they are written', () => {
    expect(headersKey(['First name', 'D.O.B.'])).toBe(headersKey(['FIRST NAME ', 'dob']));
    expect(foldHeader('Ciarán’s Post-code')).toBe('ciaranspostcode');
  });

  it('documents every field of every kind, no header naming two fields of one kind', () => {
    for (const kind of SHEET_KINDS) {
      const list = recognisedHeaders(kind, MODULES);
      expect(list.map((l) => l.field)).toEqual(sheetFields(kind, MODULES).map((f) => f.label));
      const seen = new Map<string, string>();
      for (const { field, headers } of list) {
        for (const header of headers) {
          const key = foldHeader(header);
          expect(seen.get(key) ?? field, `${kind}: "${header}"`).toBe(field);
          seen.set(key, field);
        }
      }
    }
  });
});
