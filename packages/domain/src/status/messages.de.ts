import type { StatusCatalogue } from './messages.js';

/** German status texts (keys: see ./messages.ts). A module of its own, so a page loads only its language. */
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
