/**
 * FIT-Connect's event log as status events. FIT-Connect records a submission's life as Security
 * Event Tokens (SET, RFC 8417) at `GET /v1/cases/{caseId}/events`: `{ "eventLog": ["<JWT>", …] }`,
 * each token's payload `{ jti, iat, sub: "submission:<id>", txn: "case:<id>", events: { "<type
 * URI>": { … } } }`. FIT-Connect knows delivery only (no "in progress", no "decided"): the
 * office's own states come from the portal's backend.
 *
 * Mapping (`https://schema.fitko.de/fit-connect/events/` + …):
 * - `create-submission` → `draft`, `submit-submission` → `submitted`,
 *   `forward-submission` → `forwarded`, `accept-submission` → `received`,
 *   `reject-submission` → `rejected_technical` (the token's `problems` kept as `data.problems`);
 * - `delete-submission` → `withdrawn` while the submission was never sent, `rejected_technical`
 *   when it was sent but neither accepted nor rejected (it never reached the office, e.g. after
 *   the 14 days), nothing after `accept`/`reject` (the delivery service clearing up);
 * - `notify-submission` and unknown types → nothing.
 */
import type { StatusEvent } from './events.js';

/** The common start of FIT-Connect's event type URIs. */
export const FIT_CONNECT_EVENTS = 'https://schema.fitko.de/fit-connect/events/';

const CODES: Readonly<Record<string, string>> = {
  'create-submission': 'draft',
  'submit-submission': 'submitted',
  'forward-submission': 'forwarded',
  'accept-submission': 'received',
  'reject-submission': 'rejected_technical',
};

/** The payload of one FIT-Connect Security Event Token, as far as it is read here. */
export interface FitConnectEventToken {
  /** The token's unique id: becomes the status event's id. */
  readonly jti: string;
  /** Issued at, in seconds since the epoch: becomes the status event's time. */
  readonly iat: number;
  readonly sub?: string;
  readonly txn?: string;
  /** One member: the event type URI, and its details. */
  readonly events: Readonly<Record<string, unknown>>;
}

/**
 * The status events of a FIT-Connect event log (token payloads, in any order), mapped as listed
 * above; tokens without `jti`, `iat` or a known type are left out.
 */
export function fromFitConnectEvents(tokens: readonly FitConnectEventToken[]): StatusEvent[] {
  const ordered = tokens
    .filter((t) => typeof t.jti === 'string' && t.jti !== '' && Number.isFinite(t.iat) && typeof t.events === 'object')
    .map((token, index) => ({ token, index }))
    .sort((a, b) => a.token.iat - b.token.iat || a.index - b.index);
  const result: StatusEvent[] = [];
  let stage: 'new' | 'sent' | 'settled' = 'new';
  for (const { token } of ordered) {
    for (const [uri, details] of Object.entries(token.events)) {
      if (!uri.startsWith(FIT_CONNECT_EVENTS)) continue;
      const type = uri.slice(FIT_CONNECT_EVENTS.length);
      let code: string | undefined = CODES[type];
      if (type === 'delete-submission')
        code = stage === 'new' ? 'withdrawn' : stage === 'sent' ? 'rejected_technical' : undefined;
      if (code === undefined) continue;
      if (code === 'submitted' || code === 'forwarded') stage = 'sent';
      if (code === 'received' || code === 'rejected_technical') stage = 'settled';
      const problems = (details as { problems?: unknown } | null)?.problems;
      const time = new Date(token.iat * 1000).toISOString();
      result.push(
        Array.isArray(problems) ? { id: token.jti, code, time, data: { problems } } : { id: token.jti, code, time },
      );
    }
  }
  return result;
}

type Atob = (data: string) => string;

/**
 * The payloads of an event log's tokens (`{ eventLog: [...] }` or the bare list), decoded but
 * NOT verified: a token's signature must be checked against FIT-Connect's keys by the portal's
 * backend before anything is shown. Unreadable tokens are left out.
 */
export function decodeFitConnectEventLog(
  log: { readonly eventLog: readonly string[] } | readonly string[],
): FitConnectEventToken[] {
  const atob = (globalThis as unknown as { atob: Atob }).atob;
  const tokens = 'eventLog' in log ? log.eventLog : log;
  const payloads: FitConnectEventToken[] = [];
  for (const token of tokens) {
    try {
      const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
      const binary = atob(part.padEnd(Math.ceil(part.length / 4) * 4, '='));
      // UTF-8 bytes to text without TextDecoder (not in the ES library): percent-encode, decode.
      const text = decodeURIComponent(
        binary.replace(/[^]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`),
      );
      const payload: unknown = JSON.parse(text);
      if (typeof payload === 'object' && payload !== null) payloads.push(payload as FitConnectEventToken);
    } catch {
      // not a JWT: left out
    }
  }
  return payloads;
}
