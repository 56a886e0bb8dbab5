// Dates as the contract writes them: a day (1998-03-15), a month (1998-03), a year (1998), or an interval
// between two of those (1994-04-30/1998-02). A partial date is the interval it covers, never its first day.

const DAY = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

function bounds(part) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part.trim());
  if (!m) return null;
  const y = +m[1];
  if (m[3]) {
    const t = Date.UTC(y, +m[2] - 1, +m[3]);
    return [t, t];
  }
  if (m[2]) return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 1) - DAY];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
}

/** {earliest, latest} as UTC milliseconds, or null when the text is not a date of the contract. */
export function parseRange(text) {
  if (text == null || text === '') return null;
  const [a, b] = String(text).split('/');
  const first = bounds(a);
  const last = b === undefined ? first : bounds(b);
  if (!first || !last) return null;
  return {earliest: first[0], latest: last[1], certain: first[0] === last[1], text: String(text)};
}

/** A day's ISO text from UTC milliseconds. */
export const isoDay = ms => new Date(ms).toISOString().slice(0, 10);

/** UTC milliseconds of a YYYY-MM-DD day, or NaN. */
export function dayMs(text) {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  if (!r) return NaN;
  const t = Date.UTC(+r[1], +r[2] - 1, +r[3]);
  return isoDay(t) === text ? t : NaN;
}

export function addMonths(text, months) {
  const t = dayMs(text);
  if (Number.isNaN(t)) return text;
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return isoDay(target.getTime());
}

export const DAY_MS = DAY;

function readable(part) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
  if (!m) return part;
  if (m[3]) return `${+m[3]} ${MONTHS[+m[2] - 1].slice(0, 3)} ${m[1]}`;
  if (m[2]) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  return m[1];
}

/** "between 30 Apr 1994 and 28 Feb 1998", "in March 1998", "4 Jan 2001". */
export function describe(text) {
  if (!text) return '';
  const [a, b] = String(text).split('/');
  if (b !== undefined) return `between ${readable(a)} and ${readable(b)}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(a)) return readable(a);
  return `in ${readable(a)}`;
}

/** True when the text is not one known day. */
export function isUncertain(text) {
  const r = parseRange(text);
  return !!r && !r.certain;
}
