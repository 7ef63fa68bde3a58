// The floor of bp-address-input (issue 5): a bare LitElement rendering five labelled native
// inputs in German order with their autocomplete tokens, with no form association, validation,
// localization, lookup or tokens. bench/pages/address-input.budgets.json measures against it.
import { LitElement, html, css } from 'lit';
import { runBench } from './harness.js';

class FloorAddress extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: bold;
    }
  `;
  protected override render() {
    // HTML has no token for the house number: it is part of address-line1 with the street.
    return html`<label for="strasse">Straße</label>
      <input id="strasse" autocomplete="address-line1" />
      <label for="hausnummer">Hausnummer</label>
      <input id="hausnummer" />
      <label for="zusatz">Adresszusatz</label>
      <input id="zusatz" autocomplete="address-line2" />
      <label for="plz">PLZ</label>
      <input id="plz" autocomplete="postal-code" inputmode="numeric" />
      <label for="ort">Ort</label>
      <input id="ort" autocomplete="address-level2" />`;
  }
}
customElements.define('floor-address', FloorAddress);

runBench(() => new FloorAddress());
