/**
 * A seeded 50,000-row volunteer tracker as a coordinator keeps one: the same rows as a
 * CSV file and as an Excel workbook (written by exceljs's streaming writer, shared
 * strings and real date cells, as Excel itself saves them), with the headers a tracker
 * uses rather than the app's own labels.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { addDays } from '../../shared/dates';
import { formatUkDate } from '../../shared/dates';

const FIRST = ['Amira', 'Ben', 'Chloé', 'Dan', 'Ella', 'Femi', 'Grace', 'Harry', 'Isla', 'Jack', 'Kayden', 'Lily', 'Mo', 'Nia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tom'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', "O'Neill", 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson'];
const AREAS = ['Durham City', 'Consett', 'Stanley', 'Chester-le-Street', 'Bishop Auckland', 'Peterlee', 'Seaham', 'Newton Aycliffe', 'Spennymoor', 'Barnard Castle'];
const INTERESTS = ['football', 'art', 'music', 'cooking', 'swimming', 'gaming', 'reading', 'climbing'];
const SOURCES = ['Facebook', 'Website', 'Word of mouth', 'Event', 'Advert', 'Other'];

export const TRACKER_HEADERS = ['First name', 'Surname', 'D.O.B.', 'Gender', 'E-mail', 'Mobile', 'Address', 'Post code', 'Area', 'Languages', 'Hobbies', 'Date of enquiry', 'How did you hear about us', 'Application date', 'Interview date', 'Interview outcome', 'DBS no.', 'DBS issue date', 'DBS level', 'DBS outcome', 'Update service'];

/** "Facebook" is the one value a coordinator maps by hand; the rest are the app's own labels. */
export const TRACKER_VALUES = { enquirySource: { facebook: 'social_media' } };

type Cell = string | Date | null;

function trackerRows(rows: number): Cell[][] {
  let seed = 20261201;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const day = (from: string, days: number) => addDays(from, Math.floor(rand() * days));
  return Array.from({ length: rows }, (_, i) => {
    const [first, last] = [pick(FIRST), pick(LAST)];
    const enquiry = day('2016-01-04', 3500);
    const application = rand() < 0.8 ? addDays(enquiry, 7 + Math.floor(rand() * 30)) : null;
    const interview = application && rand() < 0.8 ? addDays(application, 14) : null;
    const dbs = interview && rand() < 0.9 ? addDays(interview, 21) : null;
    return [
      first,
      last,
      day('1950-01-01', 18000),
      pick(['Female', 'Male', null]),
      `${first.toLowerCase()}.${last.toLowerCase().replace(/'/g, '')}${i}@example.org`,
      `07700 ${String(900000 + (i % 99999)).slice(-6)}`,
      `${1 + (i % 200)} ${pick(['High Street', 'Church Lane', 'Station Road', 'Mill Close'])}`,
      `DH${1 + (i % 9)} ${i % 10}${pick(['AB', 'QT', 'XZ'])}`,
      pick(AREAS),
      pick(['English', 'English, Polish', 'English; Urdu']),
      `${pick(INTERESTS)}, ${pick(INTERESTS)}`,
      enquiry,
      pick(SOURCES),
      application,
      interview,
      interview ? 'Proceed' : null,
      dbs ? String(1e11 + i) : null,
      dbs,
      dbs ? "Enhanced with children's barred list" : null,
      dbs ? 'Clear' : null,
      dbs ? pick(['Yes', 'No']) : null,
    ].map((cell) => (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell));
  });
}

const csvCell = (cell: Cell) => {
  const text = cell instanceof Date ? formatUkDate(cell.toISOString().slice(0, 10)) : (cell ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes `rows` tracker rows to `csvPath` (UTF-8, dd/mm/yyyy dates) and `xlsxPath` (date cells). */
export async function writeTrackerFiles(rows: number, csvPath: string, xlsxPath: string): Promise<void> {
  const data = trackerRows(rows);
  writeFileSync(csvPath, [TRACKER_HEADERS, ...data].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Volunteers');
  sheet.addRow(TRACKER_HEADERS).commit();
  for (const row of data) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
