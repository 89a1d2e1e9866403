/** The report settings' shape and defaults; without zod, so the renderer can use them. */
export const PROTECTIVE_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type ProtectiveMarking = (typeof PROTECTIVE_MARKINGS)[number];

export interface ReportSettings {
  /** The coordinator's paid hours a week, for active matches per full-time coordinator; null until set. */
  coordinatorHoursPerWeek: number | null;
  /** A full-time week at the scheme (37 at most councils). */
  fullTimeHoursPerWeek: number;
  /** The marking in the annual report's header and footer. */
  marking: ProtectiveMarking;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { coordinatorHoursPerWeek: null, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL-SENSITIVE' };

/** The common ceiling for one full-time coordinator (domain.md, the national picture). */
export const MATCHES_PER_FULL_TIME_COORDINATOR = 36;
