// bp-redaction-editor (the black-out tool of bp-id-upload) in three engines: keyboard (add, move,
// resize, place, undo, remove), pointer (draw, move, resize by a handle, a tap draws nothing),
// layout suggestions, the KOPIE switch, done and cancel, axe, the accessibility tree, English.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { RedactionEditor } from './redaction-editor.js';
import type { RedactionChangeEvent, RedactionDoneEvent } from './events.js';
import { accessible, clearAnnouncements } from '../../core/testing/helpers.js';
import { announcerRegions } from '../../core/announcer.js';

let image: string | undefined;
/** A 400 × 250 PNG as a data URL. */
function picture(): string {
  if (image) return image;
  const c = document.createElement('canvas');
  c.width = 400;
  c.height = 250;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#dddddd';
  ctx.fillRect(0, 0, 400, 250);
  image = c.toDataURL('image/png');
  return image;
}

const SUGGESTIONS = [
  { rect: { x: 0.72, y: 0.8, width: 0.26, height: 0.17 }, label: 'Zugangsnummer (CAN)' },
  { rect: { x: 0.66, y: 0.03, width: 0.32, height: 0.15 }, label: 'Seriennummer' },
];

async function editor(template = html`<bp-redaction-editor id="ed"></bp-redaction-editor>`) {
  const el = await fixture<RedactionEditor>(template);
  el.src = picture();
  el.imageWidth = 400;
  el.imageHeight = 250;
  el.label = 'Vorderseite des Personalausweises';
  await el.updateComplete;
  return el;
}

const root = (el: RedactionEditor) => el.shadowRoot!;
const part = (el: RedactionEditor, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const boxes = (el: RedactionEditor) => [...root(el).querySelectorAll<HTMLElement>('.rect')];
const active = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const announced = (message: string) =>
  waitUntil(() => announcerRegions().polite.textContent === message, `announced: ${message}`, { timeout: 3000 });

/** WebDriver key codes, for chords in WebKit (classic WebDriver has no separate key down and up). */
const WEBDRIVER_KEYS: Record<string, string> = { Shift: '\uE008', ArrowUp: '\uE013', ArrowRight: '\uE014' };

/** Presses a chord such as `Shift+ArrowRight` in all three browsers (as the radio-group tests do). */
async function pressKeys(keys: string): Promise<void> {
  const [modifier, key] = keys.split('+');
  try {
    await sendKeys({ down: modifier });
  } catch {
    await sendKeys({ press: `${WEBDRIVER_KEYS[modifier]}${WEBDRIVER_KEYS[key]}` });
    return;
  }
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** A pointer gesture on the stage, from and to points in fractions of the image. */
function drag(el: RedactionEditor, from: [number, number], to: [number, number], target?: Element): void {
  const stage = part(el, 'stage');
  const box = stage.getBoundingClientRect();
  const at = ([fx, fy]: [number, number]) => ({
    clientX: box.left + fx * box.width,
    clientY: box.top + fy * box.height,
  });
  const init = { bubbles: true, composed: true, cancelable: true, pointerId: 7, isPrimary: true, button: 0 };
  (target ?? stage).dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at(from) }));
  const mid: [number, number] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  stage.dispatchEvent(new PointerEvent('pointermove', { ...init, ...at(mid) }));
  stage.dispatchEvent(new PointerEvent('pointerup', { ...init, ...at(to) }));
}

describe('bp-redaction-editor', () => {
  it('names the stage and the image after what is edited, with instructions', async () => {
    const el = await editor();
    expect(part(el, 'image').getAttribute('alt')).to.equal('Vorderseite des Personalausweises');
    expect(part(el, 'help').textContent).to.contain('Pfeiltasten');
    const node = { role: 'group', name: 'Schwärzungen auf: Vorderseite des Personalausweises' };
    expect(await accessible(['#ed', '.stage'], node)).to.deep.equal(node);
    await expect(el).to.be.accessible();
  });

  it('keyboard: add, move, resize, place with Enter, undo with Escape, remove with Delete', async () => {
    const el = await editor(html`<bp-redaction-editor id="ed"></bp-redaction-editor><button>nach</button>`);
    const changes: RedactionChangeEvent[] = [];
    el.addEventListener('bp-redaction-change', (e) => changes.push(e));
    part(el, 'add').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => active()?.classList.contains('rect') === true, 'the new box has focus');
    expect(el.rects).to.deep.equal([{ x: 0.35, y: 0.45, width: 0.3, height: 0.1 }]);
    const node = {
      role: 'application',
      name: 'Schwärzung 1 von 1, links 35 %, oben 45 %, Breite 30 %, Höhe 10 %',
    };
    expect(await accessible(['#ed', '.rect'], node)).to.deep.equal(node);
    await expect(el).to.be.accessible();
    expect(changes).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await pressKeys('Shift+ArrowRight');
    await pressKeys('Shift+ArrowUp');
    expect(el.rects).to.deep.equal([{ x: 0.37, y: 0.46, width: 0.31, height: 0.09 }]);
    expect(changes, 'no change event per arrow key').to.have.length(1);
    clearAnnouncements();
    await sendKeys({ press: 'Enter' });
    await announced('Schwärzung 1 gesetzt.');
    expect(changes).to.have.length(2);
    expect(changes[1].rects).to.deep.equal([{ x: 0.37, y: 0.46, width: 0.31, height: 0.09 }]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.rects[0].x, 'Escape undoes the move since the box was placed').to.equal(0.37);
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.rects).to.deep.equal([]);
    await announced('Schwärzung entfernt. Keine Schwärzung mehr.');
    expect(active()).to.equal(part(el, 'add'));
  });

  it('a box stops at the edge of the image', async () => {
    const el = await editor();
    el.rects = [{ x: 0.98, y: 0, width: 0.02, height: 0.05 }];
    await el.updateComplete;
    boxes(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.rects).to.deep.equal([{ x: 0.98, y: 0, width: 0.02, height: 0.05 }]);
  });

  it('pointer: a drag draws a box, a tap draws none, a drag on a box moves it, a handle resizes it', async () => {
    const el = await editor();
    const changed = oneEvent(el, 'bp-redaction-change');
    drag(el, [0.1, 0.1], [0.4, 0.3]);
    await changed;
    await el.updateComplete;
    expect(el.rects).to.have.length(1);
    const [r] = el.rects;
    expect(r.x).to.be.closeTo(0.1, 0.01);
    expect(r.y).to.be.closeTo(0.1, 0.01);
    expect(r.width).to.be.closeTo(0.3, 0.01);
    expect(r.height).to.be.closeTo(0.2, 0.01);
    drag(el, [0.7, 0.7], [0.7, 0.7]);
    await el.updateComplete;
    expect(el.rects, 'a tap draws nothing').to.have.length(1);
    drag(el, [0.2, 0.2], [0.5, 0.4], boxes(el)[0]);
    await el.updateComplete;
    expect(el.rects[0].x).to.be.closeTo(r.x + 0.3, 0.01);
    expect(el.rects[0].y).to.be.closeTo(r.y + 0.2, 0.01);
    expect(el.rects[0].width).to.be.closeTo(r.width, 0.001);
    const moved = el.rects[0];
    const se = boxes(el)[0].querySelector('.handle.se')!;
    drag(el, [moved.x + moved.width, moved.y + moved.height], [0.95, 0.95], se);
    await el.updateComplete;
    expect(el.rects[0].x).to.be.closeTo(moved.x, 0.001);
    expect(el.rects[0].x + el.rects[0].width).to.be.closeTo(0.95, 0.01);
    expect(el.rects[0].y + el.rects[0].height).to.be.closeTo(0.95, 0.01);
  });

  it('offers the layout suggestions; applied ones become boxes and their buttons go', async () => {
    const el = await editor();
    el.suggestions = SUGGESTIONS;
    await el.updateComplete;
    const buttons = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.suggestion')].map((b) => b.textContent.trim());
    expect(buttons()).to.deep.equal(['Zugangsnummer (CAN) schwärzen', 'Seriennummer schwärzen']);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.suggestion')!.click();
    await el.updateComplete;
    expect(el.rects).to.deep.equal([SUGGESTIONS[0].rect]);
    expect(buttons()).to.deep.equal(['Seriennummer schwärzen']);
    expect(root(el).querySelector('.suggestion-all'), 'no "all" for a single one').to.equal(null);
    await waitUntil(() => active() === boxes(el)[0], 'focus on the applied box');
  });

  it('the KOPIE switch fires a change; mark-fixed hides it; the preview shows the mark', async () => {
    const el = await editor();
    const box = root(el).querySelector<HTMLInputElement>('.mark-toggle input')!;
    const changed = oneEvent(el, 'bp-redaction-change');
    box.click();
    await changed;
    await el.updateComplete;
    expect(el.mark).to.equal(true);
    expect(root(el).querySelector('svg.mark text')?.textContent).to.equal('KOPIE');
    el.markFixed = true;
    await el.updateComplete;
    expect(root(el).querySelector('.mark-toggle')).to.equal(null);
  });

  it('"Fertig" hands over the boxes and the mark; "Abbrechen" cancels', async () => {
    const el = await editor();
    el.rects = [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }];
    el.mark = true;
    await el.updateComplete;
    const done = oneEvent(el, 'bp-redaction-done');
    part(el, 'done').click();
    const event = (await done) as unknown as RedactionDoneEvent;
    expect(event.rects).to.deep.equal([{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }]);
    expect(event.mark).to.equal(true);
    const cancelled = oneEvent(el, 'bp-redaction-cancel');
    part(el, 'cancel').click();
    await cancelled;
  });

  it('speaks English where the page does', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><bp-redaction-editor></bp-redaction-editor></div>`);
    const el = wrapper.querySelector('bp-redaction-editor')!;
    el.label = 'Front of the identity card';
    el.suggestions = SUGGESTIONS;
    await el.updateComplete;
    expect(part(el, 'add').textContent.trim()).to.equal('Add black-out');
    expect(part(el, 'done').textContent.trim()).to.equal('Done');
    expect(root(el).querySelector('.mark-toggle')!.textContent).to.contain('KOPIE');
    await expect(el).to.be.accessible();
  });
});
