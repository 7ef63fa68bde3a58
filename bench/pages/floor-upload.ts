// The floor of bp-id-upload (issue 6): a bare LitElement rendering a labelled native file input
// with a hint, with no form association, checks, localization, drop zone or tokens.
// bench/pages/id-upload.budgets.json measures against it.
import { LitElement, html, css } from 'lit';
import { runBench } from './harness.js';

class FloorUpload extends LitElement {
  static override properties = { label: {}, name: {} };
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
  name = '';
  protected override render() {
    return html`<label for="f">${this.label}</label>
      <div id="h">JPG, PNG, HEIC oder PDF, höchstens 10 MB.</div>
      <input
        id="f"
        type="file"
        name=${this.name}
        aria-describedby="h"
        accept="image/jpeg,image/png,application/pdf"
      />`;
  }
}
customElements.define('floor-upload', FloorUpload);

runBench((i) => {
  const el = new FloorUpload();
  el.label = `Nachweis ${i}`;
  el.name = `n${i}`;
  return el;
});
