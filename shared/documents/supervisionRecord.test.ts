import { describe, expect, it } from 'vitest';
import { supervisionRecordContent, SAFEGUARDING_NOT_HERE } from './supervisionRecord';
import type { Block, DocumentContent } from './blocks';
import { SCHEME, supervisionFixture } from '../../tests/fixtures/documents';

const text = (c: DocumentContent) => JSON.stringify(c.blocks);
const fields = (c: DocumentContent) => Object.fromEntries(c.blocks.filter((b): b is Extract<Block, { type: 'fields' }> => b.type === 'fields').flatMap((b) => b.rows.map((r) => [r.label, r.value])));
const tables = (c: DocumentContent) => c.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');

describe('supervisionRecordContent', () => {
  const content = supervisionRecordContent({ schemeName: SCHEME, supervision: supervisionFixture(), matchLabels: ['K. M.', 'L. P.'], printedDate: '2026-03-14' });

  it('names the volunteer and lists the record as fields, in British dates', () => {
    expect(content.title).toBe('Supervision record for Priya Shah');
    expect(content.schemeName).toBe(SCHEME);
    expect(content.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Supervision record' });
    const f = fields(content);
    expect(f).toMatchObject({
      Volunteer: 'Priya Shah',
      Date: '12/03/2026',
      Kind: 'One-to-one',
      'Matches discussed': 'K. M., L. P.',
      'How each relationship is going': expect.stringContaining('fortnightly'),
      'Training needs': 'Would like the trauma-informed practice course.',
      'Can you identify positive impact?': 'Yes',
      'Are you enjoying being an IV?': 'Unsure',
      'Next supervision due': '04/06/2026',
      Printed: '14/03/2026',
    });
    // Empty text fields are left out rather than printed blank.
    expect(f).not.toHaveProperty('Boundaries and confidentiality');
    expect(f).not.toHaveProperty('Other topics');
  });

  it('shows the young people by initials only, as given', () => {
    expect(text(content)).toContain('K. M.');
    expect(text(content)).not.toContain('Kayden');
  });

  it('says where safeguarding concerns go', () => {
    expect(content.blocks).toContainEqual({ type: 'paragraph', text: SAFEGUARDING_NOT_HERE });
  });

  it('lists the actions as a table, then the sign-off for both', () => {
    const [actions] = tables(content);
    expect(actions.columns).toEqual(['Action', 'Who', 'By when', 'Status']);
    expect(actions.rows).toEqual([
      ['Book a place on the trauma-informed practice course', 'Coordinator', '30/04/2026', 'Open'],
      ['Send the updated activity ideas list', 'Priya Shah', '', 'Done'],
    ]);
    expect(content.blocks).toContainEqual({ type: 'signatures', lines: ['Volunteer', 'Coordinator'] });
    expect(content.blocks).toContainEqual({ type: 'heading', level: 2, text: 'Sign-off' });
  });

  it('an empty record still reads: no actions, not asked, no matches', () => {
    const empty = supervisionRecordContent({
      schemeName: SCHEME,
      supervision: supervisionFixture({ kind: null, relationships: null, feedbackPassedOn: null, wellbeing: '  ', trainingNeeds: null, renewals: null, positiveImpact: null, enjoying: null, actionItems: [], nextDueDate: null }),
      matchLabels: [],
      printedDate: '2026-03-14',
    });
    expect(tables(empty)).toEqual([]);
    expect(empty.blocks).toContainEqual({ type: 'paragraph', text: 'No actions agreed.' });
    expect(fields(empty)).toMatchObject({ Kind: 'Not recorded', 'Matches discussed': 'None recorded', 'Can you identify positive impact?': 'Not asked', 'Are you enjoying being an IV?': 'Not asked', 'Next supervision due': 'Not set' });
    expect(fields(empty)).not.toHaveProperty("The volunteer's wellbeing");
    expect(text(empty)).not.toContain('Actions recorded before');
  });

  it('free-text actions from an import are shown as they came', () => {
    const legacy = supervisionRecordContent({ schemeName: SCHEME, supervision: supervisionFixture({ actionItems: [], actions: 'Chase DBS renewal; book course' }), matchLabels: [], printedDate: '2026-03-14' });
    const i = legacy.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Actions recorded before');
    expect(i).toBeGreaterThan(0);
    expect(legacy.blocks[i + 1]).toEqual({ type: 'paragraph', text: 'Chase DBS renewal; book course' });
  });
});
