import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../model/document.js';
import { toOriginal } from '../../model/offsets.js';
import type { CleanText } from '../../model/types.js';
import { MAX_PER_CODE, normalizeStage, normalizeText } from './index.js';

const ctx = { modelsDir: '', resources: new Map<string, unknown>() };

/** Every cleaned word maps back to an original slice that reads the same modulo case and the repairs. */
function checkWords(orig: string, clean: CleanText): void {
  for (const m of clean.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const o = toOriginal(clean, m.index, m.index + m[0].length);
    const slice = orig.slice(o.start, o.end);
    assert.equal(slice.normalize('NFKC').toLowerCase(), m[0].toLowerCase(), `cleaned ${m[0]} maps to ${slice}`);
  }
}

/** The cleaned span of `needle` maps to exactly `expected` in the original. */
function mapsTo(orig: string, clean: CleanText, needle: string, expected: string): void {
  const i = clean.text.indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${clean.text}`);
  const o = toOriginal(clean, i, i + needle.length);
  assert.equal(orig.slice(o.start, o.end), expected);
}

test('text that needs nothing is copied as is', () => {
  const t = 'Canada pledged aid to Ukraine on Sunday.';
  const r = normalizeText(t);
  assert.equal(r.clean.text, t);
  assert.equal(r.repairs.length, 0);
});

test('HTML entities are decoded and cover their whole run', () => {
  const t = 'Smith &amp; Sons said Ukraine&#8217;s army &nbsp;won &mdash; twice &#x2019;t &bogus; AT&T';
  const r = normalizeText(t);
  assert.equal(r.clean.text, "Smith & Sons said Ukraine's army  won - twice 't &bogus; AT&T");
  mapsTo(t, r.clean, '&', '&amp;');
  mapsTo(t, r.clean, "'s", '&#8217;s');
  checkWords(t, r.clean);
  assert.ok(r.repairs.every((x) => x.code === 'N101'));
  assert.equal(r.repairs.length, 5);
});

test('typographic quotes and dashes map one-for-one to ASCII, originals kept', () => {
  const t = '\u201CWe won\u2019t stop,\u201D he said \u2013 twice\u2014and left\u2026';
  const r = normalizeText(t);
  assert.equal(r.clean.text, '"We won\'t stop," he said - twice-and left...');
  assert.equal(r.clean.text.length, t.length + 2);
  mapsTo(t, r.clean, '...', '\u2026');
  mapsTo(t, r.clean, "won't", 'won\u2019t');
  checkWords(t, r.clean);
});

test('full-width forms read as ASCII one for one', () => {
  const t = 'Talks\uff0c held in Beijing\uff08China\uff09\uff1a \uff12\uff10\uff12\uff15\u3002';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Talks, held in Beijing(China): 2025.');
  assert.equal(r.clean.text.length, t.length);
  checkWords(t, r.clean);
});

test('mojibake (UTF-8 read as Windows-1252) is read as the character meant', () => {
  const t = 'Carney\u00e2\u20ac\u2122s visit cost \u00c2\u00a35 at the caf\u00c3\u00a9 \u00e2\u20ac\u201c \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Carney\'s visit cost \u00a35 at the caf\u00e9 - "yes"');
  mapsTo(t, r.clean, "'s", '\u00e2\u20ac\u2122s');
  mapsTo(t, r.clean, 'caf\u00e9', 'caf\u00c3\u00a9');
  assert.ok(r.repairs.every((x) => x.code === 'N107'));
  assert.equal(r.repairs.length, 6);
});

test('HTML tags left in the text become one space each', () => {
  const t = 'Carney met<br/>Zelenskyy in <a href="https://x.org/?a=1&amp;b=2">Kyiv</a>.<P>Talks went on.';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Carney met Zelenskyy in  Kyiv . Talks went on.');
  mapsTo(t, r.clean, 'Kyiv', 'Kyiv');
  assert.deepEqual(r.repairs.map((x) => x.code), ['N108', 'N108', 'N108', 'N108']);
  checkWords(t, r.clean);
});

test('zero-width, control and unusual spaces', () => {
  const t = 'Kyiv\u200B is\u00A0far\u0007 from\u2009Ottawa\uFEFF. It\u0092s cold';
  const r = normalizeText(t);
  assert.equal(r.clean.text, "Kyiv is far from Ottawa. It's cold");
  checkWords(t, r.clean);
  const codes = new Set(r.repairs.map((x) => x.code));
  for (const c of ['N103', 'N104', 'N105']) assert.ok(codes.has(c), c);
});

test('Unicode NFC per run keeps neighbours on their offsets', () => {
  const t = 'Zelenskyy met Jose\u0301 and Rene\u0301e in Bogota\u0301 today';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Zelenskyy met Jos\u00e9 and Ren\u00e9e in Bogot\u00e1 today');
  mapsTo(t, r.clean, 'Jos\u00e9', 'Jose\u0301');
  mapsTo(t, r.clean, 'Ren\u00e9e', 'Rene\u0301e');
  mapsTo(t, r.clean, 'today', 'today');
  assert.equal(r.repairs.filter((x) => x.code === 'N102').length, 3);
});

test('currency spacing', () => {
  const t = 'a $ 2 billion pledge, \u20AC 5 million, US$ 3 and \u00A3 10, but $ signs and $x stay';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'a $2 billion pledge, \u20AC5 million, US$3 and \u00A310, but $ signs and $x stay');
  mapsTo(t, r.clean, '$2', '$ 2');
  mapsTo(t, r.clean, 'US$3', 'US$ 3');
  checkWords(t, r.clean);
  assert.equal(r.repairs.filter((x) => x.code === 'N110').length, 4);
});

test('words glued by a stripped link are split', () => {
  const t = 'He signed an agreement with the European Unionwhich will help. The Union agreed. Moscow said the Kremlinthat day.';
  const r = normalizeText(t);
  assert.match(r.clean.text, /European Union which will/);
  mapsTo(t, r.clean, 'Union which', 'Unionwhich');
  mapsTo(t, r.clean, 'which', 'which');
  checkWords(t, r.clean);
});

test('lower-case glue splits only on strong suffixes with the stem used elsewhere', () => {
  const t = 'The agreement was signed. He praised the agreementwhich helps, and somewhere some goodwill stayed.';
  const r = normalizeText(t);
  assert.match(r.clean.text, /the agreement which helps/);
  assert.match(r.clean.text, /somewhere some goodwill/);
  assert.equal(normalizeText('He praised the statementwhich helps.').clean.text, 'He praised the statementwhich helps.');
});

test('weak suffixes split only with evidence for the stem', () => {
  const t = 'The Commission met. Officials of the Commissionand the council spoke.';
  assert.match(normalizeText(t).clean.text, /Commission and the council/);
  const u = 'Officials of the Councilin the east spoke.';
  assert.equal(normalizeText(u).clean.text, u);
});

test('stray capitals in mid-sentence are lowered', () => {
  const t = 'Canada has recently committed An additional $2 billion in assistance During the summit.';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Canada has recently committed an additional $2 billion in assistance during the summit.');
  mapsTo(t, r.clean, 'an additional', 'An additional');
  assert.equal(r.repairs.filter((x) => x.code === 'N112').length, 2);
});

test('lower-cased place names are capitalised', () => {
  const t = 'Carney arrived in kyiv on Sunday and flew to warsaw, then ukrainian officials met.';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Carney arrived in Kyiv on Sunday and flew to Warsaw, then Ukrainian officials met.');
  mapsTo(t, r.clean, 'Kyiv', 'kyiv');
  assert.equal(r.repairs.filter((x) => x.code === 'N113').length, 3);
});

test('lower-cased place names of several words are capitalised as one repair', () => {
  const t = 'Talks with the united states, the soviet union and new  zealand; the valley and the united front.';
  const r = normalizeText(t);
  assert.equal(r.clean.text, 'Talks with the United States, the Soviet Union and New  Zealand; the valley and the united front.');
  assert.deepEqual(r.repairs.map((x) => t.slice(x.start, x.end)), ['united states', 'soviet union', 'new  zealand']);
  checkWords(t, r.clean);
});

test('glued sentence ends get a space', () => {
  const t = 'The talks ended.Negotiators left, see www.Example.org/x.Html';
  const r = normalizeText(t);
  assert.match(r.clean.text, /ended\. Negotiators/);
  assert.match(r.clean.text, /www\.Example\.org\/x\.Html/);
  mapsTo(t, r.clean, 'Negotiators', 'Negotiators');
});

test('the stage records each repair as an info diagnostic with original offsets', () => {
  const t = 'He met the European Unionwhich in kyiv &amp; pledged $ 2 billion.';
  const doc = createDocument(t);
  normalizeStage.run(doc, ctx);
  assert.ok(doc.diagnostics.length >= 4);
  for (const d of doc.diagnostics) {
    assert.equal(d.stage, 'normalize');
    assert.equal(d.severity, 'info');
    assert.match(d.code, /^N1\d\d$/);
    assert.ok(d.start !== undefined && d.end !== undefined && d.end >= d.start);
  }
  const place = doc.diagnostics.find((d) => d.code === 'N113')!;
  assert.equal(t.slice(place.start, place.end), 'kyiv');
  checkWords(t, doc.clean);
});

test('diagnostics are capped per code', () => {
  const t = Array.from({ length: MAX_PER_CODE }, () => '\u201Cyes\u201D').join(' ');
  const doc = createDocument(t);
  normalizeStage.run(doc, ctx);
  assert.equal(doc.diagnostics.length, MAX_PER_CODE + 1);
  assert.match(doc.diagnostics[doc.diagnostics.length - 1].message, /more repairs/);
});
