/** British number and date wording for the recruitment screens. */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatCount = (n: number) => whole.format(n);
export const formatPercent = (n: number) => `${oneDecimal.format(n)}%`;
export const formatDays = (n: number) => `${upToOneDecimal.format(n)} ${n === 1 ? 'day' : 'days'}`;

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "Monday 23 November 2026", from an ISO date, with no time zone shift. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${weekday} ${dayMonthYear(iso)}`;
}

/** "1 April 2026", from an ISO date. */
export function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
