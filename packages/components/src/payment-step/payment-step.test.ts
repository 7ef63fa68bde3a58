import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import fc from 'fast-check';
import { generate, correction, mode } from 'lean-qr';
import { epcQrPayload, makeIban, type FeeItem } from '@blaupause/domain/payment';
import './define.js';
import type { PaymentStep } from './payment-step.js';
import type { PaymentStartEvent } from './events.js';
import { MANDATE_DE } from './sepa.js';
import { paymentStepTranslations } from './strings.js';
import { translations as sepaTranslations } from './sepa.strings.js';
import { translations as transferTranslations } from './transfer.strings.js';
import { translations as flowTranslations } from './flow.strings.js';
import type { Catalogue, CatalogueSource } from '../core/localize.js';
import { runFormControlSuite } from '../core/testing/form-control-suite.js';
import { accessible, clearAnnouncements, hasState, tick } from '../core/testing/helpers.js';

// ── helpers (this file only) ─────────────────────────────────────────────────────────────────

const ITEMS: FeeItem[] = [
  { kind: 'gebuehr', cents: 3700 },
  { kind: 'auslagen', cents: 350 },
  { kind: 'ermaessigung', cents: 200, label: 'Ermäßigung für den Online-Antrag' },
];
const PAYEE_IBAN = 'DE79 7205 0000 0000 0123 45';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const $ = (el: PaymentStep, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const radio = (el: PaymentStep, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="method"][value="${id}"]`)!;
const field = (el: PaymentStep, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
const payButton = (el: PaymentStep) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.pay');
const errorOf = (el: PaymentStep, part: string) => text(el.shadowRoot!.getElementById(`error-${part}`));
const entries = (form: HTMLFormElement) =>
  [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
const summary = (el: PaymentStep) =>
  [...el.shadowRoot!.querySelectorAll('.summary dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Collects console.error calls while `fn` runs. */
async function consoleErrors(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return seen;
}

/** Chooses a method with the mouse, as a user would, and waits for its part. */
async function choose(el: PaymentStep, id: string): Promise<void> {
  radio(el, id).click();
  await el.updateComplete;
}

/** Sets a field's text as typing would (input, then change on leaving). */
async function setText(el: PaymentStep, id: string, value: string): Promise<void> {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function step(
  attrs: {
    methods?: string;
    items?: readonly FeeItem[];
    total?: number;
    name?: string;
    purpose?: string;
    required?: boolean;
    method?: string;
  } = {},
) {
  return html`<bp-payment-step
    name=${attrs.name ?? 'zahlung'}
    payee="Stadt Augsburg"
    purpose=${attrs.purpose ?? 'Personalausweis 6-0123'}
    kassenzeichen="6.0123.456789.1"
    creditor-id="DE98ZZZ09999999999"
    mandate-reference="BP-2026-000123"
    payee-iban=${PAYEE_IBAN}
    due-date="2026-12-31"
    .methods=${(attrs.methods ?? 'creditcard paypal sepa transfer counter').split(' ')}
    method=${ifDefined(attrs.method)}
    ?required=${attrs.required ?? false}
    .items=${attrs.items ?? ITEMS}
    .total=${attrs.total}
  ></bp-payment-step>`;
}

async function inForm(template = step()) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Absenden</button></form>`);
  const el = form.querySelector('bp-payment-step')!;
  await el.updateComplete;
  return { form, el };
}

beforeEach(() => sessionStorage.clear());

// ── the shared suite ─────────────────────────────────────────────────────────────────────────

runFormControlSuite<PaymentStep>({
  tag: 'bp-payment-step',
  render: ({ name, id, required, disabled, readonly, defaultValue }) =>
    html`<bp-payment-step
      name=${name}
      id=${ifDefined(id)}
      payee="Stadt Augsburg"
      purpose="Gebuehr 1"
      .methods=${['counter', 'paypal']}
      method=${ifDefined(defaultValue === undefined ? undefined : 'paypal')}
      .items=${ITEMS}
      ?required=${required}
      ?disabled=${disabled}
      ?readonly=${readonly}
    ></bp-payment-step>`,
  async fillByKeyboard(el) {
    // Focus is on the first method: Down chooses the second, Up the first again (a change even when
    // it was chosen before); Tab moves on to the pay button, still inside the step.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
  },
  filledEntries: [['field[method]', 'counter']],
  defaultEntries: [['field[method]', 'paypal']],
  setValue(el) {
    el.value = { method: 'counter', accountHolder: '', iban: '', mandate: false };
  },
  setEntries: [['field[method]', 'counter']],
  restore: { state: JSON.stringify({ method: 'counter' }), entries: [['field[method]', 'counter']] },
  focusTarget: (el) => radio(el, 'counter'),
  enterSubmitsAlone: false,
});

// ── fees ─────────────────────────────────────────────────────────────────────────────────────

describe('bp-payment-step: fee summary from integer cents', () => {
  it('lists the items, the total, payee, purpose and Kassenzeichen, formatted by Intl in German', async () => {
    const el = await fixture<PaymentStep>(step());
    expect(summary(el)).to.deep.equal([
      ['Gebühr', '37,00 €'],
      ['Auslagen', '3,50 €'],
      ['Ermäßigung für den Online-Antrag', '−2,00 €'],
      ['Gesamtbetrag', '38,50 €'],
      ['Zahlungsempfänger', 'Stadt Augsburg'],
      ['Verwendungszweck', 'Personalausweis 6-0123'],
      ['Kassenzeichen', '6.0123.456789.1'],
    ]);
    expect(el.amount).to.equal(3850);
    expect($(el, '.summary dd.total')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('formats 12345 as "123,45 €", 1 cent, and 999.999,99 €', async () => {
    const cases: [number, string][] = [
      [12345, '123,45 €'],
      [1, '0,01 €'],
      [99999999, '999.999,99 €'],
    ];
    for (const [cents, shown] of cases) {
      const el = await fixture<PaymentStep>(step({ methods: 'transfer counter', items: [{ kind: 'gebuehr', cents }] }));
      expect(summary(el)[1], String(cents)).to.deep.equal(['Gesamtbetrag', shown]);
      // The no-break space Intl puts before the euro sign is kept.
      expect($(el, '.summary dd.total')!.textContent).to.contain('\u00a0€');
      expect(payButton(el), String(cents)).to.exist;
    }
  });

  it('adds USt as its own line only where the portal gives it', async () => {
    const el = await fixture<PaymentStep>(
      step({
        items: [
          { kind: 'gebuehr', cents: 10000 },
          { kind: 'ust', cents: 1900 },
        ],
      }),
    );
    expect(summary(el).slice(0, 3)).to.deep.equal([
      ['Gebühr', '100,00 €'],
      ['Umsatzsteuer', '19,00 €'],
      ['Gesamtbetrag', '119,00 €'],
    ]);
  });

  it('says there is nothing to pay for 0 cents, with no methods and no pay button', async () => {
    const el = await fixture<PaymentStep>(step({ items: [{ kind: 'gebuehr', cents: 0 }] }));
    expect(text($(el, '.nothing'))).to.equal('Für diesen Antrag fällt keine Gebühr an. Sie müssen nichts bezahlen.');
    expect(summary(el)[1]).to.deep.equal(['Gesamtbetrag', '0,00 €']);
    expect($(el, 'fieldset')).to.equal(null);
    expect(payButton(el)).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('formats in English: "€123.45"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">${step({ items: [{ kind: 'gebuehr', cents: 12345 }] })}</div>`,
    );
    const el = wrapper.querySelector('bp-payment-step')!;
    await el.updateComplete;
    expect(summary(el).slice(0, 2)).to.deep.equal([
      ['Fee', '€123.45'],
      ['Total', '€123.45'],
    ]);
    expect(text($(el, 'legend'))).to.equal('How do you want to pay?');
    expect(text(payButton(el))).to.equal('Confirm and pay');
    await expect(el).to.be.accessible();
  });
});

describe('bp-payment-step: developer errors stop the payment', () => {
  const bad: [string, { items: FeeItem[]; total?: number; purpose?: string; methods?: string }, RegExp][] = [
    [
      'items that do not add up to the total',
      { items: ITEMS, total: 4000 },
      /add up to 3850 cents, the given total is 4000/,
    ],
    ['a negative amount', { items: [{ kind: 'gebuehr', cents: -500 }] }, /must not be negative/],
    ['a non-integer amount', { items: [{ kind: 'gebuehr', cents: 12.5 }] }, /whole number of cents/],
    [
      'an Ermäßigung larger than the rest',
      {
        items: [
          { kind: 'gebuehr', cents: 100 },
          { kind: 'ermaessigung', cents: 200 },
        ],
      },
      /Ermäßigung is too large/,
    ],
    ['a 28-character purpose with provider methods', { items: ITEMS, purpose: 'P'.repeat(28) }, /purpose must be 1–27/],
    ['markup in the purpose with provider methods', { items: ITEMS, purpose: '<b>Gebühr</b>' }, /purpose must be/],
    [
      '999.999,99 € with provider methods (XBezahldienste takes at most 999.999 €)',
      { items: [{ kind: 'gebuehr', cents: 99999999 }] },
      /at most 999999 euros/,
    ],
  ];
  for (const [what, attrs, message] of bad) {
    it(`${what}: a console error, a visible error and no pay button`, async () => {
      let el!: PaymentStep;
      const errors = await consoleErrors(async () => {
        el = await fixture<PaymentStep>(step(attrs));
      });
      expect(errors.join('\n')).to.match(message);
      expect(errors[0]).to.match(/^\[Blaupause\] <bp-payment-step>:/);
      expect(text($(el, '[part="config-error"]'))).to.equal(
        'Der Betrag kann gerade nicht berechnet werden. Deshalb ist eine Zahlung hier nicht möglich. Bitte wenden Sie sich an Stadt Augsburg.',
      );
      expect(payButton(el)).to.equal(null);
      expect($(el, 'input[name="method"]')).to.equal(null);
      expect(el.amount).to.equal(null);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('a 27-character purpose is within the limit', async () => {
    const errors = await consoleErrors(async () => {
      const el = await fixture<PaymentStep>(step({ purpose: 'P'.repeat(27) }));
      expect(payButton(el)).to.exist;
    });
    expect(errors).to.deep.equal([]);
  });

  it('never offers giropay or paydirekt, and says so to the developer', async () => {
    let el!: PaymentStep;
    const errors = await consoleErrors(async () => {
      el = await fixture<PaymentStep>(step({ methods: 'giropay paydirekt paypal wero' }));
    });
    expect(errors.join(' '))
      .to.match(/giropay no longer exists/)
      .and.match(/paydirekt no longer exists/);
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].map((r) => r.value),
    ).to.deep.equal(['paypal', 'wero']);
  });
});

// ── methods and their parts ──────────────────────────────────────────────────────────────────

describe('bp-payment-step: methods and what each shows', () => {
  it('offers the configured methods as radios in a group named by its legend', async () => {
    const el = await fixture<PaymentStep>(html`${step()}<button>weiter</button>`);
    const labels = [...el.shadowRoot!.querySelectorAll('label.choice-label')].map((l) => text(l));
    expect(labels).to.deep.equal(['Kreditkarte', 'PayPal', 'SEPA-Lastschrift', 'Überweisung', 'An der Kasse bezahlen']);
    el.id = 'ps';
    const expected: [string, { role: string; name: string }][] = [
      ['fieldset', { role: 'group', name: 'Wie möchten Sie bezahlen?' }],
      ['input[value="creditcard"]', { role: 'radio', name: 'Kreditkarte' }],
      ['input[value="sepa"]', { role: 'radio', name: 'SEPA-Lastschrift' }],
      ['button.pay', { role: 'button', name: 'Zahlungspflichtig bestellen' }],
    ];
    for (const [selector, node] of expected) {
      expect(await accessible(['#ps', selector], node), selector).to.deep.equal(node);
    }
    expect(el.shadowRoot!.querySelectorAll('input:not([type="radio"])')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes the methods from the attribute, separated by spaces or commas, as a server-rendered page writes them', async () => {
    const el = document.createElement('bp-payment-step');
    el.setAttribute('methods', 'wero, paypal  counter');
    el.setAttribute('payee', 'Stadt Augsburg');
    el.setAttribute('purpose', 'Gebuehr');
    el.setAttribute('items', JSON.stringify([{ kind: 'gebuehr', cents: 1250 }]));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.methods).to.deep.equal(['wero', 'paypal', 'counter']);
      const labels = [...el.shadowRoot!.querySelectorAll('label.choice-label')].map((l) => text(l));
      expect(labels).to.deep.equal(['Wero', 'PayPal', 'An der Kasse bezahlen']);
      expect(summary(el)[1]).to.deep.equal(['Gesamtbetrag', '12,50 €']);
    } finally {
      el.remove();
    }
  });

  it('a provider method: the notice that the user goes to an external provider, tied to the button', async () => {
    const el = await fixture<PaymentStep>(step());
    expect($(el, '[part="external"]')).to.equal(null);
    await choose(el, 'paypal');
    expect(text($(el, '[part="external"]'))).to.contain('auf die Seite unseres Zahlungsdienstleisters');
    expect(payButton(el)!.getAttribute('aria-describedby')).to.equal('external');
    // Never a card-number field.
    expect(el.shadowRoot!.querySelector('input[autocomplete^="cc-"], input[inputmode="numeric"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('counter: what to bring and where, with the portal’s slotted details', async () => {
    const el = await fixture<PaymentStep>(
      html`<bp-payment-step
        payee="Stadt Augsburg"
        .methods=${['counter']}
        kassenzeichen="6.0123.456789.1"
        .items=${ITEMS}
        ><p slot="counter">Bürgerbüro, Rathausplatz 1, Mo–Fr 8–12 Uhr</p></bp-payment-step
      >`,
    );
    await choose(el, 'counter');
    expect(text($(el, '[part="detail"] p'))).to.equal(
      'Bezahlen Sie den Gesamtbetrag an der Kasse von Stadt Augsburg. Bringen Sie das Kassenzeichen mit, es steht oben in der Übersicht.',
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="counter"]')!;
    expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal([
      'Bürgerbüro, Rathausplatz 1, Mo–Fr 8–12 Uhr',
    ]);
    expect($(el, '[part="external"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('SEPA: holder, IBAN and the mandate verbatim with creditor id and mandate reference', async () => {
    const el = await fixture<PaymentStep>(step());
    await choose(el, 'sepa');
    expect(text($(el, 'label[for="holder"]'))).to.equal('Kontoinhaberin oder Kontoinhaber');
    expect(text($(el, 'label[for="iban"]'))).to.equal('IBAN');
    expect(field(el, 'iban').getAttribute('aria-describedby')).to.equal('hint-iban');
    expect(field(el, 'iban').dir).to.equal('ltr');
    expect(field(el, 'holder').autocomplete).to.equal('name');
    const mandate = $(el, '#mandate-text')!;
    expect(mandate.textContent).to.equal(
      'Ich ermächtige Stadt Augsburg, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von Stadt Augsburg auf mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.',
    );
    expect(mandate.getAttribute('lang')).to.equal('de');
    const data = [...el.shadowRoot!.querySelectorAll('.mandate .row')].map((r) => [
      text(r.querySelector('dt')),
      text(r.querySelector('dd')),
    ]);
    expect(data).to.deep.equal([
      ['Zahlungsempfänger', 'Stadt Augsburg'],
      ['Gläubiger-Identifikationsnummer', 'DE98ZZZ09999999999'],
      ['Mandatsreferenz', 'BP-2026-000123'],
    ]);
    expect(text($(el, 'label[for="consent"]'))).to.equal('Ich erteile dieses SEPA-Lastschriftmandat.');
    el.id = 'sepa-step';
    const names: [string, { role: string; name: string }][] = [
      ['#holder', { role: 'textbox', name: 'Kontoinhaberin oder Kontoinhaber' }],
      ['#iban', { role: 'textbox', name: 'IBAN' }],
      ['#consent', { role: 'checkbox', name: 'Ich erteile dieses SEPA-Lastschriftmandat.' }],
    ];
    for (const [selector, node] of names) {
      expect(await accessible(['#sepa-step', selector], node), selector).to.deep.equal(node);
    }
    // Styled: framed mandate, field boxes at least 24 px high.
    expect(getComputedStyle($(el, '.mandate')!).borderTopStyle).to.equal('solid');
    expect(field(el, 'iban').getBoundingClientRect().height).to.be.at.least(24);
    expect(field(el, 'consent').getBoundingClientRect().height).to.be.at.least(24);
    expect(field(el, 'consent').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('SEPA in English: a translation under the German mandate, which stays as it is', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${step({ method: 'sepa' })}</div>`);
    const el = wrapper.querySelector('bp-payment-step')!;
    await el.updateComplete;
    expect($(el, '#mandate-text')!.textContent).to.equal(MANDATE_DE.replaceAll('{payee}', 'Stadt Augsburg'));
    expect(text($(el, '.mandate-text:not(#mandate-text)'))).to.match(/^Translation \(the German text above/);
    expect(text($(el, 'label[for="holder"]'))).to.equal('Account holder');
    await expect(el).to.be.accessible();
  });

  it('transfer: the authority’s IBAN, amount, Kassenzeichen, due date and a GiroCode of the EPC payload', async () => {
    const el = await fixture<PaymentStep>(step());
    await choose(el, 'transfer');
    const data = [...el.shadowRoot!.querySelectorAll('.transfer .row')].map((r) => [
      text(r.querySelector('dt')),
      text(r.querySelector('dd')),
    ]);
    expect(data).to.deep.equal([
      ['Empfänger', 'Stadt Augsburg'],
      ['IBAN', 'DE79 7205 0000 0000 0123 45'],
      ['Betrag', '38,50 €'],
      ['Verwendungszweck', '6.0123.456789.1'],
      ['Zahlbar bis', '31. Dezember 2026'],
    ]);
    expect($(el, '.transfer time')!.getAttribute('datetime')).to.equal('2026-12-31');
    const qr = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="qr"]')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getBoundingClientRect().width).to.be.at.least(100);
    expect(qr.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).to.equal(
      'GiroCode für diese Überweisung an Stadt Augsburg: IBAN DE79 7205 0000 0000 0123 45, Betrag 38,50 €, Verwendungszweck 6.0123.456789.1.',
    );
    // The code drawn is the EPC payload of these details, in byte mode at level M.
    const payload = epcQrPayload({
      name: 'Stadt Augsburg',
      iban: PAYEE_IBAN,
      amountCents: 3850,
      remittance: '6.0123.456789.1',
    });
    expect(payload.split('\n')).to.deep.equal([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Stadt Augsburg',
      'DE79720500000000012345',
      'EUR38.50',
      '',
      '',
      '6.0123.456789.1',
    ]);
    const code = generate(mode.bytes([...new TextEncoder().encode(payload)]), {
      minCorrectionLevel: correction.M,
      maxCorrectionLevel: correction.M,
    });
    expect(Number(qr.getAttribute('data-modules'))).to.equal(code.size);
    const path = qr.querySelector('path')!.getAttribute('d')!;
    const dark = new Set<string>();
    for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
    }
    let expectedDark = 0;
    for (let y = 0; y < code.size; y++) {
      for (let x = 0; x < code.size; x++) {
        expect(dark.has(`${x},${y}`), `module ${x},${y}`).to.equal(code.get(x, y));
        if (code.get(x, y)) expectedDark++;
      }
    }
    expect(dark.size).to.equal(expectedDark);
    await expect(el).to.be.accessible();
  });

  it('transfer is not offered without a valid authority IBAN, and SEPA not without a creditor id', async () => {
    let el!: PaymentStep;
    const errors = await consoleErrors(async () => {
      el = await fixture<PaymentStep>(
        html`<bp-payment-step
          payee="Stadt Augsburg"
          purpose="Gebuehr"
          payee-iban=${makeIban('DE', '720500000000012345').replace(/5$/, '6')}
          .methods=${['sepa', 'transfer', 'counter']}
          .items=${ITEMS}
        ></bp-payment-step>`,
      );
    });
    expect(errors.join(' '))
      .to.match(/transfer needs payee-iban/)
      .and.match(/sepa needs creditor-id/);
    expect(
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].map((r) => r.value),
    ).to.deep.equal(['counter']);
  });
});

// ── SEPA validation ──────────────────────────────────────────────────────────────────────────

describe('bp-payment-step: SEPA messages after leaving a field or paying', () => {
  it('an invalid IBAN: "Die IBAN ist ungültig." once the user leaves the field, not while typing', async () => {
    const { el } = await inForm(step({ method: 'sepa' }));
    field(el, 'iban').focus();
    await sendKeys({ type: 'de89 3704 0044 0532 0130 01' });
    await el.updateComplete;
    expect(errorOf(el, 'iban')).to.equal('');
    expect(field(el, 'iban').hasAttribute('aria-invalid')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'iban')).to.match(/^Fehler: Die IBAN ist ungültig\./);
    expect(field(el, 'iban').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'iban').getAttribute('aria-describedby')).to.equal('hint-iban error-iban');
    expect(field(el, 'iban').value).to.equal('DE89 3704 0044 0532 0130 01');
    expect(el.value.iban).to.equal('DE89370400440532013001');
    expect(el.validity.badInput).to.equal(true);
    await expect(el).to.be.accessible();
    // Corrected: the message goes, nothing else the user typed is lost.
    await setText(el, 'iban', 'DE89 3704 0044 0532 0130 00');
    expect(errorOf(el, 'iban')).to.equal('');
    expect(el.value.iban).to.equal('DE89370400440532013000');
  });

  it('any valid IBAN with one digit changed is refused, and the same IBAN unchanged is accepted (property)', async () => {
    const { el } = await inForm(step({ method: 'sepa' }));
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 });
    await fc.assert(
      fc.asyncProperty(digits, fc.nat(17), fc.integer({ min: 1, max: 9 }), async (bban, at, delta) => {
        const valid = makeIban('DE', bban.join(''));
        await setText(el, 'iban', valid);
        expect(errorOf(el, 'iban'), valid).to.equal('');
        const digit = String((Number(valid.charAt(4 + at)) + delta) % 10);
        const changed = valid.slice(0, 4 + at) + digit + valid.slice(5 + at);
        await setText(el, 'iban', changed);
        expect(errorOf(el, 'iban'), changed).to.match(/^Fehler: Die IBAN ist ungültig\./);
      }),
      { numRuns: 25 },
    );
  });

  it('other IBAN problems name what is wrong (length, country, characters, not SEPA)', async () => {
    const { el } = await inForm(step({ method: 'sepa' }));
    const cases: [string, RegExp][] = [
      ['DE89 3704 0044 0532 0130', /hat 22 Zeichen\. Sie haben 20 Zeichen eingegeben/],
      ['XX89 3704', /kann nicht mit XX beginnen/],
      ['DE89-3704', /Zeichen, das in einer IBAN nicht vorkommt: -/],
      [makeIban('BR', '00360305000010009795493P1'), /nur von einem Konto im SEPA-Raum/],
    ];
    for (const [iban, message] of cases) {
      await setText(el, 'iban', iban);
      expect(errorOf(el, 'iban'), iban).to.match(message);
    }
  });

  it('paying without holder, IBAN and consent shows each message, focuses the first, and starts nothing', async () => {
    const { form, el } = await inForm(step({ method: 'sepa' }));
    let started = 0;
    let submitted = 0;
    el.addEventListener('bp-payment-start', () => started++);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    payButton(el)!.click();
    await el.updateComplete;
    expect(errorOf(el, 'holder')).to.equal('Fehler: Geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers an.');
    expect(errorOf(el, 'iban')).to.equal('Fehler: Geben Sie Ihre IBAN an.');
    expect(errorOf(el, 'consent')).to.equal(
      'Fehler: Bestätigen Sie das SEPA-Lastschriftmandat, wenn Sie per Lastschrift bezahlen möchten.',
    );
    expect(field(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(field(el, 'holder'));
    expect([started, submitted]).to.deep.equal([0, 0]);
    expect(hasState(el, 'user-invalid')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('paying without a method: "Wählen Sie aus, wie Sie bezahlen möchten." at the group, focus on the first radio', async () => {
    const el = await fixture<PaymentStep>(step());
    payButton(el)!.click();
    await el.updateComplete;
    expect(errorOf(el, 'method')).to.equal('Fehler: Wählen Sie aus, wie Sie bezahlen möchten.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('error-method');
    expect(deepActive()).to.equal(radio(el, 'creditcard'));
    await expect(el).to.be.accessible();
  });
});

// ── form value ───────────────────────────────────────────────────────────────────────────────

describe('bp-payment-step: form value, reset and restore', () => {
  it('submits the method and the mandate as name[field] entries in a real form', async () => {
    const { form, el } = await inForm();
    expect(entries(form)).to.deep.equal([['zahlung[method]', '']]);
    await choose(el, 'sepa');
    await setText(el, 'holder', '  Erika Mustermann ');
    await setText(el, 'iban', 'de89 3704 0044 0532 0130 00');
    field(el, 'consent').click();
    await el.updateComplete;
    expect(field(el, 'iban').value).to.equal('DE89 3704 0044 0532 0130 00');
    expect(entries(form)).to.deep.equal([
      ['zahlung[method]', 'sepa'],
      ['zahlung[accountHolder]', 'Erika Mustermann'],
      ['zahlung[iban]', 'DE89370400440532013000'],
      ['zahlung[mandate]', 'accepted'],
      ['zahlung[creditorId]', 'DE98ZZZ09999999999'],
      ['zahlung[mandateReference]', 'BP-2026-000123'],
    ]);
    expect(el.checkValidity()).to.equal(true);
    // Another method: only the method is sent; the SEPA data typed stays for when the user comes back.
    await choose(el, 'transfer');
    expect(entries(form)).to.deep.equal([['zahlung[method]', 'transfer']]);
    await choose(el, 'sepa');
    expect(field(el, 'holder').value).to.equal('  Erika Mustermann ');
    expect(entries(form)).to.have.length(6);
  });

  it('form.reset() returns to the default method and empties the SEPA fields; restore gives back what was typed', async () => {
    const { form, el } = await inForm(step({ method: 'counter' }));
    await choose(el, 'sepa');
    await setText(el, 'holder', 'Erika Mustermann');
    await setText(el, 'iban', 'DE89 3704');
    el.reportValidity();
    form.reset();
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['zahlung[method]', 'counter']]);
    expect(radio(el, 'counter').checked).to.equal(true);
    expect(hasState(el, 'user-invalid')).to.equal(false);
    el.formStateRestoreCallback(
      JSON.stringify({
        method: 'sepa',
        holder: 'Erika Mustermann',
        iban: 'DE89 3704 0044 0532 0130 00',
        consent: true,
      }),
    );
    await el.updateComplete;
    expect(field(el, 'iban').value).to.equal('DE89 3704 0044 0532 0130 00');
    expect(field(el, 'consent').checked).to.equal(true);
    expect(entries(form)[2]).to.deep.equal(['zahlung[iban]', 'DE89370400440532013000']);
  });

  it('value set by script fires no input or change and loads the SEPA part', async () => {
    const { form, el } = await inForm();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    el.value = { method: 'sepa', accountHolder: 'A', iban: 'DE89370400440532013000', mandate: true };
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(field(el, 'holder').value).to.equal('A');
    expect(entries(form)).to.have.length(6);
  });
});

// ── keyboard ─────────────────────────────────────────────────────────────────────────────────

describe('bp-payment-step: keyboard only', () => {
  it('Tab into the methods, arrows to SEPA, type, Space on the consent, Enter on the button submits once', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input aria-label="vorher" id="before" />${step()}<button name="aktion" value="senden">Absenden</button>
      </form>`,
    );
    const el = form.querySelector('bp-payment-step')!;
    await el.updateComplete;
    const submits: [string, string][][] = [];
    const starts: string[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits.push(entries(form) as [string, string][]);
    });
    el.addEventListener('bp-payment-start', (e) => starts.push(e.method));
    form.querySelector<HTMLInputElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(radio(el, 'creditcard'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'sepa').checked).to.equal(true);
    expect(el.value.method).to.equal('sepa');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(el, 'holder'));
    await sendKeys({ type: 'Erika Mustermann' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(el, 'iban'));
    await sendKeys({ type: 'DE89370400440532013000' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(field(el, 'consent'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(field(el, 'consent').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(payButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await tick(50);
    expect(starts).to.deep.equal(['sepa']);
    expect(submits).to.have.length(1);
    expect(submits[0]).to.deep.equal([
      ['zahlung[method]', 'sepa'],
      ['zahlung[accountHolder]', 'Erika Mustermann'],
      ['zahlung[iban]', 'DE89370400440532013000'],
      ['zahlung[mandate]', 'accepted'],
      ['zahlung[creditorId]', 'DE98ZZZ09999999999'],
      ['zahlung[mandateReference]', 'BP-2026-000123'],
    ]);
    expect(payButton(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(payButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(field(el, 'consent').matches(':disabled')).to.equal(true);
    expect(field(el, 'iban').value).to.equal('DE89 3704 0044 0532 0130 00');
    await expect(el).to.be.accessible();
  });

  it('a provider method without a provider: a developer error, and the user is told plainly', async () => {
    const { el } = await inForm(step({ method: 'paypal' }));
    const starts: PaymentStartEvent[] = [];
    el.addEventListener('bp-payment-start', (e) => starts.push(e));
    const errors = await consoleErrors(async () => {
      payButton(el)!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
    });
    expect(starts).to.have.length(1);
    expect(starts[0].method).to.equal('paypal');
    expect(starts[0].requestId).to.match(/^[0-9a-f-]{36}$/);
    expect(errors.join(' ')).to.match(/no provider is set/);
    expect(text($(el, '.start-error'))).to.equal(
      'Die Zahlung kann wegen eines technischen Fehlers nicht begonnen werden. Es wurde nichts abgebucht. Bitte wenden Sie sich an Stadt Augsburg.',
    );
    expect(payButton(el)!.hasAttribute('aria-busy')).to.equal(false);
  });
});

// ── disabled, readonly, markup ───────────────────────────────────────────────────────────────

describe('bp-payment-step: disabled, readonly and hostile text', () => {
  it('disabled: radios and button disabled, nothing submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-payment-step
          name="zahlung"
          disabled
          payee="Stadt Augsburg"
          purpose="Gebuehr"
          .items=${ITEMS}
          .methods=${['paypal', 'counter']}
          method="counter"
        ></bp-payment-step>
      </form>`,
    );
    const el = form.querySelector('bp-payment-step')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset')!.disabled).to.equal(true);
    expect(payButton(el)!.disabled).to.equal(true);
    expect(entries(form)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('readonly: the choice is shown and submitted, clicks change nothing and the button starts nothing', async () => {
    const { form, el } = await inForm(
      html`<bp-payment-step
        name="zahlung"
        readonly
        payee="Stadt Augsburg"
        purpose="Gebuehr"
        .items=${ITEMS}
        .methods=${['paypal', 'counter']}
        method="counter"
      ></bp-payment-step>`,
    );
    let started = 0;
    el.addEventListener('bp-payment-start', () => started++);
    radio(el, 'paypal').click();
    payButton(el)!.click();
    await el.updateComplete;
    expect(radio(el, 'counter').checked).to.equal(true);
    radio(el, 'counter').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'counter').checked).to.equal(true);
    expect(radio(el, 'paypal').checked).to.equal(false);
    expect(entries(form)).to.deep.equal([['zahlung[method]', 'counter']]);
    expect(started).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('renders markup in every text as text', async () => {
    const evil = '<img src=x onerror="window.__bpHacked=1">';
    const el = await fixture<PaymentStep>(
      html`<bp-payment-step
        payee=${`Stadt ${evil}`}
        kassenzeichen=${`KZ${evil}`}
        label=${`Frage ${evil}`}
        pay-label=${`Bezahlen ${evil}`}
        .methods=${['transfer', 'sepa', 'counter', 'paypal']}
        purpose="Gebuehr"
        creditor-id=${`DE98ZZZ${evil}`}
        mandate-reference=${`M${evil}`}
        payee-iban=${PAYEE_IBAN}
        .items=${[{ kind: 'gebuehr' as const, cents: 100, label: `Gebühr ${evil}` }]}
      ></bp-payment-step>`,
    );
    for (const method of ['transfer', 'sepa', 'counter']) {
      await choose(el, method);
      expect(el.shadowRoot!.querySelector('img'), method).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain(evil);
    }
    expect(text($(el, 'legend'))).to.equal(`Frage ${evil}`);
    expect(text(payButton(el))).to.equal(`Bezahlen ${evil}`);
    expect(summary(el)[0]).to.deep.equal([`Gebühr ${evil}`, '1,00 €']);
    expect((window as unknown as { __bpHacked?: number }).__bpHacked).to.equal(undefined);
  });

  it('renders markup in the purpose (without provider methods) and in reworded strings as text', async () => {
    const evil = '<img src=x onerror="window.__bpHacked=2">';
    const el = await fixture<PaymentStep>(
      html`<bp-payment-step
        payee="Stadt Augsburg"
        purpose=${`Zweck ${evil}`}
        .methods=${['counter']}
        .items=${ITEMS}
        .strings=${{ 'payment.total': `Summe ${evil}`, 'payment.method.counter': `Kasse ${evil}` }}
      ></bp-payment-step>`,
    );
    expect(summary(el).find(([k]) => k === 'Verwendungszweck')).to.deep.equal(['Verwendungszweck', `Zweck ${evil}`]);
    expect(summary(el).find(([k]) => k.startsWith('Summe'))).to.deep.equal([`Summe ${evil}`, '38,50 €']);
    expect(text($(el, 'label[for="m0"]'))).to.equal(`Kasse ${evil}`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __bpHacked?: number }).__bpHacked).to.equal(undefined);
  });

  it('announces nothing and changes nothing for a method id it does not know, and shows it as given', async () => {
    clearAnnouncements();
    const el = await fixture<PaymentStep>(step({ methods: 'kartenzahlung-x counter' }));
    expect(text($(el, 'label[for="m0"]'))).to.equal('kartenzahlung-x');
    await choose(el, 'kartenzahlung-x');
    expect($(el, '[part="external"]')).to.exist;
  });
});

// ── catalogues ───────────────────────────────────────────────────────────────────────────────

describe('bp-payment-step: message catalogues', () => {
  const resolve = async (source: CatalogueSource | undefined): Promise<Catalogue> =>
    typeof source === 'function' ? source() : (source ?? {});
  const all = {
    step: paymentStepTranslations,
    sepa: sepaTranslations,
    transfer: transferTranslations,
    flow: flowTranslations,
  };
  for (const [name, translations] of Object.entries(all)) {
    it(`${name}: German at once, English loads lazily, both with the same keys`, async () => {
      expect(typeof translations.de).to.equal('object');
      expect(typeof translations.en).to.equal('function');
      const de = await resolve(translations.de);
      const en = await resolve(translations.en);
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
    });
  }

  it('loads English when the page is English, and waits for it (updateComplete)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${step({ method: 'transfer' })}</div>`);
    const el = wrapper.querySelector('bp-payment-step')!;
    await el.updateComplete;
    await waitUntil(() => $(el, '.transfer'), 'transfer part');
    expect(text($(el, '.transfer p'))).to.equal('Transfer the total by December 31, 2026 with these details:');
  });
});
