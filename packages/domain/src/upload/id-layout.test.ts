import { expect } from '@open-wc/testing';
import { clampRedaction } from './redaction.js';
import { ID_LAYOUTS, idLayoutAreas, redactionSuggestions, type IdLayoutArea } from './id-layout.js';

const all: [string, string, IdLayoutArea][] = Object.entries(ID_LAYOUTS).flatMap(([document, sides]) =>
  Object.entries(sides).flatMap(([side, areas]) =>
    (areas ?? []).map((a): [string, string, IdLayoutArea] => [document, side, a]),
  ),
);

/** Whether two rectangles share any area. */
const overlap = (a: IdLayoutArea['rect'], b: IdLayoutArea['rect']) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('@blaupause/domain upload: identity document layouts', () => {
  it('suggests the CAN and the serial number on the front of the Personalausweis, in German by default', () => {
    expect(redactionSuggestions('personalausweis', 'vorderseite')).to.deep.equal([
      { rect: { x: 0.72, y: 0.8, width: 0.26, height: 0.17 }, label: 'Zugangsnummer (CAN)' },
      { rect: { x: 0.66, y: 0.03, width: 0.32, height: 0.15 }, label: 'Seriennummer' },
    ]);
  });

  it('labels the suggestions in English for en and en-GB', () => {
    for (const lang of ['en', 'en-GB', 'EN']) {
      expect(redactionSuggestions('personalausweis', 'vorderseite', lang).map((s) => s.label)).to.deep.equal([
        'Card access number (CAN)',
        'Serial number',
      ]);
    }
    expect(redactionSuggestions('personalausweis', 'rueckseite', 'de-x-ls').map((s) => s.label)).to.deep.equal([
      'Seriennummer in der maschinenlesbaren Zone',
    ]);
  });

  it('places the CAN at the bottom right and the serial number at the top right of a card front', () => {
    for (const document of ['personalausweis', 'aufenthaltstitel']) {
      const [can, serial] = idLayoutAreas(document, 'vorderseite');
      expect(can.field).to.equal('can');
      expect(can.rect.x).to.be.above(0.5);
      expect(can.rect.y).to.be.above(0.5);
      expect(serial.field).to.equal('seriennummer');
      expect(serial.rect.x).to.be.above(0.5);
      expect(serial.rect.y + serial.rect.height).to.be.below(0.5);
    }
  });

  it('covers the document number in the machine-readable zone: line 1 of a TD1 card, line 2 of a TD3 passport', () => {
    // TD1: 85.6 × 54 mm, characters 2.54 mm apart, 30 per line; number in characters 6–15.
    const [card] = idLayoutAreas('personalausweis', 'rueckseite');
    const firstChar = (85.6 - 30 * 2.54) / 2 + 5 * 2.54;
    const afterCheck = (85.6 - 30 * 2.54) / 2 + 15 * 2.54;
    expect(card.rect.x * 85.6).to.be.below(firstChar);
    expect((card.rect.x + card.rect.width) * 85.6).to.be.above(afterCheck);
    // TD3 (125 × 88 mm): number in characters 1–10 of the bottom line.
    const mrz = idLayoutAreas('reisepass', 'datenseite').find((a) => a.label.de.includes('maschinenlesbar'))!;
    expect(mrz.rect.x * 125).to.be.below((125 - 44 * 2.54) / 2);
    expect((mrz.rect.x + mrz.rect.width) * 125).to.be.above((125 - 44 * 2.54) / 2 + 10 * 2.54);
    expect(mrz.rect.y).to.be.above(0.8);
  });

  it('suggests no CAN for the passport (its place is not known from a source) and nothing for unknown documents or sides', () => {
    expect(idLayoutAreas('reisepass', 'datenseite').map((a) => a.field)).to.deep.equal([
      'seriennummer',
      'seriennummer',
    ]);
    expect(idLayoutAreas('reisepass', 'vorderseite')).to.deep.equal([]);
    expect(idLayoutAreas('nachweis', 'datei')).to.deep.equal([]);
    expect(idLayoutAreas('toString', 'constructor')).to.deep.equal([]);
    expect(idLayoutAreas('personalausweis', '__proto__')).to.deep.equal([]);
    expect(redactionSuggestions('führerschein', 'vorderseite')).to.deep.equal([]);
  });

  it('keeps every area inside the image, unchanged by clampRedaction, and apart from the others on its side', () => {
    expect(all.length).to.equal(8);
    for (const [document, side, area] of all) {
      expect(clampRedaction(area.rect), `${document} ${side} ${area.label.de}`).to.deep.equal(area.rect);
      expect(area.label.de).to.not.equal(area.label.en);
      for (const [d2, s2, other] of all) {
        if (other !== area && d2 === document && s2 === side) expect(overlap(area.rect, other.rect)).to.equal(false);
      }
    }
  });

  it('hands out copies: changing a suggestion does not change the layout', () => {
    const [first] = redactionSuggestions('personalausweis', 'vorderseite');
    first.rect.x = 0;
    expect(redactionSuggestions('personalausweis', 'vorderseite')[0].rect.x).to.equal(0.72);
  });
});
