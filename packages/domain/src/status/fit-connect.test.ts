import { expect } from '@open-wc/testing';
import { statusSteps } from './events.js';
import {
  decodeFitConnectEventLog,
  FIT_CONNECT_EVENTS,
  fromFitConnectEvents,
  type FitConnectEventToken,
} from './fit-connect.js';

const token = (
  jti: string,
  type: string,
  iat: number,
  details: Record<string, unknown> = {},
): FitConnectEventToken => ({
  jti,
  iat,
  sub: 'submission:4e8a…',
  txn: 'case:2b1c…',
  events: { [`${FIT_CONNECT_EVENTS}${type}`]: details },
});
const T = Date.UTC(2026, 10, 20, 8, 15) / 1000;
const codes = (tokens: FitConnectEventToken[]) => fromFitConnectEvents(tokens).map((e) => e.code);

/** A JWT with the given payload (header and signature are not read). */
function jwt(payload: unknown): string {
  const json = JSON.stringify(payload);
  const binary = encodeURIComponent(json).replace(/%([0-9A-F]{2})/g, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
  const b64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `eyJhbGciOiJQUzUxMiJ9.${b64}.c2lnbmF0dXJl`;
}

describe('@blaupause/domain status: FIT-Connect events', () => {
  it('maps create, submit, forward and accept to draft, submitted, forwarded and received, with id and time', () => {
    const events = fromFitConnectEvents([
      token('j1', 'create-submission', T),
      token('j2', 'submit-submission', T + 60),
      token('j3', 'forward-submission', T + 120),
      token('j4', 'accept-submission', T + 86_400),
    ]);
    expect(events).to.deep.equal([
      { id: 'j1', code: 'draft', time: '2026-11-20T08:15:00.000Z' },
      { id: 'j2', code: 'submitted', time: '2026-11-20T08:16:00.000Z' },
      { id: 'j3', code: 'forwarded', time: '2026-11-20T08:17:00.000Z' },
      { id: 'j4', code: 'received', time: '2026-11-21T08:15:00.000Z' },
    ]);
    expect(statusSteps(events).map((s) => `${s.code}:${s.state}`)).to.include('received:current');
  });

  it('maps reject to rejected_technical and keeps the problems as the reason', () => {
    const problems = [
      { type: 'https://schema.fitko.de/fit-connect/events/problems/missing-data', title: 'Fehlende Daten' },
    ];
    const [, rejected] = fromFitConnectEvents([
      token('a', 'submit-submission', T),
      token('b', 'reject-submission', T + 5, { problems }),
    ]);
    expect(rejected).to.deep.equal({
      id: 'b',
      code: 'rejected_technical',
      time: '2026-11-20T08:15:05.000Z',
      data: { problems },
    });
  });

  it('reads delete by what came before: withdrawn before sending, not delivered after, nothing after accept or reject', () => {
    expect(codes([token('a', 'create-submission', T), token('b', 'delete-submission', T + 10)])).to.deep.equal([
      'draft',
      'withdrawn',
    ]);
    expect(codes([token('a', 'submit-submission', T), token('b', 'delete-submission', T + 15 * 86_400)])).to.deep.equal(
      ['submitted', 'rejected_technical'],
    );
    expect(
      codes([
        token('a', 'submit-submission', T),
        token('b', 'accept-submission', T + 9),
        token('c', 'delete-submission', T + 99),
      ]),
    ).to.deep.equal(['submitted', 'received']);
    // In time order, whatever the order of the log.
    expect(
      codes([
        token('c', 'delete-submission', T + 99),
        token('a', 'submit-submission', T),
        token('b', 'reject-submission', T + 9),
      ]),
    ).to.deep.equal(['submitted', 'rejected_technical']);
  });

  it('leaves out notify-submission, other types and tokens without jti or iat', () => {
    expect(
      codes([
        token('a', 'notify-submission', T),
        token('b', 'something-new', T),
        { jti: 'c', iat: T, events: { 'https://example.org/events/submit-submission': {} } },
        { jti: '', iat: T, events: { [`${FIT_CONNECT_EVENTS}submit-submission`]: {} } },
        { jti: 'e', iat: Number.NaN, events: { [`${FIT_CONNECT_EVENTS}submit-submission`]: {} } },
      ]),
    ).to.deep.equal([]);
  });

  it('decodes an event log’s tokens (without verifying them) and skips what is no JWT', () => {
    const payload = token('j1', 'submit-submission', T, { note: 'Prüfung – äöü' });
    expect(decodeFitConnectEventLog({ eventLog: [jwt(payload), 'kein-token', jwt(payload)] })).to.deep.equal([
      payload,
      payload,
    ]);
    expect(decodeFitConnectEventLog([jwt(payload)])).to.deep.equal([payload]);
    expect(fromFitConnectEvents(decodeFitConnectEventLog([jwt(payload)])).map((e) => e.code)).to.deep.equal([
      'submitted',
    ]);
  });
});
