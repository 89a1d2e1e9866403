/** Numbers, shares and weeks in words, as the annual report and the self-assessment's evidence both write them. */
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const tenths = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const count = (n: number) => whole.format(n);
/** Shares and weeks to one decimal place, as the figures give them. */
export const oneDecimal = (n: number) => tenths.format(n);
export const pct = (n: number | null, none = 'not known') => (n === null ? none : `${oneDecimal(n)}%`);
export const weeks = (n: number | null) => (n === null ? 'no first matches started' : `${oneDecimal(n)} weeks`);
