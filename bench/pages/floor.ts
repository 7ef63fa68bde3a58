// The floor: a bare LitElement rendering the same native controls as bp-text-field (label, hint,
// input), with no form association, validation, localization or tokens.
import { LitElement, html, css } from 'lit';
import { runBench } from './harness.js';

class FloorTextField extends LitElement {
  static override properties = { label: {}, hint: {}, name: {} };
  static override styles = css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: bold;
    }
  `;
  label = '';
  hint = '';
  name = '';
  protected override render() {
    return html`<label for="i">${this.label}</label>
      <div id="h">${this.hint}</div>
      <input id="i" aria-describedby="h" />`;
  }
}
customElements.define('floor-text-field', FloorTextField);

runBench((i) => {
  const el = new FloorTextField();
  el.label = `Feld ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  return el;
});
