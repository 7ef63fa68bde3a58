import type { StatusCatalogue } from './messages.js';

/** English status texts (keys: see ./messages.ts). A module of its own, so a page loads only its language. */
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
