import { expect } from '@open-wc/testing';
import { formatStatusTime, statusDateTime } from './time.js';

describe('@blaupause/domain status: dates', () => {
  it('writes German dates as "24.11.2026, 14:03 Uhr" in the office’s time zone', () => {
    expect(formatStatusTime('2026-11-24T13:03:00Z', 'de')).to.equal('24.11.2026, 14:03 Uhr');
    expect(formatStatusTime('2026-11-24T14:03:00+01:00', 'de-DE')).to.equal('24.11.2026, 14:03 Uhr');
    // Summer time, and midnight with two-digit hours.
    expect(formatStatusTime('2026-07-01T22:05:00Z', 'de')).to.equal('02.07.2026, 00:05 Uhr');
  });

  it('writes English dates as "24 November 2026 at 14:03"', () => {
    expect(formatStatusTime('2026-11-24T13:03:00Z', 'en')).to.equal('24 November 2026 at 14:03');
    expect(formatStatusTime('2026-03-05T08:07:00Z', 'en-GB')).to.equal('5 March 2026 at 09:07');
    // Other languages read English.
    expect(formatStatusTime('2026-11-24T13:03:00Z', 'fr')).to.equal('24 November 2026 at 14:03');
  });

  it('takes another time zone', () => {
    expect(formatStatusTime('2026-11-24T13:03:00Z', 'de', 'UTC')).to.equal('24.11.2026, 13:03 Uhr');
    expect(formatStatusTime('2026-11-24T13:03:00Z', 'en', 'America/New_York')).to.equal('24 November 2026 at 08:03');
  });

  it('gives <time datetime> the instant in UTC', () => {
    expect(statusDateTime('2026-11-24T14:03:00+01:00')).to.equal('2026-11-24T13:03:00.000Z');
    expect(statusDateTime('2026-11-24T13:03Z')).to.equal('2026-11-24T13:03:00.000Z');
  });

  it('leaves an unreadable time as it is, and gives it no datetime', () => {
    expect(formatStatusTime('gestern', 'de')).to.equal('gestern');
    expect(formatStatusTime('2026-11-24T13:03:00', 'de')).to.equal('2026-11-24T13:03:00');
    expect(statusDateTime('gestern')).to.equal('');
  });
});
