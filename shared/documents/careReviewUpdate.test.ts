import { describe, expect, it } from 'vitest';
import { careReviewUpdateContent, SAFEGUARDING_NEVER_INCLUDED } from './careReviewUpdate';
import type { Block, DocumentContent } from './blocks';
import { careReviewUpdateFixture } from '../../tests/fixtures/documents';

const text = (c: DocumentContent) => JSON.stringify(c.blocks);
const fields = (c: DocumentContent) => Object.fromEntries(c.blocks.filter((b): b is Extract<Block, { type: 'fields' }> => b.type === 'fields').flatMap((b) => b.rows.map((r) => [r.label, r.value])));
const table = (c: DocumentContent, caption: string) => c.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.caption === caption);
/** The block after a heading. */
const after = (c: DocumentContent, heading: string) => c.blocks[c.blocks.findIndex((b) => b.type === 'heading' && b.text === heading) + 1];

describe('careReviewUpdateContent', () => {
  const content = careReviewUpdateContent(careReviewUpdateFixture());

  it('names the young person and the window it covers', () => {
    expect(content.title).toBe('Care-review update for Kayden Marsh');
    expect(content.blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Care-review update' });
    expect(content.blocks[1]).toEqual({ type: 'paragraph', text: 'For the care review on 02/06/2026, covering 13/01/2026 to 01/06/2026 (since the previous review).' });
    const first = careReviewUpdateContent(careReviewUpdateFixture({ window: { from: '2025-09-01', to: '2026-06-01', basis: 'first_match' } }));
    expect(first.blocks[1]).toMatchObject({ text: expect.stringContaining('covering 01/09/2025 to 01/06/2026 (since the match began)') });
  });

  it('gives the details as fields: age on the review day, the IV with their start, counts', () => {
    expect(fields(content)).toMatchObject({
      'Young person': 'Kayden Marsh',
      'Date of birth': '09/11/2012',
      Age: '13 on the day of the review',
      'Independent Visitor': 'Priya Shah, since 01/09/2025',
      'Visits in this time': '3',
      'Contacts between visits': '1',
      Prepared: '19/05/2026',
      Printed: '20/05/2026',
    });
    expect(fields(content)).not.toHaveProperty('Sent');
  });

  it('after a rematch lists both Independent Visitors, and who made each visit', () => {
    const rematch = careReviewUpdateContent(
      careReviewUpdateFixture({
        matches: [
          { id: 20, volunteerName: 'Dan Evans', startDate: '2025-03-01', endDate: '2026-02-10' },
          { id: 21, volunteerName: 'Priya Shah', startDate: '2026-03-01', endDate: null },
        ],
        visits: [
          { date: '2026-01-24', activity: 'Bowling', durationMinutes: 60, volunteerName: 'Dan Evans' },
          { date: '2026-03-20', activity: 'Swimming', durationMinutes: 120, volunteerName: 'Priya Shah' },
        ],
      }),
    );
    expect(fields(rematch)['Independent Visitors']).toBe('Dan Evans, 01/03/2025 to 10/02/2026\nPriya Shah, since 01/03/2026');
    expect(table(rematch, 'Visits in this time')!.columns).toEqual(['Date', 'Activity', 'Duration', 'Independent Visitor']);
  });

  it('lists the visits with dates, activities and durations, and no costs', () => {
    const visits = table(content, 'Visits in this time')!;
    expect(visits.columns).toEqual(['Date', 'Activity', 'Duration']);
    expect(visits.rows[0]).toEqual(['24/01/2026', 'Swimming at Consett leisure centre', '2 h 30 min']);
    expect(visits.rows[1][2]).toBe('1 h 30 min');
    expect(text(content)).not.toMatch(/£|cost|pence|mile/i);
  });

  it('lists only gaps longer than the overdue weeks', () => {
    expect(after(content, 'Gaps between visits')).toEqual({ type: 'bullets', items: ['07/02/2026 to 18/04/2026: 10 weeks'] });
    const none = careReviewUpdateContent(careReviewUpdateFixture({ gaps: [{ from: '2026-01-24', to: '2026-03-07', days: 42 }] }));
    expect(after(none, 'Gaps between visits')).toEqual({ type: 'paragraph', text: 'No gap longer than 6 weeks.' });
    const odd = careReviewUpdateContent(careReviewUpdateFixture({ gaps: [{ from: '2026-01-24', to: '2026-03-10', days: 45 }] }));
    expect(after(odd, 'Gaps between visits')).toMatchObject({ items: ['24/01/2026 to 10/03/2026: 6 weeks and 3 days'] });
  });

  it('lists contacts between visits with their kind', () => {
    expect(table(content, 'Contacts between visits')!.rows).toEqual([['01/03/2026', 'Phone call', 'Carer', 'Visit moved because of a school trip.']]);
  });

  it("includes the young person's views only when they agreed", () => {
    expect(after(content, "The young person's views")).toEqual({ type: 'paragraph', text: 'I like swimming with Priya and I want to keep going.' });
    const base = careReviewUpdateFixture();
    const notAgreed = careReviewUpdateContent({ ...base, draft: { ...base.draft!, viewsAgreed: false } });
    expect(text(notAgreed)).not.toContain('I like swimming');
    expect(after(notAgreed, "The young person's views")).toMatchObject({ text: expect.stringContaining('not agreed to share their views') });
  });

  it('objectives from the last review, progress, attendance and comments', () => {
    expect(after(content, 'Objectives from the last review')).toMatchObject({ text: 'Keep up fortnightly visits; try a new activity each month.' });
    expect(after(content, 'Progress')).toMatchObject({ text: expect.stringContaining('Visits have been regular') });
    expect(after(content, 'Will the Independent Visitor attend?')).toMatchObject({ text: 'Yes' });
    expect(after(content, "Coordinator's comments")).toMatchObject({ text: 'A steady, warm match.' });
  });

  it('always says safeguarding is shared separately, in bold', () => {
    expect(content.blocks).toContainEqual({ type: 'paragraph', strong: true, text: SAFEGUARDING_NEVER_INCLUDED });
  });

  it('with nothing recorded yet: no visits, no contacts, no views, not yet known', () => {
    const empty = careReviewUpdateContent(careReviewUpdateFixture({ visits: [], gaps: [], contacts: [], previousReview: null, draft: null, matches: [] }));
    expect(after(empty, 'Visits')).toEqual({ type: 'paragraph', text: 'No visits in this time.' });
    expect(after(empty, 'Contacts between visits')).toEqual({ type: 'paragraph', text: 'No contacts recorded between visits.' });
    expect(after(empty, "The young person's views")).toEqual({ type: 'paragraph', text: 'No views recorded for this update.' });
    expect(after(empty, 'Objectives from the last review')).toMatchObject({ text: 'None recorded.' });
    expect(after(empty, 'Will the Independent Visitor attend?')).toMatchObject({ text: 'Not yet known' });
    expect(fields(empty)).toMatchObject({ 'Independent Visitor': 'None in this time', 'Visits in this time': '0' });
    expect(fields(empty)).not.toHaveProperty('Prepared');
    expect(empty.blocks).toContainEqual({ type: 'paragraph', strong: true, text: SAFEGUARDING_NEVER_INCLUDED });
  });

  it('shows the sent date once sent', () => {
    const base = careReviewUpdateFixture();
    expect(fields(careReviewUpdateContent({ ...base, draft: { ...base.draft!, sentDate: '2026-05-21' } })).Sent).toBe('21/05/2026');
  });
});
