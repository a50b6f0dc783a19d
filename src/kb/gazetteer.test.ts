import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZ, Gazetteer, GazetteerBuilder, NEEDS_CAP, parseActorRecords, parseAgents, petrarchPhrase } from './gazetteer.js';

const ACTORS = [
  '# comment line',
  'UKRAINE_  [UKR]',
  '+UKRAINIAN_ ',
  '+KYIV_ ',
  '+DONETSK_ ',
  '',
  'LEONID_KUCHMA_  # COUNTRYINFO.TXT',
  '+PRESIDENT_LEONID_KUCHMA',
  '\t[UKRELI 560101-921013]',
  '\t[UKRGOV 940719-050123]',
  '',
  'NATIONAL_SECURITY_COUNCIL_ [UKRGOV]',
].join('\n');

test('PETRARCH phrases and actor records', () => {
  assert.equal(petrarchPhrase('MARK_CARNEY_  # CountryInfo.txt'), 'mark carney');
  assert.equal(petrarchPhrase('+U.N._MONITOR_\t[IGOUNO]'), 'u.n. monitor');
  assert.equal(petrarchPhrase('CATTLE!PERSON! [~AGR]'), undefined);
  const recs = parseActorRecords(ACTORS);
  assert.equal(recs.length, 3);
  assert.deepEqual(recs[0].names, ['ukraine', 'ukrainian', 'kyiv', 'donetsk']);
  assert.deepEqual(recs[0].codes, ['UKR']);
  assert.deepEqual(recs[1].names, ['leonid kuchma', 'president leonid kuchma']);
  assert.deepEqual(recs[1].codes, ['UKRELI', 'UKRGOV']);
  assert.deepEqual(parseAgents('# x\n!PERSON! = MAN, MEN\nFARMER [~AGR]\nPRIME_MINISTER [~GOV]\n'), ['farmer', 'prime minister']);
});

test('builder: states become places, people persons with first/last names, councils orgs', () => {
  const b = new GazetteerBuilder();
  b.addActors(ACTORS, 'countries');
  b.addTitles(['prime minister']);
  const g = new Gazetteer(b.data());
  assert.ok(g.lookup('kyiv') & (1 << GAZ.PLACE));
  assert.ok(g.lookup('leonid kuchma') & (1 << GAZ.PERSON));
  assert.ok(g.lookup('leonid') & (1 << GAZ.FIRST));
  assert.ok(g.lookup('kuchma') & (1 << GAZ.LAST));
  assert.ok(g.lookup('national security council') & (1 << GAZ.ORG));
  assert.ok(g.lookup('prime minister') & (1 << GAZ.TITLE));
  assert.equal(g.lookup('president leonid kuchma') & (1 << GAZ.PERSON), 0);
});

test('countries table and longest-match annotation', () => {
  const b = new GazetteerBuilder();
  b.addCountries();
  b.add('us', 'COUNTRY');
  b.markCommonWords((w) => (w === 'us' ? 0.99 : undefined));
  const g = new Gazetteer(b.data());
  assert.ok(g.lookup('ukraine') & (1 << GAZ.COUNTRY));
  assert.ok(g.lookup('ukrainian') & (1 << GAZ.DEMONYM));
  assert.ok(g.lookup('canadians') & (1 << GAZ.DEMONYM));
  assert.ok(g.lookup('us') & NEEDS_CAP);
  const forms = ['the', 'United', 'States', 'and', 'us', 'and', 'US'];
  const out = new Uint8Array(forms.length * g.ncat);
  g.annotate(forms, forms.map((f) => f.toLowerCase()), out);
  const at = (i: number) => out[i * g.ncat + GAZ.COUNTRY];
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(at), [0, 1, 3, 0, 0, 0, 4]);
});
