/**
 * Dates of status steps: "24.11.2026, 14:03 Uhr" in German, "24 November 2026 at 14:03" in
 * English, through `Intl`, in the office's time zone (Europe/Berlin unless told otherwise), and
 * the UTC form for `<time datetime>`.
 */
import { parseStatusTime } from './events.js';

/** The office's time zone: what German offices and notices count in. */
export const STATUS_TIME_ZONE = 'Europe/Berlin';

const formats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsFor(german: boolean, timeZone: string) {
  const key = `${german ? 'de' : 'en'} ${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    const locale = german ? 'de-DE' : 'en-GB';
    f = {
      date: new Intl.DateTimeFormat(
        locale,
        german
          ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }
          : { day: 'numeric', month: 'long', year: 'numeric', timeZone },
      ),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
    };
    formats.set(key, f);
  }
  return f;
}

/**
 * A step's time for people: "24.11.2026, 14:03 Uhr" for German (`de`, `de-AT` …), otherwise
 * English, "24 November 2026 at 14:03". Date and time are formatted apart and joined here, so
 * every browser writes the same. An unreadable time comes back as given.
 */
export function formatStatusTime(time: string, lang: string, timeZone: string = STATUS_TIME_ZONE): string {
  const at = parseStatusTime(time);
  if (Number.isNaN(at)) return time;
  const german = lang.toLowerCase().split('-')[0] === 'de';
  const f = formatsFor(german, timeZone);
  const date = f.date.format(at);
  const clock = f.time.format(at);
  return german ? `${date}, ${clock} Uhr` : `${date} at ${clock}`;
}

/** The value of `<time datetime>`: the instant in UTC, e.g. `2026-11-24T13:03:00.000Z`; `''` when unreadable. */
export function statusDateTime(time: string): string {
  const at = parseStatusTime(time);
  return Number.isNaN(at) ? '' : new Date(at).toISOString();
}
