// Chromium's own address autofill, driven through the DevTools protocol (test/plugins/autofill.mjs):
// the browser finds the fields inside the shadow root by their autocomplete tokens and fills them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './define.js';
import type { AddressInput } from './address-input.js';

interface Filled {
  id: string;
  name: string;
  value: string;
  autofillType: string;
}

describe('bp-address-input: Chromium autofill', () => {
  it('reaches the inner fields and recognises Straße and Hausnummer as such', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><bp-address-input id="ai" name="anschrift" required></bp-address-input><button>Senden</button></form>`,
    );
    const el = form.querySelector<AddressInput>('bp-address-input')!;
    el.shadowRoot!.querySelector<HTMLInputElement>('#strasse')!.focus();
    const filled = await executeServerCommand<Filled[], unknown>('bp-autofill', {
      path: ['#ai', '#strasse'],
      fields: [
        { name: 'ADDRESS_HOME_LINE1', value: 'Hauptstraße 5a' },
        { name: 'ADDRESS_HOME_STREET_NAME', value: 'Hauptstraße' },
        { name: 'ADDRESS_HOME_HOUSE_NUMBER', value: '5a' },
        { name: 'ADDRESS_HOME_ZIP', value: '86150' },
        { name: 'ADDRESS_HOME_CITY', value: 'Augsburg' },
        { name: 'ADDRESS_HOME_COUNTRY', value: 'DE' },
      ],
    });
    await waitUntil(() => el.value.inlandAusland === '001' && el.value.postleitzahl === '86150', 'PLZ filled', {
      timeout: 3000,
    });
    await waitUntil(() => el.value.inlandAusland === '001' && el.value.hausnummer === '5', 'house number filled', {
      timeout: 3000,
    });
    // Chromium classifies the fields by token and label: its German structured address has a
    // street name and a house number of its own.
    const types = Object.fromEntries(filled.map((f) => [f.id, f.autofillType]));
    expect(types).to.deep.include({
      strasse: 'Street name',
      hausnummer: 'House number',
      postleitzahl: 'ZIP code',
      ort: 'City',
    });
    expect(el.value).to.deep.include({
      strasse: 'Hauptstraße',
      hausnummer: '5',
      hausnummerZusatz: 'a',
      postleitzahl: '86150',
      ort: 'Augsburg',
    });
    expect(new FormData(form).get('anschrift[strasse]')).to.equal('Hauptstraße');
  });
});
