import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { checkIban, formatIban, type IbanProblem } from '@blaupause/domain/payment';
import type { ValidationFinding } from '@blaupause/domain/validation';
import type { Localize } from '../core/localize.js';
import type { PaymentPart, PaymentStepPartHost } from './payment-step.js';

/**
 * The SEPA direct-debit part of `bp-payment-step`, loaded when the method is first chosen (or a
 * value or restore names it): account holder, IBAN (checked by `@blaupause/domain/payment`), the
 * mandate text verbatim with the creditor identifier and the mandate reference, and the consent.
 */
export { translations } from './sepa.strings.js';

/**
 * The mandate text of the SEPA Core Direct Debit Scheme as German creditors must use it, verbatim
 * (DOMAIN.md §3); `{payee}` is the creditor's name. Not a catalogue entry: it must not be reworded.
 */
export const MANDATE_DE =
  'Ich ermächtige {payee}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von {payee} auf mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.';

/** What the user entered in the SEPA part, as typed. */
export interface SepaRaw {
  readonly holder: string;
  readonly iban: string;
  readonly consent: boolean;
}

export interface SepaContext {
  /** The creditor (the authority). */
  readonly payee: string;
  readonly creditorId: string;
  readonly mandateReference: string;
  readonly readonly: boolean;
}

type PartFinding = ValidationFinding & { readonly part: PaymentPart };

const IBAN_FLAGS: Record<IbanProblem, ValidationFinding['flag']> = {
  required: 'valueMissing',
  characters: 'patternMismatch',
  start: 'patternMismatch',
  country: 'patternMismatch',
  notSepa: 'patternMismatch',
  length: 'patternMismatch',
  checksum: 'badInput',
};

/** The errors of the SEPA part: holder missing, the IBAN's first problem (SEPA countries only), consent missing. */
export function sepaFindings(raw: SepaRaw, t: Localize): PartFinding[] {
  const found: PartFinding[] = [];
  if (!raw.holder.trim()) {
    found.push({
      name: 'payment.holder',
      part: 'holder',
      type: 'error',
      flag: 'valueMissing',
      params: {},
      message: t.term('payment.sepa.holder-required'),
    });
  }
  const iban = checkIban(raw.iban, { sepaOnly: true });
  if (!iban.valid) {
    found.push({
      name: `iban.${iban.problem}`,
      part: 'iban',
      type: 'error',
      flag: IBAN_FLAGS[iban.problem],
      params: iban.params,
      message: t.term(`validation.iban.${iban.problem}`, iban.params),
    });
  }
  if (!raw.consent) {
    found.push({
      name: 'payment.consent',
      part: 'consent',
      type: 'error',
      flag: 'valueMissing',
      params: {},
      message: t.term('payment.sepa.consent-required'),
    });
  }
  return found;
}

/** The IBAN as shown once the user leaves the field: grouped by four when it holds only letters and digits, else as typed. */
export function displayIban(typed: string): string {
  return /^[\sA-Za-z0-9]*$/.test(typed) ? formatIban(typed) : typed;
}

const tick = html`<svg class="tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="3.5" />
</svg>`;

/** The SEPA form under the chosen method. */
export function renderSepa(host: PaymentStepPartHost, raw: SepaRaw, t: Localize, ctx: SepaContext): TemplateResult {
  const holder = host.partState('holder');
  const iban = host.partState('iban');
  const consent = host.partState('consent');
  const payee = ctx.payee;
  const translation = t.term('payment.sepa.mandate-translation', { payee });
  return html`<div part="detail" class="detail sepa">
    <div class=${holder.invalid ? 'field has-error' : 'field'}>
      <label class="label" for="holder">${t.term('payment.sepa.holder')}</label>
      ${holder.feedback}
      <input
        part="input"
        class="input"
        id="holder"
        type="text"
        autocomplete="name"
        .value=${live(raw.holder)}
        ?readonly=${ctx.readonly}
        aria-invalid=${ifDefined(holder.invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(holder.describedBy)}
      />
    </div>
    <div class=${iban.invalid ? 'field has-error' : 'field'}>
      <label class="label" for="iban">${t.term('payment.sepa.iban')}</label>
      <div class="hint" id="hint-iban">${t.term('payment.sepa.iban-hint')}</div>
      ${iban.feedback}
      <input
        part="input"
        class="input iban-input iban"
        id="iban"
        type="text"
        dir="ltr"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        .value=${live(raw.iban)}
        ?readonly=${ctx.readonly}
        aria-invalid=${ifDefined(iban.invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(iban.describedBy)}
      />
    </div>
    <div class="mandate" part="mandate">
      <p class="detail-title" id="mandate-title">${t.term('payment.sepa.mandate-title')}</p>
      <dl class="data">
        <div class="row">
          <dt>${t.term('payment.sepa.creditor')}</dt>
          <dd>${payee}</dd>
        </div>
        <div class="row">
          <dt>${t.term('payment.sepa.creditor-id')}</dt>
          <dd><bdi dir="ltr" class="iban">${ctx.creditorId}</bdi></dd>
        </div>
        <div class="row">
          <dt>${t.term('payment.sepa.mandate-reference')}</dt>
          <dd>
            ${
              ctx.mandateReference
                ? html`<bdi dir="ltr" class="iban">${ctx.mandateReference}</bdi>`
                : t.term('payment.sepa.mandate-reference-later')
            }
          </dd>
        </div>
      </dl>
      <p class="mandate-text" id="mandate-text" lang="de">${MANDATE_DE.replaceAll('{payee}', payee)}</p>
      ${translation ? html`<p class="mandate-text">${translation}</p>` : nothing}
    </div>
    <div class=${consent.invalid ? 'consent-field has-error' : 'consent-field'}>
      ${consent.feedback}
      <div class="choice consent">
        <input
          class="native"
          type="checkbox"
          id="consent"
          .checked=${live(raw.consent)}
          aria-invalid=${ifDefined(consent.invalid ? 'true' : undefined)}
          aria-describedby=${[consent.describedBy, 'mandate-text'].filter(Boolean).join(' ')}
        />
        <span class="control" aria-hidden="true">${tick}</span>
        <label class="choice-label" for="consent">${t.term('payment.sepa.consent')}</label>
      </div>
    </div>
  </div>`;
}
