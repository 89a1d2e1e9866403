/**
 * What the coordinator wrote for the annual report travels in the interchange file: the
 * National Standards self-assessment, the report's own sections and the report settings,
 * round-tripping intact; a standard or section given twice, or already in the database,
 * is refused by name with nothing written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { unlockedSession } from '../helpers/session';
import { everything, ok, refused } from '../helpers/calls';
import { exportDocument } from '../../electron/core/interchange/exportDocument';
import type { Session } from '../../electron/core/session';
import type { ImportPreview } from '../../shared/contract';
import type { StandardsView } from '../../shared/contract/reports';

const TODAY = '2026-11-23';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function fresh(): Promise<Session> {
  const { session, cleanup } = await unlockedSession({ today: () => TODAY });
  cleanups.push(cleanup);
  return session;
}

const withoutTimestamp = <T extends { exportedAt?: string }>({ exportedAt: _at, ...rest }: T) => rest;
const file = (lists: object) => JSON.stringify({ format: 'iv-desk/1', scheme: { name: 'Writing Scheme' }, ...lists });
const assessment = (over: object = {}) => ({ id: 'a1', year: 2025, standard: 3, rating: 'partly_met', narrative: 'Visits happen, but not yet monthly for everyone.', updatedAt: '2026-03-30T10:00:00.000Z', ...over });

describe('the self-assessment and report sections in the interchange file', () => {
  it('export, import into an empty scheme and export again give the same, and the self-assessment screen shows it', async () => {
    const source = await fresh();
    await ok(source, 'saveStandardAssessment', { year: 2025, standard: 5, rating: 'met', narrative: 'Every volunteer was supervised on time.\nTwo were late once.' });
    await ok(source, 'saveStandardAssessment', { year: 2025, standard: 9, rating: null, narrative: '' });
    await ok(source, 'saveReportNarrative', { year: 2025, section: 'case_study', text: 'A young person who had never been to the coast went with their IV.' });
    await ok(source, 'updateReportSettings', { coordinatorHoursPerWeek: 22.5, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL' });
    const first = exportDocument(source.db);
    expect(first.standardAssessments?.map((a) => [a.year, a.standard, a.rating ?? null])).toEqual([
      [2025, 5, 'met'],
      [2025, 9, null],
    ]);
    expect(first.reportNarratives?.map((r) => [r.year, r.section, r.text])).toEqual([[2025, 'case_study', 'A young person who had never been to the coast went with their IV.']]);
    expect(first.scheme?.reportSettings).toEqual({ coordinatorHoursPerWeek: 22.5, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL' });

    const target = await fresh();
    expect(await ok(target, 'importData', { text: JSON.stringify(first) })).toMatchObject({ standardAssessments: 2, reportNarratives: 1 });
    expect(withoutTimestamp(exportDocument(target.db))).toEqual(withoutTimestamp(first));
    const view = await ok<StandardsView>(target, 'standardsView', { year: 2025 });
    expect(view.standards.find((s) => s.number === 5)).toMatchObject({ rating: 'met', narrative: 'Every volunteer was supervised on time.\nTwo were late once.' });
  });

  it('refuses a standard given twice for the same year, naming it, and writes nothing', async () => {
    const session = await fresh();
    const message = await refused(session, 'importData', { text: file({ standardAssessments: [assessment(), assessment({ id: 'a2' })] }) });
    expect(message).toContain('standardAssessments[1] (id "a2"), field "standard": Standard 3 for the financial year 2025/26 is given twice in the file');
  });

  it('refuses a file whose self-assessment is already in the database, with nothing changed', async () => {
    const session = await fresh();
    await ok(session, 'importData', { text: file({ standardAssessments: [assessment()], reportNarratives: [{ id: 's1', year: 2025, section: 'introduction', text: 'Hello', updatedAt: '2026-04-01T09:00:00.000Z' }] }) });
    const before = everything(session);
    const again = file({ standardAssessments: [assessment({ id: 'again' })], reportNarratives: [{ id: 's2', year: 2025, section: 'introduction', text: 'Again', updatedAt: '2026-04-01T09:00:00.000Z' }] });
    expect((await ok<ImportPreview>(session, 'previewImport', { text: again })).errors).toEqual([
      'standardAssessments[0] (id "again"), field "standard": Standard 3 for the financial year 2025/26 is already in this database (imported before?)',
      'reportNarratives[0] (id "s2"), field "section": The "introduction" section for the financial year 2025/26 is already in this database (imported before?)',
    ]);
    await refused(session, 'importData', { text: again });
    expect(everything(session)).toBe(before);
  });

  it('refuses a rating, a standard or a section that is not one of the format’s', async () => {
    const session = await fresh();
    const text = file({ standardAssessments: [assessment({ rating: 'excellent' }), assessment({ id: 'a2', standard: 15 })], reportNarratives: [{ id: 's1', year: 2025, section: 'foreword', text: 'x', updatedAt: '2026-04-01T09:00:00.000Z' }] });
    const { errors } = await ok<ImportPreview>(session, 'previewImport', { text });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe('standardAssessments[0] (id "a1"), field "rating" must be one of "met", "partly_met", "not_met"');
    expect(errors[1]).toMatch(/^standardAssessments\[1\] \(id "a2"\), field "standard"/);
    expect(errors[2]).toMatch(/^reportNarratives\[0\] \(id "s1"\), field "section" must be one of/);
    await refused(session, 'importData', { text });
  });
});
