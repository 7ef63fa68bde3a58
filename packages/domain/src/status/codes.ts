/**
 * The status codes of an application after submission (DOMAIN.md §4), without their texts: what
 * each code means for the citizen (nothing to do, their action, a problem), which codes end the
 * case, and the usual path a case takes. The texts are in ./messages.ts, so code that only needs
 * the rules (a status source, a portal's server) does not load them.
 */

/** What a state asks of the citizen: nothing, their action, or attention to a problem. */
export type StatusAttention = 'none' | 'action' | 'problem';

/**
 * The call to action of a state that needs the citizen: hand in documents (a query), pay, send
 * the application again (a technical rejection), or read the notice in the BundID/BayernID
 * mailbox (decided). A portal's own code may name its own.
 */
export type StatusCallToAction = 'documents' | 'pay' | 'resubmit' | 'mailbox' | (string & {});

/** One status code and its rules. */
export interface StatusDefinition {
  /** The code as sources send it, e.g. `in_progress`; lower case, digits and `_`. */
  readonly code: string;
  readonly attention: StatusAttention;
  /** Nothing follows: sources stop asking, no upcoming steps are shown. */
  readonly terminal: boolean;
  /** The call to action while this state is current. */
  readonly action?: StatusCallToAction;
}

/** The codes Blaupause knows (DOMAIN.md §4). */
export const statusDefinitions: readonly StatusDefinition[] = [
  { code: 'draft', attention: 'none', terminal: false },
  { code: 'submitted', attention: 'none', terminal: false },
  { code: 'forwarded', attention: 'none', terminal: false },
  { code: 'received', attention: 'none', terminal: false },
  { code: 'rejected_technical', attention: 'problem', terminal: true, action: 'resubmit' },
  { code: 'in_progress', attention: 'none', terminal: false },
  { code: 'query', attention: 'action', terminal: false, action: 'documents' },
  { code: 'payment_due', attention: 'action', terminal: false, action: 'pay' },
  { code: 'decided', attention: 'none', terminal: false, action: 'mailbox' },
  { code: 'closed', attention: 'none', terminal: true },
  { code: 'withdrawn', attention: 'none', terminal: true },
];

/** The steps a case usually passes, shown as upcoming until reached. */
export const statusPath: readonly string[] = ['submitted', 'received', 'in_progress', 'decided', 'closed'];

/** A set of codes: Blaupause's, plus a portal's own. */
export interface StatusCodes {
  readonly definitions: ReadonlyMap<string, StatusDefinition>;
  /** The usual path, in order (see {@link statusPath}). */
  readonly path: readonly string[];
}

/**
 * Blaupause's codes plus a portal's own (a definition with a known code replaces it), and
 * optionally another usual path. Give the new codes' texts to `statusText` as overrides.
 */
export function defineStatusCodes(
  extra: readonly StatusDefinition[] = [],
  path: readonly string[] = statusPath,
): StatusCodes {
  const definitions = new Map<string, StatusDefinition>();
  for (const definition of [...statusDefinitions, ...extra]) definitions.set(definition.code, definition);
  return { definitions, path };
}

/** Blaupause's codes. */
export const defaultStatusCodes: StatusCodes = defineStatusCodes();

/**
 * The rules of a code. An unknown code is a state like any other (nothing to do, not terminal),
 * so a new code from a source never breaks the display; `known` tells it apart.
 */
export function statusDefinition(
  code: string,
  codes: StatusCodes = defaultStatusCodes,
): StatusDefinition & { readonly known: boolean } {
  const definition = codes.definitions.get(code);
  return definition ? { ...definition, known: true } : { code, attention: 'none', terminal: false, known: false };
}

/** Whether a code ends the case. */
export const isTerminalStatus = (code: string, codes: StatusCodes = defaultStatusCodes): boolean =>
  codes.definitions.get(code)?.terminal ?? false;
