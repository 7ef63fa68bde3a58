// bp-id-upload's network transports against the real local servers the test runner starts
// (test/servers/upload.mjs): the multipart endpoint (`http`, with progress, a server error ending
// in "Erneut versuchen", cancel on remove) and a real tus server (`tus`, a cut connection resumed,
// no upload URL left in localStorage); consent before anything leaves the device; files uploaded
// earlier offered again.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpUploadTransport, jpegSegments } from '@blaupause/domain/upload';
import { pdf, realJpeg, withExif } from '../../../../test/testing/hostile-files.js';
import {
  cutNextTusPatchAfter,
  failNextUploads,
  hangNextUpload,
  multipartEndpoint,
  resetUploads,
  storedUpload,
  throttleUploads,
  tusEndpoint,
  uploadBaseUrl,
  uploadRequests,
  waitForUploadRequests,
  type UploadServerRequest,
} from '../../../../test/testing/upload.js';
import './define.js';
import { TusUploadTransport } from './tus-transport.js';
import type { UploadCompleteEvent, UploadErrorEvent, UploadProgressEvent } from './events.js';
import { announcerRegions } from '../core/announcer.js';
import { byId, deepActive, dropFiles, entries, fileOf, noisyJpeg, settled, shadow, text } from './testing/helpers.js';

const http = async () =>
  new HttpUploadTransport({ endpoint: await multipartEndpoint(), backoff: { retries: 1, initialMs: 20, jitter: 0 } });

async function inForm(template: unknown) {
  const form = await fixture<HTMLFormElement>(html`<form id="antrag">${template}<button>Absenden</button></form>`);
  const el = form.querySelector('bp-id-upload')!;
  await el.updateComplete;
  return { form, el };
}

const posts = (log: UploadServerRequest[]) => log.filter((r) => r.protocol === 'multipart' && r.method === 'POST');
const tusKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('tus::'));

/** Every text the polite live region showed from now on. */
function recordAnnouncements(): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const region = announcerRegions().polite;
  const observer = new MutationObserver(() => {
    if (region.textContent) texts.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

beforeEach(async () => {
  await resetUploads();
  sessionStorage.clear();
  for (const key of tusKeys()) localStorage.removeItem(key);
});

describe('bp-id-upload: http transport (multipart, local server)', () => {
  it('uploads with progress, announced at most every 25 %, then submits the server id', async function () {
    this.timeout(30_000);
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    el.transport = await http();
    // 9 MB: the loopback connection's buffers take the first few MB at once, the rest follows the server.
    const filler = 'BT /F1 12 Tf (Seite) Tj ET '.repeat(340_000);
    const bytes = pdf({ objects: [`<< /Length ${filler.length} >>\nstream\n${filler}\nendstream`] });
    await throttleUploads(2 * 1024 * 1024);
    const heard = recordAnnouncements();
    const progressEvents: UploadProgressEvent[] = [];
    el.addEventListener('bp-upload-progress', (e) => progressEvents.push(e));
    dropFiles(el, 'nachweis', fileOf(bytes, 'bescheid.pdf'));
    await waitUntil(() => el.files[0]?.status === 'uploading', 'uploading');
    await el.updateComplete;
    const progress = shadow(el).querySelector('progress')!;
    expect(progress).to.exist;
    expect(text(shadow(el).querySelector('.status'))).to.match(/^Wird hochgeladen: \d+ %$/);
    await expect(el).to.be.accessible();
    await waitUntil(() => progress.value > 0 && progress.value < 100, 'progress moves', {
      timeout: 10_000,
    });
    const done = oneEvent(el, 'bp-upload-complete');
    await settled(el, ['done'], 25_000);
    const complete = (await done) as unknown as UploadCompleteEvent;
    const { id } = complete;
    await waitUntil(() => heard.texts.includes('Hochladen abgeschlossen: „bescheid.pdf“.'), 'done announced');
    const loaded = progressEvents.map((e) => e.loaded);
    expect(progressEvents.length).to.be.at.least(2);
    expect(loaded, 'bytes sent only grow').to.deep.equal([...loaded].sort((a, b) => a - b));
    expect(progressEvents.every((e) => e.total >= bytes.length && e.slot === 'nachweis')).to.equal(true);
    const stored = await storedUpload(id);
    expect([complete.mime, complete.size, complete.sha256]).to.deep.equal([
      'application/pdf',
      bytes.length,
      stored?.sha256,
    ]);
    heard.stop();
    const progressTexts = heard.texts.filter((t) => t.endsWith('hochgeladen.'));
    expect(progressTexts.length, progressTexts.join(' | ')).to.be.within(1, 3);
    for (const t of progressTexts) expect(t).to.match(/^„bescheid\.pdf“: (25|50|75)\s% hochgeladen\.$/);
    expect(new Set(progressTexts).size, 'no step twice').to.equal(progressTexts.length);
    expect(text(shadow(el).querySelector('.status'))).to.equal('Hochgeladen');
    expect(entries(form)).to.deep.equal([['belege[nachweis]', id]]);
    expect(stored).to.deep.include({
      name: 'bescheid.pdf',
      mime: 'application/pdf',
      size: bytes.length,
    });
    await expect(el).to.be.accessible();
  });

  it('what reaches the server of a GPS photo is the re-encoded image, without EXIF', async () => {
    const { el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    el.transport = await http();
    dropFiles(el, 'nachweis', fileOf(withExif(await noisyJpeg(400, 300), { gps: true }), 'IMG_1.JPG', 'image/jpeg'));
    await settled(el, ['done'], 10_000);
    const id = el.files[0].id!;
    expect(await storedUpload(id)).to.deep.include({ name: 'IMG_1.jpg', mime: 'image/jpeg', slot: 'nachweis' });
    const bytes = new Uint8Array(await (await fetch(`${await uploadBaseUrl()}/files/${id}`)).arrayBuffer());
    const segments = jpegSegments(bytes);
    expect(Array.isArray(segments)).to.equal(true);
    expect((segments as { marker: number }[]).filter((s) => s.marker >= 0xe1 && s.marker <= 0xef)).to.deep.equal([]);
  });

  it('a server error ends in "Erneut versuchen" with the file kept; the retry uploads it', async function () {
    this.timeout(20_000);
    const { form, el } = await inForm(
      html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload><button type="button">weiter</button>`,
    );
    el.transport = await http();
    await failNextUploads({ count: 2, status: 503 });
    const failed = oneEvent(el, 'bp-upload-error');
    dropFiles(el, 'nachweis', fileOf(await realJpeg(), 'scan.jpg', 'image/jpeg'));
    const event = (await failed) as unknown as UploadErrorEvent;
    expect([event.code, event.fileName, event.slot]).to.deep.equal(['server', 'scan.jpg', 'nachweis']);
    await settled(el, ['failed']);
    const key = shadow(el).querySelector('[id^="retry-"]')!.id.slice('retry-'.length);
    expect(text(byId(el, `message-${key}`))).to.equal(
      'Fehler: „scan.jpg“ konnte nicht hochgeladen werden – bitte versuchen Sie es erneut.',
    );
    // The failure takes focus, so it is read out; the retry is the next stop.
    await waitUntil(() => deepActive()?.id === `message-${key}`, 'focus on the failure');
    expect(text(shadow(el).querySelector('.status'))).to.equal('Nicht hochgeladen');
    expect(el.files.map((f) => [f.name, f.status])).to.deep.equal([['scan.jpg', 'failed']]);
    expect(form.checkValidity()).to.equal(false);
    expect(posts(await uploadRequests()).map((r) => r.status)).to.deep.equal([503, 503]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal(`retry-${key}`);
    await sendKeys({ press: 'Enter' });
    await settled(el, ['done'], 10_000);
    const id = el.files[0].id!;
    expect(entries(form)).to.deep.equal([['belege[nachweis]', id]]);
    expect(form.checkValidity()).to.equal(true);
    expect(posts(await uploadRequests()).map((r) => r.status)).to.deep.equal([503, 503, 201]);
  });

  it('removing a file mid-upload cancels its request', async () => {
    const { el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    el.transport = await http();
    await hangNextUpload();
    dropFiles(el, 'nachweis', fileOf(await realJpeg(), 'scan.jpg', 'image/jpeg'));
    await waitForUploadRequests((log) => posts(log).length === 1, 'the POST');
    await settled(el, ['uploading']);
    shadow(el).querySelector<HTMLElement>('[id^="remove-"]')!.click();
    await waitForUploadRequests((log) => posts(log)[0]?.outcome === 'aborted', 'the POST aborted');
    expect(el.files).to.deep.equal([]);
  });

  it('an identity document waits for consent: nothing is sent before, "Hochladen" asks for it', async function () {
    this.timeout(20_000);
    const { form, el } = await inForm(html`<bp-id-upload name="ausweis" document="reisepass"></bp-id-upload>`);
    el.transport = await http();
    dropFiles(el, 'datenseite', fileOf(await realJpeg(), 'pass.jpg', 'image/jpeg'));
    await settled(el, ['queued']);
    expect(text(shadow(el).querySelector('.status'))).to.equal('Bereit zum Hochladen');
    expect(el.validationMessage).to.equal('„pass.jpg“ ist noch nicht hochgeladen. Wählen Sie „Hochladen“.');
    await new Promise((r) => setTimeout(r, 200));
    expect(posts(await uploadRequests()), 'nothing left the device').to.deep.equal([]);
    byId(el, 'upload').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'consent', 'focus on the consent');
    expect(text(byId(el, 'error-consent'))).to.equal(
      'Fehler: Bestätigen Sie, dass Sie mit der Übermittlung der Kopie einverstanden sind.',
    );
    expect(posts(await uploadRequests())).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    byId(el, 'upload').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, ['done'], 10_000);
    // The button stays (inactive now), so focus is where the user left it.
    expect(deepActive()?.id).to.equal('upload');
    expect(byId(el, 'upload').getAttribute('aria-disabled')).to.equal('true');
    const id = el.files[0].id!;
    expect(entries(form)).to.deep.equal([['ausweis[datenseite]', id]]);
    expect((await storedUpload(id))?.slot).to.equal('datenseite');
  });

  it('offers files uploaded earlier in the session again when the user comes back (WCAG 3.3.7)', async () => {
    const first = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    first.el.transport = await http();
    dropFiles(first.el, 'nachweis', fileOf(await realJpeg(), 'scan.jpg', 'image/jpeg'));
    await settled(first.el, ['done']);
    const id = first.el.files[0].id!;
    first.form.remove();
    // The page again (same path, form and name): the file is there, submitted by its id.
    const again = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    again.el.transport = await http();
    await again.el.updateComplete;
    expect(again.el.files.map((f) => [f.name, f.status, f.id])).to.deep.equal([['scan.jpg', 'done', id]]);
    expect(text(shadow(again.el).querySelector('.note'))).to.equal('Früher hochgeladen.');
    expect(entries(again.form)).to.deep.equal([['belege[nachweis]', id]]);
    // Removing it forgets it.
    shadow(again.el).querySelector<HTMLElement>('[id^="remove-"]')!.click();
    await again.el.updateComplete;
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('bp-id-upload:'))).to.deep.equal([]);
  });
});

describe('bp-id-upload: tus transport (local tus server)', () => {
  it('a connection cut mid-upload resumes where it stopped; no upload URL is left in localStorage', async function () {
    this.timeout(30_000);
    const { form, el } = await inForm(html`<bp-id-upload name="belege" document="nachweis"></bp-id-upload>`);
    el.transport = new TusUploadTransport({ endpoint: await tusEndpoint(), backoff: { initialMs: 50, jitter: 0 } });
    // A 3 MB PDF (passed on as it is, so its size is known).
    const filler = 'BT /F1 12 Tf (Seite) Tj ET '.repeat(110_000);
    const bytes = pdf({ objects: [`<< /Length ${filler.length} >>\nstream\n${filler}\nendstream`] });
    const size = bytes.length;
    await cutNextTusPatchAfter(1_000_000);
    dropFiles(el, 'nachweis', fileOf(bytes, 'bescheid.pdf'));
    await settled(el, ['done'], 25_000);
    const id = el.files[0].id!;
    const log = await uploadRequests();
    const patches = log.filter((r) => r.protocol === 'tus' && r.method === 'PATCH');
    const [cut, ...after] = patches;
    expect(cut).to.deep.include({ uploadOffset: 0, cut: true });
    const kept = cut.stored;
    expect(kept).to.be.at.least(1_000_000).and.below(size);
    const resumed = after.filter((r) => r.status === 204);
    expect(resumed).to.have.length(1);
    expect(resumed[0]).to.deep.include({ uploadOffset: kept, stored: size - kept });
    expect(
      patches.reduce((sum, r) => sum + r.stored, 0),
      'every byte sent once',
    ).to.equal(size);
    expect(cut.uploadId).to.equal(id);
    expect(tusKeys(), 'no upload URL in localStorage').to.deep.equal([]);
    expect(entries(form)).to.deep.equal([['belege[nachweis]', id]]);
  });
});
