import { expect } from '@open-wc/testing';
import { announce, announcerRegions } from './announcer.js';
import { clearAnnouncements, nextAnnouncement } from './testing/helpers.js';

describe('announcer', () => {
  it('keeps one polite (role=status) and one assertive live region in the light DOM', () => {
    const { polite, assertive } = announcerRegions();
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(polite.getRootNode()).to.equal(document);
    announcerRegions();
    expect(document.querySelectorAll('[data-bp-announcer]').length).to.equal(1);
  });

  it('speaks politely and assertively', async () => {
    clearAnnouncements();
    announce('Ort gefunden: Meitingen');
    expect(await nextAnnouncement('polite')).to.equal('Ort gefunden: Meitingen');
    announce('Das Hochladen ist fehlgeschlagen.', 'assertive');
    expect(await nextAnnouncement('assertive')).to.equal('Das Hochladen ist fehlgeschlagen.');
  });

  it('empties the region first so a repeated message is spoken again, and only the latest is written', async () => {
    announce('Gespeichert');
    await nextAnnouncement('polite');
    announce('Gespeichert');
    expect(announcerRegions().polite.textContent).to.equal('');
    announce('Veraltet');
    announce('Aktuell');
    expect(await nextAnnouncement('polite')).to.equal('Aktuell');
  });

  it('ignores empty messages', async () => {
    clearAnnouncements();
    announce('   ');
    await new Promise((r) => setTimeout(r, 200));
    expect(announcerRegions().polite.textContent).to.equal('');
  });
});
