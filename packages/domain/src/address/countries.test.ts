import { expect } from '@open-wc/testing';
import { loadCountries } from './index.js';

describe('@blaupause/domain address: country list (lazy)', () => {
  it('lists every state and territory but Germany, with German and English names', async () => {
    const { countries, countriesMeta } = await loadCountries();
    expect(countries.length).to.equal(countriesMeta.count);
    expect(countries.length).to.be.greaterThan(240);
    expect(countries.some((c) => c.code === 'DE')).to.equal(false);
    expect(countries.find((c) => c.code === 'AT')).to.deep.include({ de: 'Österreich', en: 'Austria' });
    expect(countries.every((c) => /^[A-Z]{2}$/.test(c.code) && c.de && c.en)).to.equal(true);
  });

  it('names, sorts and finds countries', async () => {
    const { countryName, countryByCode, sortedCountries, searchCountries } = await loadCountries();
    expect(countryName('it')).to.equal('Italien');
    expect(countryName('IT', 'en')).to.equal('Italy');
    expect(countryName('DE')).to.equal(undefined);
    expect(countryByCode('xx')).to.equal(undefined);
    const german = sortedCountries('de').map((c) => c.de);
    expect(german.indexOf('Ägypten')).to.be.lessThan(german.indexOf('Albanien'));
    expect(german.indexOf('Österreich')).to.be.lessThan(german.indexOf('Pakistan'));
    expect(searchCountries('österr').map((c) => c.code)).to.deep.equal(['AT']);
    expect(searchCountries('usa').map((c) => c.code)).to.include('US');
    expect(searchCountries('Großbritannien').map((c) => c.code)).to.deep.equal(['GB']);
    expect(searchCountries('tuerkei').map((c) => c.code)).to.deep.equal(['TR']);
  });
});
