/**
 * German and English texts of the status vocabulary, keyed `status.<code>.label` (the state's
 * name), `status.<code>.next` (in plain words, what happens next and whether the citizen has to
 * do anything) and `status.<code>.action` (the call to action, for states that need the
 * citizen). GOV.UK style, the citizen addressed as "Sie". `{code}`, `{label}` and `{days}` are
 * placeholders. A portal overrides any text, and names its own codes, through `overrides`.
 */
import { statusDefinition, type StatusCodes } from './codes.js';

/** One language's status texts. */
export type StatusCatalogue = Readonly<Record<string, string>>;
/** Texts by language (`de`, `en`, …), each a full or partial catalogue. */
export type StatusOverrides = Readonly<Record<string, StatusCatalogue>>;

export const de: StatusCatalogue = {
  'status.draft.label': 'Entwurf',
  'status.draft.next': 'Sie haben den Antrag noch nicht abgeschickt. Prüfen Sie Ihre Angaben und senden Sie ihn ab.',
  'status.submitted.label': 'Eingereicht',
  'status.submitted.next': 'Ihr Antrag ist abgeschickt. Als Nächstes wird er der zuständigen Behörde zugestellt.',
  'status.forwarded.label': 'Weitergeleitet',
  'status.forwarded.next':
    'Ihr Antrag wurde an die zuständige Stelle weitergeleitet. Als Nächstes bestätigt die Behörde den Eingang.',
  'status.received.label': 'Bei der Behörde eingegangen',
  'status.received.next': 'Die Behörde hat Ihren Antrag erhalten und wird ihn bearbeiten. Sie müssen nichts tun.',
  'status.rejected_technical.label': 'Nicht zugestellt',
  'status.rejected_technical.next':
    'Ihr Antrag konnte der Behörde aus technischen Gründen nicht zugestellt werden. Senden Sie ihn erneut.',
  'status.rejected_technical.action': 'Antrag erneut senden',
  'status.in_progress.label': 'In Bearbeitung',
  'status.in_progress.next': 'Die Behörde bearbeitet Ihren Antrag. Wenn sie Fragen hat, meldet sie sich bei Ihnen.',
  'status.query.label': 'Rückfrage – Ihre Mitwirkung ist nötig',
  'status.query.next':
    'Die Behörde braucht weitere Angaben oder Unterlagen von Ihnen. Sie bearbeitet Ihren Antrag weiter, sobald diese da sind.',
  'status.query.action': 'Rückfrage: bitte Unterlagen nachreichen',
  'status.payment_due.label': 'Zahlung ausstehend',
  'status.payment_due.next':
    'Bezahlen Sie die Gebühr. Die Behörde bearbeitet Ihren Antrag weiter, sobald sie bezahlt ist.',
  'status.payment_due.action': 'Gebühr bezahlen',
  'status.decided.label': 'Entschieden – Bescheid im Postfach',
  'status.decided.next':
    'Die Behörde hat über Ihren Antrag entschieden. Den Bescheid finden Sie in Ihrem Postfach (BundID oder BayernID).',
  'status.decided.action': 'Bescheid im Postfach lesen',
  'status.closed.label': 'Abgeschlossen',
  'status.closed.next': 'Das Verfahren ist abgeschlossen. Sie müssen nichts mehr tun.',
  'status.withdrawn.label': 'Zurückgezogen',
  'status.withdrawn.next': 'Der Antrag wurde zurückgezogen. Die Behörde bearbeitet ihn nicht weiter.',
  'status.unknown.label': 'Unbekannter Status ({code})',
  'status.unknown.next': 'Wenn Sie Fragen zu diesem Status haben, wenden Sie sich an die Behörde.',
  'status.step.done': 'Erledigt',
  'status.step.current': 'Aktueller Schritt',
  'status.step.upcoming': 'Noch offen',
  'status.step.action': 'Ihre Mitwirkung ist nötig',
  'status.step.problem': 'Problem',
  'status.announce': 'Neuer Status: {label}',
  'status.overdue':
    'Ihr Antrag ist seit mehr als {days} Tagen nicht bei der Behörde eingegangen. Über FIT-Connect gesendete Anträge, die so lange nicht abgeholt werden, weist FIT-Connect automatisch zurück. Wenden Sie sich an die Behörde oder senden Sie den Antrag erneut.',
};

export const en: StatusCatalogue = {
  'status.draft.label': 'Draft',
  'status.draft.next': 'You have not sent the application yet. Check your answers and send it.',
  'status.submitted.label': 'Submitted',
  'status.submitted.next': 'Your application has been sent. Next, it will be delivered to the responsible office.',
  'status.forwarded.label': 'Forwarded',
  'status.forwarded.next':
    'Your application has been forwarded to the responsible office. Next, the office confirms that it has arrived.',
  'status.received.label': 'Received by the office',
  'status.received.next':
    'The office has received your application and will work on it. You do not need to do anything.',
  'status.rejected_technical.label': 'Not delivered',
  'status.rejected_technical.next':
    'Your application could not be delivered to the office because of a technical problem. Send it again.',
  'status.rejected_technical.action': 'Send the application again',
  'status.in_progress.label': 'In progress',
  'status.in_progress.next': 'The office is working on your application. If it has questions, it will contact you.',
  'status.query.label': 'Query – the office needs something from you',
  'status.query.next':
    'The office needs more information or documents from you. It will continue with your application once it has them.',
  'status.query.action': 'Query: please send the missing documents',
  'status.payment_due.label': 'Payment due',
  'status.payment_due.next': 'Pay the fee. The office will continue with your application once it is paid.',
  'status.payment_due.action': 'Pay the fee',
  'status.decided.label': 'Decided – notice in your mailbox',
  'status.decided.next':
    'The office has made a decision on your application. You will find the notice in your mailbox (BundID or BayernID).',
  'status.decided.action': 'Read the notice in your mailbox',
  'status.closed.label': 'Closed',
  'status.closed.next': 'Your case is closed. You do not need to do anything else.',
  'status.withdrawn.label': 'Withdrawn',
  'status.withdrawn.next': 'The application has been withdrawn. The office will not work on it any further.',
  'status.unknown.label': 'Unknown status ({code})',
  'status.unknown.next': 'If you have questions about this status, contact the office.',
  'status.step.done': 'Done',
  'status.step.current': 'Current step',
  'status.step.upcoming': 'Not started',
  'status.step.action': 'Action needed',
  'status.step.problem': 'Problem',
  'status.announce': 'New status: {label}',
  'status.overdue':
    'Your application has not reached the office for more than {days} days. FIT-Connect automatically rejects applications that are not collected in that time. Contact the office or send the application again.',
};

/** The status texts in every language Blaupause ships. */
export const statusMessages: Readonly<Record<string, StatusCatalogue>> = { de, en };

/** The catalogue language for a BCP 47 tag: its primary language if shipped or overridden, else German. */
function language(lang: string, overrides: StatusOverrides): string {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return primary in statusMessages || primary in overrides ? primary : 'de';
}

/**
 * One text by key in the language of `lang` (`de`, `de-DE`, `en-GB` …), overrides first, then
 * Blaupause's texts in that language, then German; `{name}` placeholders filled from `params`.
 * `undefined` when no catalogue has the key.
 */
export function statusMessage(
  key: string,
  lang: string,
  params: Readonly<Record<string, string | number>> = {},
  overrides: StatusOverrides = {},
): string | undefined {
  const l = language(lang, overrides);
  const template = overrides[l]?.[key] ?? statusMessages[l]?.[key] ?? overrides.de?.[key] ?? de[key];
  return template?.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** What the citizen reads about one code. */
export interface StatusText {
  readonly label: string;
  /** What happens next, in plain words. */
  readonly next: string;
  /** The call to action's text, for codes that have one. */
  readonly action?: string;
}

/**
 * The label, next-step sentence and call to action of a code. An unknown code (no label in any
 * catalogue) reads "Unbekannter Status (code)" / "Unknown status (code)".
 */
export function statusText(
  code: string,
  lang: string,
  overrides: StatusOverrides = {},
  codes?: StatusCodes,
): StatusText {
  const message = (key: string) => statusMessage(key, lang, { code }, overrides);
  const label = message(`status.${code}.label`);
  if (label === undefined) {
    return { label: message('status.unknown.label')!, next: message('status.unknown.next')! };
  }
  const next = message(`status.${code}.next`) ?? message('status.unknown.next')!;
  const action = statusDefinition(code, codes).action ? message(`status.${code}.action`) : undefined;
  return action === undefined ? { label, next } : { label, next, action };
}
