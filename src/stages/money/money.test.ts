/** Money amounts: values, currencies, inferred dollars and the stage's original offsets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMoney } from './recognize.js';
import { countryForTld, currencyForCountry, dollarForPublication, moneyStage } from './index.js';
import { createDocument } from '../../model/document.js';
import { CleanBuilder } from '../../model/offsets.js';

const CASES: [string, string, number, string, boolean?][] = [
  // [text, extent, value, currency, inferred]
  ['Canada pledged $2 billion in aid.', '$2 billion', 2e9, 'USD', true],
  ['Canada has promised $ 4.3 billion.', '$ 4.3 billion', 4.3e9, 'USD', true],
  ['A US$50m loan was agreed.', 'US$50m', 5e7, 'USD'],
  ['Ottawa gave C$2 billion.', 'C$2 billion', 2e9, 'CAD'],
  ['Canberra gave A$100 million.', 'A$100 million', 1e8, 'AUD'],
  ['The Memorandum on EUR 1.2 billion was signed.', 'EUR 1.2 billion', 1.2e9, 'EUR'],
  ['Brussels sent €1.2bn.', '€1.2bn', 1.2e9, 'EUR'],
  ['A fund of 1.8 billion dollars was set up.', '1.8 billion dollars', 1.8e9, 'USD', true],
  ['A fund to the tune of USD 1.8 billion.', 'USD 1.8 billion', 1.8e9, 'USD'],
  ['London pledged £300 million.', '£300 million', 3e8, 'GBP'],
  ['Berlin gave 500 million euros.', '500 million euros', 5e8, 'EUR'],
  ['Washington sent two billion dollars.', 'two billion dollars', 2e9, 'USD', true],
  ['They approved $4.3bn.', '$4.3bn', 4.3e9, 'USD', true],
  ['The city paid 1,200,000 hryvnias.', '1,200,000 hryvnias', 1.2e6, 'UAH'],
  ['The fund holds UAH 1.2bn.', 'UAH 1.2bn', 1.2e9, 'UAH'],
  ['The Globe writes $1.5-billion.', '$1.5-billion', 1.5e9, 'USD', true],
  ['A grant of 10 million Canadian dollars.', '10 million Canadian dollars', 1e7, 'CAD'],
  ['Tokyo offered ¥500 billion.', '¥500 billion', 5e11, 'JPY'],
  ['Moscow spent 3 trillion rubles.', '3 trillion rubles', 3e12, 'RUB'],
  ['Shares closed at $1.64.', '$1.64', 1.64, 'USD', true],
  ['A £5m grant.', '£5m', 5e6, 'GBP'],
  ['Aid of $2-3 billion was discussed.', '$2-3 billion', 2e9, 'USD', true],
  ['Britain gave 5 million pounds.', '5 million pounds', 5e6, 'GBP'],
  ['Warsaw paid 4 billion zlotys.', '4 billion zlotys', 4e9, 'PLN'],
  ['Half a billion dollars went missing.', 'Half a billion dollars', 5e8, 'USD', true],
  ['A CHF 100 million credit.', 'CHF 100 million', 1e8, 'CHF'],
  ['Each will receive UAH 6’500 during March.', 'UAH 6’500', 6500, 'UAH'],
  ['Each gets 6 500 hryvnias.', '6 500 hryvnias', 6500, 'UAH'],
  ['Delhi approved Rs 500 crore.', 'Rs 500 crore', 5e9, 'INR'],
  ['Ottawa added CDN$10-million.', 'CDN$10-million', 1e7, 'CAD'],
  ['A US $50 million grant.', 'US $50 million', 5e7, 'USD'],
  ['Kyiv got 50 billion USD.', '50 billion USD', 5e10, 'USD'],
  ['Costs hit $2B.', '$2B', 2e9, 'USD', true],
];

for (const [text, extent, value, currency, inferred] of CASES) {
  test(`money: ${text}`, () => {
    const r = findMoney(text);
    assert.equal(r.length, 1, JSON.stringify(r.map((m) => text.slice(m.start, m.end))));
    assert.equal(text.slice(r[0].start, r[0].end), extent);
    assert.equal(r[0].value, value);
    assert.equal(r[0].currency, currency);
    assert.equal(r[0].currencyInferred ?? false, inferred ?? false);
  });
}

test('money: a bare dollar takes the default the caller gives', () => {
  const r = findMoney('Canada gave $2 billion and US$1 billion.', { dollar: 'CAD' });
  assert.deepEqual(r.map((m) => [m.currency, m.currencyInferred ?? false]), [['CAD', true], ['USD', false]]);
});

test('money: several amounts in order', () => {
  const text = 'The $2 billion package adds to €1.2bn from the EU and 500 million euros from Germany.';
  assert.deepEqual(findMoney(text).map((m) => m.value), [2e9, 1.2e9, 5e8]);
});

test('money: currency of a country', () => {
  assert.equal(currencyForCountry('Canada'), 'CAD');
  assert.equal(currencyForCountry('Ukraine'), 'UAH');
  assert.equal(currencyForCountry('the United States'), 'USD');
  assert.equal(currencyForCountry('Germany'), 'EUR');
  assert.equal(currencyForCountry('Canadian'), 'CAD');
  assert.equal(currencyForCountry('GBR'), 'GBP');
  assert.equal(currencyForCountry('Atlantis'), undefined);
});

test('money: the publication tells which dollar', () => {
  assert.equal(dollarForPublication({ url: 'https://www.cbc.ca/news/politics/x' }), 'CAD');
  assert.equal(dollarForPublication({ outlet: 'CBC News' }), 'CAD');
  assert.equal(dollarForPublication({ url: 'https://www.abc.net.au/news/x' }), 'AUD');
  assert.equal(dollarForPublication({ url: 'https://www.bbc.co.uk/news/x' }), 'USD');
  assert.equal(dollarForPublication({ url: 'https://www.nytimes.com/x' }), 'USD');
  assert.equal(dollarForPublication({}), 'USD');
  assert.equal(countryForTld('.ua'), 'UKR');
});

test('money stage: offsets into the original text and inferred dollar from the address', () => {
  const original = 'Canada has committed an additional $ 2 billion in aid.';
  const doc = createDocument(original, { url: 'https://www.cbc.ca/news/a', published: '2025-08-24' });
  // the cleaned copy joins "$ 2" to "$2"
  const at = original.indexOf('$ 2');
  const b = new CleanBuilder(original);
  b.replace(at + 1, at + 2, '');
  doc.clean = b.finish();
  assert.ok(doc.clean.text.includes('$2 billion'));
  moneyStage.run(doc, { modelsDir: '', resources: new Map() });
  assert.equal(doc.money.length, 1);
  const m = doc.money[0];
  assert.equal(original.slice(m.start, m.end), '$ 2 billion');
  assert.equal(m.text, '$ 2 billion');
  assert.equal(m.value, 2e9);
  assert.equal(m.currency, 'CAD');
  assert.equal(m.currencyInferred, true);
});
