// The floor of bp-payment-step (issue 7): a bare LitElement rendering the same native controls a
// payment step needs, a group of four labelled radios, a labelled IBAN text field, a consent
// checkbox and a button, with no fee summary, form association, validation, localization, lazy parts
// or tokens. bench/pages/payment-step.budgets.json measures against it.
import { LitElement, html, css } from 'lit';
import { runBench } from './harness.js';

const METHODS = ['Kreditkarte', 'PayPal', 'SEPA-Lastschrift', 'An der Kasse bezahlen'];

class FloorPayment extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    label {
      display: block;
    }
  `;
  protected override render() {
    return html`<fieldset>
        <legend>Wie möchten Sie bezahlen?</legend>
        ${METHODS.map((m, i) => html`<input type="radio" name="method" id=${`m${i}`} value=${m} /><label for=${`m${i}`}>${m}</label>`)}
      </fieldset>
      <label for="iban">IBAN</label>
      <input id="iban" autocomplete="off" />
      <input type="checkbox" id="consent" /><label for="consent">Ich erteile das SEPA-Lastschriftmandat.</label>
      <button type="button">Zahlungspflichtig bestellen</button>`;
  }
}
customElements.define('floor-payment', FloorPayment);

runBench(() => new FloorPayment());
