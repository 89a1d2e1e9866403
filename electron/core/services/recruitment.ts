import type { Db } from '../db/open';
import type { BoardColumn } from '../../../shared/contract';
import { PIPELINE_STAGES, pipelineStage, volunteerStatus, isInPipeline } from '../../../shared/volunteers/stage';
import { daysBetween } from '../../../shared/dates';
import { getRecruitmentSettings } from './settings';
import { loadVolunteers } from './volunteerRecords';

/** The pipeline board: one column per stage, longest-waiting first. */
export function recruitmentBoard(db: Db, today: string): BoardColumn[] {
  const settings = getRecruitmentSettings(db);
  const columns: BoardColumn[] = PIPELINE_STAGES.map((stage) => ({ stage, volunteers: [] }));
  for (const v of loadVolunteers(db)) {
    const status = volunteerStatus(v, settings, today);
    if (!isInPipeline(status)) continue;
    const { since } = pipelineStage(v, settings);
    columns.find((c) => c.stage === status)!.volunteers.push({ id: v.id, name: `${v.firstName} ${v.lastName}`, since, daysInStage: daysBetween(since, today) });
  }
  for (const c of columns) c.volunteers.sort((a, b) => b.daysInStage - a.daysInStage || a.name.localeCompare(b.name));
  return columns;
}
