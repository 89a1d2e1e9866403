import { inArray } from 'drizzle-orm';
import type { Db } from '../db/open';
import { volunteers } from '../db/schema';
import type { BoardColumn, RecruitmentBoard } from '../../../shared/contract';
import { PIPELINE_STAGES, pipelineStage, volunteerStatus, isInPipeline } from '../../../shared/volunteers/stage';
import { isLapsed, lastStepDate, LAPSED_REASON } from '../../../shared/volunteers/lapse';
import { daysBetween } from '../../../shared/dates';
import { plural } from '../../../shared/words';
import { UserError } from '../errors';
import { getRecruitmentSettings } from './settings';
import { loadVolunteers, possibleApplicants } from './volunteerRecords';

const nameOf = (v: { firstName: string; lastName: string }) => `${v.firstName} ${v.lastName}`;

/** The pipeline board: one column per stage, longest-waiting first; the lapsed apart, longest silent first. */
export function recruitmentBoard(db: Db, today: string): RecruitmentBoard {
  const settings = getRecruitmentSettings(db);
  const columns: BoardColumn[] = PIPELINE_STAGES.map((stage) => ({ stage, volunteers: [] }));
  const lapsed: RecruitmentBoard['lapsed'] = [];
  for (const v of possibleApplicants(db, today)) {
    const status = volunteerStatus(v, settings, today);
    if (!isInPipeline(status)) continue;
    if (isLapsed(v, settings, today)) {
      lapsed.push({ id: v.id, name: nameOf(v), stage: status, lastStep: lastStepDate(v) });
      continue;
    }
    const { since } = pipelineStage(v, settings);
    columns.find((c) => c.stage === status)!.volunteers.push({ id: v.id, name: nameOf(v), since, daysInStage: daysBetween(since, today) });
  }
  for (const c of columns) c.volunteers.sort((a, b) => b.daysInStage - a.daysInStage || a.name.localeCompare(b.name));
  lapsed.sort((a, b) => a.lastStep.localeCompare(b.lastStep) || a.name.localeCompare(b.name));
  return { columns, lapsed, lapseDays: settings.reminders.lapseDays };
}

/** Withdraws the lapsed people chosen, as "No response" today, in one transaction: all of them, or none if any has since moved on. */
export function withdrawLapsedVolunteers(db: Db, ids: number[], today: string): { withdrawn: number; message: string } {
  const settings = getRecruitmentSettings(db);
  const chosen = [...new Set(ids)];
  const found = loadVolunteers(db, chosen);
  if (found.length !== chosen.length || found.some((v) => !isLapsed(v, settings, today))) {
    throw new UserError('conflict', 'Someone chosen is no longer lapsed: a step was recorded, or they were withdrawn already. Nobody was withdrawn: look at the board again.');
  }
  db.transaction((tx) => {
    tx.update(volunteers).set({ withdrawnDate: today, withdrawnReason: LAPSED_REASON }).where(inArray(volunteers.id, chosen)).run();
  });
  const withdrawn = loadVolunteers(db, chosen).filter((v) => v.withdrawnDate === today).length;
  if (withdrawn !== chosen.length) throw new UserError('internal', 'The withdrawals were not saved. Please try again.');
  return { withdrawn, message: `${plural(withdrawn, 'person', 'people')} withdrawn with the reason “${LAPSED_REASON}”.` };
}
