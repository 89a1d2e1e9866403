/** What cannot be true of a supervision: the same rules for the form and for an imported file. */
import { formatUkDate } from '../dates';
import { problemCollector, tooLong, type Problems } from '../problems';
import { TEXT_LIMITS } from '../textLimits';
import { SUPERVISION_TEXT_FIELDS, type SupervisionRecord, type SupervisionAction } from './record';

/** Longest free text a supervision keeps, and an action's. */
export const SUPERVISION_TEXT_MAX = TEXT_LIMITS.supervision.section;
export const ACTION_MAX = TEXT_LIMITS.supervision.action;
export const ACTION_WHO_MAX = TEXT_LIMITS.supervision.actionWho;

export interface SupervisionContext<M> {
  volunteerName: string;
  approvedDate: string | null;
  leftDate: string | null;
  /** The volunteer's own matches: every match discussed must be one of them. */
  ownMatches: ReadonlySet<M>;
}

/** The record's fields the rules read; matches are numbers in the database and the file's ids on import. */
export type SupervisionFields<M> = Omit<SupervisionRecord, 'matchesDiscussed' | 'actionItems' | 'kind' | 'positiveImpact' | 'enjoying'> & {
  matchesDiscussed: readonly M[];
  actionItems: readonly Pick<SupervisionAction, 'action' | 'who'>[];
};

export function supervisionProblems<M>(s: SupervisionFields<M>, ctx: SupervisionContext<M>, today: string): Problems {
  const { problems, add } = problemCollector();
  add('date', !ctx.approvedDate && `${ctx.volunteerName} was never approved as a volunteer, so cannot have a supervision`);
  add('date', !!ctx.approvedDate && s.date < ctx.approvedDate && `A supervision cannot be before the volunteer was approved (${formatUkDate(ctx.approvedDate)})`);
  add('date', !!ctx.leftDate && s.date > ctx.leftDate && `A supervision cannot be after the volunteer left the scheme (${formatUkDate(ctx.leftDate)})`);
  add('date', s.date > today && 'A supervision cannot be in the future: record it once it has happened');
  add('nextDueDate', !!s.nextDueDate && s.nextDueDate < s.date && `The next supervision cannot be due before this one (${formatUkDate(s.date)})`);
  s.matchesDiscussed.forEach((m, i) => add(`matchesDiscussed.${i}`, !ctx.ownMatches.has(m) && `Only ${ctx.volunteerName}'s own matches can be discussed in their supervision`));
  for (const [field] of SUPERVISION_TEXT_FIELDS) add(field, tooLong(field, s[field], SUPERVISION_TEXT_MAX));
  add('actions', tooLong('actions', s.actions, SUPERVISION_TEXT_MAX));
  s.actionItems.forEach((a, i) => {
    add(`actionItems.${i}.action`, !a.action.trim() && 'Enter the action');
    add(`actionItems.${i}.action`, tooLong('action', a.action, ACTION_MAX));
    add(`actionItems.${i}.who`, tooLong('who', a.who, ACTION_WHO_MAX));
  });
  return problems;
}
