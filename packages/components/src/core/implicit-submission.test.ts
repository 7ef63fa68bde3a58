import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../all.js';
import { tick } from './testing/helpers.js';

describe('implicit submission (Enter) across Blaupause controls', () => {
  it('does not keep Enter in a text field from submitting a form without a button (HTML implicit submission)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-text-field name="name" label="Name"></bp-text-field>
        <bp-checkbox name="agb" label="Ich stimme zu"></bp-checkbox>
        <bp-radio-group name="art" label="Art"><bp-radio value="a">A</bp-radio></bp-radio-group>
        <bp-select name="land" label="Land"><option>DE</option></bp-select>
        <bp-textarea name="text" label="Text"></bp-textarea>
      </form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.querySelector('bp-text-field')!.focus();
    await sendKeys({ press: 'Enter' });
    await tick(20);
    expect(submitted).to.equal(1);
  });

  it('is blocked by a second text-like field, Blaupause or native', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bp-text-field name="name" label="Name"></bp-text-field>
        <bp-combobox name="ort" label="Ort"></bp-combobox>
      </form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.querySelector('bp-text-field')!.focus();
    await sendKeys({ press: 'Enter' });
    await tick(20);
    expect(submitted).to.equal(0);
  });
});
