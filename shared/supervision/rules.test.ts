import { describe, expect, it } from 'vitest';
import { supervisionProblems, type SupervisionFields, type SupervisionContext } from './rules';

const TODAY = '2025-06-01';
const record = (over: Partial<SupervisionFields<number>> = {}): SupervisionFields<number> => ({
  date: '2025-03-01',
  matchesDiscussed: [],
  relationships: null,
  feedbackPassedOn: null,
  boundaries: null,
  wellbeing: null,
  expenses: null,
  trainingNeeds: null,
  renewals: null,
  topics: null,
  concerns: null,
  actionItems: [],
  actions: null,
  nextDueDate: null,
  ...over,
});
const ctx = (over: Partial<SupervisionContext<number>> = {}): SupervisionContext<number> => ({
  volunteerName: 'Ann Lee',
  approvedDate: '2024-02-01',
  leftDate: null,
  ownMatches: new Set([7]),
  ...over,
});

describe('supervisionProblems', () => {
  it('finds nothing wrong with an ordinary supervision', () => {
    expect(supervisionProblems(record({ matchesDiscussed: [7], nextDueDate: '2025-06-01', actionItems: [{ action: 'Call', who: 'Ann' }] }), ctx(), TODAY)).toEqual({});
  });

  it('the approval and leaving dates bound it, and today', () => {
    expect(supervisionProblems(record({ date: '2024-01-31' }), ctx(), TODAY)).toEqual({ date: 'A supervision cannot be before the volunteer was approved (01/02/2024)' });
    expect(supervisionProblems(record({ date: '2024-02-01' }), ctx(), TODAY)).toEqual({});
    expect(supervisionProblems(record(), ctx({ approvedDate: null }), TODAY)).toEqual({ date: 'Ann Lee was never approved as a volunteer, so cannot have a supervision' });
    expect(supervisionProblems(record({ date: '2025-04-02' }), ctx({ leftDate: '2025-04-01' }), TODAY)).toEqual({ date: 'A supervision cannot be after the volunteer left the scheme (01/04/2025)' });
    expect(supervisionProblems(record({ date: '2025-04-01' }), ctx({ leftDate: '2025-04-01' }), TODAY)).toEqual({});
    expect(supervisionProblems(record({ date: '2025-06-02' }), ctx(), TODAY).date).toMatch(/cannot be in the future/);
  });

  it('the next one cannot be due before this one', () => {
    expect(supervisionProblems(record({ nextDueDate: '2025-02-28' }), ctx(), TODAY)).toEqual({ nextDueDate: 'The next supervision cannot be due before this one (01/03/2025)' });
    expect(supervisionProblems(record({ nextDueDate: '2025-03-01' }), ctx(), TODAY)).toEqual({});
  });

  it('only the volunteer’s own matches, named by their place in the list', () => {
    expect(supervisionProblems(record({ matchesDiscussed: [7, 8] }), ctx(), TODAY)).toEqual({ 'matchesDiscussed.1': "Only Ann Lee's own matches can be discussed in their supervision" });
  });

  it('text within its limits: 4000 for the record, 500 for an action, 100 for who', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(supervisionProblems(record({ wellbeing: long(4000), actions: long(4000), actionItems: [{ action: long(500), who: long(100) }] }), ctx(), TODAY)).toEqual({});
    expect(
      supervisionProblems(record({ wellbeing: long(4001), actions: long(4001), actionItems: [{ action: 'ok', who: null }, { action: long(501), who: long(101) }] }), ctx(), TODAY),
    ).toEqual({
      wellbeing: 'The wellbeing is too long: at most 4,000 characters.',
      actions: 'The actions are too long: at most 4,000 characters.',
      'actionItems.1.action': 'The action is too long: at most 500 characters.',
      'actionItems.1.who': 'The name of who is to do it is too long: at most 100 characters.',
    });
    expect(supervisionProblems(record({ actionItems: [{ action: '  ', who: null }] }), ctx(), TODAY)).toEqual({ 'actionItems.0.action': 'Enter the action' });
  });
});
