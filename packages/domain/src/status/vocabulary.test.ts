import { expect } from '@open-wc/testing';
import {
  defaultStatusCodes,
  defineStatusCodes,
  isTerminalStatus,
  statusDefinition,
  statusDefinitions,
  statusPath,
} from './codes.js';
import { de, en, statusMessage, statusMessages, statusText } from './messages.js';

const CODES = [
  'draft',
  'submitted',
  'forwarded',
  'received',
  'rejected_technical',
  'in_progress',
  'query',
  'payment_due',
  'decided',
  'closed',
  'withdrawn',
];

describe('@blaupause/domain status: vocabulary', () => {
  it('knows the eleven codes of DOMAIN.md §4, each once', () => {
    expect(statusDefinitions.map((d) => d.code)).to.deep.equal(CODES);
    expect(new Set(statusDefinitions.map((d) => d.code)).size).to.equal(11);
  });

  it('marks what needs the citizen, what is a problem, and what ends the case', () => {
    const by = (pick: (d: (typeof statusDefinitions)[number]) => boolean) =>
      statusDefinitions.filter(pick).map((d) => d.code);
    expect(by((d) => d.attention === 'action')).to.deep.equal(['query', 'payment_due']);
    expect(by((d) => d.attention === 'problem')).to.deep.equal(['rejected_technical']);
    expect(by((d) => d.terminal)).to.deep.equal(['rejected_technical', 'closed', 'withdrawn']);
    expect(Object.fromEntries(statusDefinitions.filter((d) => d.action).map((d) => [d.code, d.action]))).to.deep.equal({
      rejected_technical: 'resubmit',
      query: 'documents',
      payment_due: 'pay',
      decided: 'mailbox',
    });
    expect(isTerminalStatus('closed')).to.equal(true);
    expect(isTerminalStatus('decided')).to.equal(false);
    expect(isTerminalStatus('no_such_code')).to.equal(false);
  });

  it('has a label and a next-step sentence for every code in German and English, and an action text where there is a call to action', () => {
    for (const catalogue of [de, en]) {
      for (const { code, action } of statusDefinitions) {
        expect(catalogue[`status.${code}.label`], `${code}.label`).to.be.a('string').and.not.equal('');
        expect(catalogue[`status.${code}.next`], `${code}.next`).to.match(/\.$/);
        expect(catalogue[`status.${code}.action`] !== undefined, `${code}.action`).to.equal(action !== undefined);
      }
    }
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
    expect(statusMessages).to.deep.equal({ de, en });
  });

  it('reads the labels of DOMAIN.md §4 and the issue’s call to action texts', () => {
    expect(statusText('received', 'de')).to.deep.equal({
      label: 'Bei der Behörde eingegangen',
      next: 'Die Behörde hat Ihren Antrag erhalten und wird ihn bearbeiten. Sie müssen nichts tun.',
    });
    expect(statusText('query', 'de').action).to.equal('Rückfrage: bitte Unterlagen nachreichen');
    expect(statusText('rejected_technical', 'de-DE').action).to.equal('Antrag erneut senden');
    expect(statusText('decided', 'de').label).to.equal('Entschieden – Bescheid im Postfach');
    expect(statusText('in_progress', 'en-GB')).to.deep.equal({
      label: 'In progress',
      next: 'The office is working on your application. If it has questions, it will contact you.',
    });
    expect(statusText('payment_due', 'en').action).to.equal('Pay the fee');
  });

  it('shows an unknown code as "Unbekannter Status (code)" / "Unknown status (code)"', () => {
    expect(statusText('akte_verloren', 'de')).to.deep.equal({
      label: 'Unbekannter Status (akte_verloren)',
      next: 'Wenn Sie Fragen zu diesem Status haben, wenden Sie sich an die Behörde.',
    });
    expect(statusText('akte_verloren', 'en').label).to.equal('Unknown status (akte_verloren)');
    expect(statusDefinition('akte_verloren')).to.deep.equal({
      code: 'akte_verloren',
      attention: 'none',
      terminal: false,
      known: false,
    });
    expect(statusDefinition('query').known).to.equal(true);
  });

  it('falls back to German for languages it has no texts in, and keeps placeholders it cannot fill', () => {
    expect(statusText('closed', 'tr').label).to.equal('Abgeschlossen');
    expect(statusMessage('status.announce', 'en', { label: 'In progress' })).to.equal('New status: In progress');
    expect(statusMessage('status.announce', 'de')).to.equal('Neuer Status: {label}');
    expect(statusMessage('status.no.such.key', 'de')).to.equal(undefined);
  });

  it('takes a portal’s own codes and wording', () => {
    const codes = defineStatusCodes(
      [
        { code: 'appointment', attention: 'action', terminal: false, action: 'book' },
        { code: 'decided', attention: 'none', terminal: true, action: 'mailbox' },
      ],
      ['submitted', 'appointment', 'decided'],
    );
    const overrides = {
      de: {
        'status.appointment.label': 'Termin vereinbaren',
        'status.appointment.next': 'Vereinbaren Sie einen Termin im Bürgerbüro.',
        'status.appointment.action': 'Termin buchen',
        'status.in_progress.label': 'Wird bearbeitet',
      },
    };
    expect(statusText('appointment', 'de', overrides, codes)).to.deep.equal({
      label: 'Termin vereinbaren',
      next: 'Vereinbaren Sie einen Termin im Bürgerbüro.',
      action: 'Termin buchen',
    });
    expect(statusText('in_progress', 'de', overrides).label).to.equal('Wird bearbeitet');
    // English has no text for the portal's code: the German one, not "Unknown status".
    expect(statusText('appointment', 'en', overrides, codes).label).to.equal('Termin vereinbaren');
    expect(statusDefinition('appointment', codes)).to.include({ attention: 'action', known: true });
    expect(isTerminalStatus('decided', codes)).to.equal(true);
    expect(codes.path).to.deep.equal(['submitted', 'appointment', 'decided']);
    // The defaults are untouched.
    expect(isTerminalStatus('decided')).to.equal(false);
    expect(defaultStatusCodes.path).to.equal(statusPath);
    expect(statusDefinition('appointment').known).to.equal(false);
  });
});
