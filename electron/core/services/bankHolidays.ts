/**
 * The scheme's bank holidays, from date-holidays (kept in core, out of the renderer's
 * bundle). Worked out a year at a time when first asked about, and kept: the rules for
 * a year do not change while the app runs.
 */
import Holidays from 'date-holidays';
import type { Db } from '../db/open';
import type { BankHolidays } from '../../../shared/dates';
import type { BankHolidayNation } from '../../../shared/today/bankHolidays';
import { getCaseSettings } from './settings';

const REGIONS: Record<BankHolidayNation, string> = { england_wales: 'ENG', scotland: 'SCT', northern_ireland: 'NIR' };

function nationHolidays(nation: BankHolidayNation): BankHolidays {
  const calendar = new Holidays('GB', REGIONS[nation]);
  const byYear = new Map<string, Set<string>>();
  return {
    has(iso) {
      const year = iso.slice(0, 4);
      let dates = byYear.get(year);
      if (!dates) {
        // Substitute days are listed in their own right; a holiday on a weekend changes nothing.
        dates = new Set(calendar.getHolidays(Number(year)).flatMap((h) => (h.type === 'public' ? [h.date.slice(0, 10)] : [])));
        byYear.set(year, dates);
      }
      return dates.has(iso);
    },
  };
}

const byNation = new Map<BankHolidayNation, BankHolidays>();

export function bankHolidaysOf(nation: BankHolidayNation): BankHolidays {
  let holidays = byNation.get(nation);
  if (!holidays) byNation.set(nation, (holidays = nationHolidays(nation)));
  return holidays;
}

/** The bank holidays of the scheme's nation (a young people setting). */
export function schemeBankHolidays(db: Db): BankHolidays {
  return bankHolidaysOf(getCaseSettings(db).bankHolidayNation);
}
