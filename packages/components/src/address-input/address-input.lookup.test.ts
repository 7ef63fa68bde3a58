// Street suggestions against the local OpenPLZ API (test/servers/openplz.mjs, started by the test
// setup on 127.0.0.1, cross-origin to the page like the real API): slow answers, errors and
// out-of-order answers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OpenPlzLookup } from '@blaupause/domain/address';
import './define.js';
import type { AddressInput } from './address-input.js';
import type { Combobox } from '../combobox/combobox.js';
import {
  openPlzBaseUrl,
  resetOpenPlz,
  waitForOpenPlzRequests,
  type OpenPlzRequest,
  type OpenPlzScenario,
} from '../../../../test/testing/openplz.js';

const streetBox = (el: AddressInput) => el.shadowRoot!.querySelector<Combobox>('bp-combobox#strasse');
const inner = (box: Combobox) => box.shadowRoot!.querySelector('input')!;
const optionLabels = (box: Combobox) =>
  [...box.shadowRoot!.querySelectorAll('[role="option"] .option-label')].map((o) => o.textContent.trim());
const status = (box: Combobox) => box.shadowRoot!.querySelector('[part="status"]')?.textContent.trim() ?? '';
const streetRequests = (log: OpenPlzRequest[]) => log.filter((r) => r.method === 'GET' && r.endpoint === 'de/Streets');

async function setup(scenario: OpenPlzScenario = {}, plz = '86150') {
  const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl(scenario) });
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <bp-address-input name="anschrift" required .lookup=${lookup}></bp-address-input>
      <button>Absenden</button>
    </form>`,
  );
  const el = form.querySelector('bp-address-input')!;
  await waitUntil(() => streetBox(el), 'Straße is a combobox');
  const box = streetBox(el)!;
  await box.updateComplete;
  if (plz) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#postleitzahl')!;
    field.focus();
    await sendKeys({ type: plz });
    await waitUntil(() => el.value.inlandAusland === '001' && el.value.ort !== '', 'Ort filled');
  }
  inner(box).focus();
  return { form, el, box };
}

describe('bp-address-input: street suggestions from the OpenPLZ API', () => {
  beforeEach(resetOpenPlz);

  it('asks from 3 characters with the PLZ, writes "str." out, and shows the source’s credit', async () => {
    const { el, box } = await setup();
    await sendKeys({ type: 'Ma' });
    await new Promise((r) => setTimeout(r, 600));
    expect(streetRequests(await waitForOpenPlzRequests(() => true, 'the log'))).to.have.length(0);
    await sendKeys({ type: 'x' });
    const log = await waitForOpenPlzRequests(
      (l) => streetRequests(l).some((r) => r.outcome === 'answered'),
      'an answer',
    );
    const [request] = streetRequests(log);
    expect(request.params).to.include({ name: '^Max', postalCode: '86150' });
    await waitUntil(() => optionLabels(box).length > 0, 'suggestions shown');
    expect(optionLabels(box)).to.deep.equal(['Maximilianstraße']);
    const credit = el.shadowRoot!.querySelector('[part="attribution"]')!;
    expect(credit.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Straßenvorschläge: OpenPLZ API · © OpenStreetMap contributors (ODbL)',
    );
    expect(credit.querySelector('a')!.getAttribute('href')).to.equal('https://www.openplzapi.org');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.include({ strasse: 'Maximilianstraße', postleitzahl: '86150', ort: 'Augsburg' });
  });

  it('fills PLZ and Ort from a chosen street when they are empty', async () => {
    const { el, box } = await setup({}, '');
    await sendKeys({ type: 'Perlach' });
    await waitUntil(() => optionLabels(box).length > 0, 'suggestions shown', { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.include({ strasse: 'Perlachberg', postleitzahl: '86150', ort: 'Augsburg' });
  });

  it('shows that a slow search is running, then its answer', async () => {
    const { box } = await setup({ delay: 1500 });
    await sendKeys({ type: 'Fugger' });
    await waitUntil(() => status(box) === 'Suche läuft …', 'loading shown', { timeout: 3000 });
    await waitUntil(() => optionLabels(box).length > 0, 'answer shown', { timeout: 5000 });
    expect(optionLabels(box)).to.deep.equal(['Fuggerstraße']);
  });

  for (const answer of [503, 'network-error', 'broken-json'] as const) {
    it(`keeps working as a text field and says suggestions are unavailable (${answer})`, async () => {
      const { form, el, box } = await setup({ answer });
      await sendKeys({ type: 'Hauptstraße' });
      await waitUntil(() => status(box).startsWith('Vorschläge können gerade nicht geladen werden'), 'error shown', {
        timeout: 8000,
      });
      expect(status(box)).to.equal(
        'Vorschläge können gerade nicht geladen werden. Sie können Ihre Angabe trotzdem eintippen.',
      );
      expect(el.value).to.deep.include({ strasse: 'Hauptstraße' });
      expect(new FormData(form).get('anschrift[strasse]')).to.equal('Hauptstraße');
      expect(el.checkValidity()).to.equal(true);
    });
  }

  it('never lets a stale answer overwrite a newer one', async () => {
    // "Max" answers after 2.8 s, "Maximilian" at once: the older request is aborted and ignored.
    const { el, box } = await setup({ slowerWhenShorter: { msPerMissingChar: 400, fullLength: 10 } });
    await sendKeys({ type: 'Max' });
    await waitForOpenPlzRequests((l) => streetRequests(l).length === 1, 'the first request');
    await sendKeys({ type: 'imilian' });
    const log = await waitForOpenPlzRequests(
      (l) => streetRequests(l).some((r) => r.params.name === '^Maximilian' && r.outcome === 'answered'),
      'the newer answer',
    );
    await waitUntil(() => optionLabels(box).length > 0, 'suggestions shown');
    expect(optionLabels(box)).to.deep.equal(['Maximilianstraße']);
    await waitForOpenPlzRequests(
      (l) => streetRequests(l).find((r) => r.params.name === '^Max')?.outcome === 'aborted',
      'the older request aborted',
    );
    expect(streetRequests(log).filter((r) => r.outcome === 'pending' || r.outcome === 'answered').length).to.be.at.most(
      2,
    );
    // Wait past the time the old answer would have come: the list and the field stay as they are.
    await new Promise((r) => setTimeout(r, 3000));
    expect(optionLabels(box)).to.deep.equal(['Maximilianstraße']);
    expect(inner(box).value).to.equal('Maximilian');
    expect(el.value).to.deep.include({ strasse: 'Maximilian' });
  });
});
