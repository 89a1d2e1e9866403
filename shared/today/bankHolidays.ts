/** The nations whose bank holidays working days skip. The dates themselves are worked out in core, from a maintained library. */
export const BANK_HOLIDAY_NATIONS = ['england_wales', 'scotland', 'northern_ireland'] as const;
export type BankHolidayNation = (typeof BANK_HOLIDAY_NATIONS)[number];

export const BANK_HOLIDAY_NATION_LABELS: Record<BankHolidayNation, string> = {
  england_wales: 'England and Wales',
  scotland: 'Scotland',
  northern_ireland: 'Northern Ireland',
};
