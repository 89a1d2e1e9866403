/**
 * The figures the council asks for, exactly as domain.md defines them. One pure
 * function computes them for the CLI, the Reports screen and the annual report. A key
 * appears only once the records behind it exist in this version of IV Desk.
 */
export interface Period {
  from: string;
  to: string;
}

export interface FigureRecords {
  volunteers: { enquiryDate: string }[];
}

export interface Figures {
  period: Period;
  enquiries: number;
}

const inPeriod = (date: string | null | undefined, p: Period) => !!date && date >= p.from && date <= p.to;

export function computeFigures(records: FigureRecords, period: Period): Figures {
  return {
    period,
    enquiries: records.volunteers.filter((v) => inPeriod(v.enquiryDate, period)).length,
  };
}
