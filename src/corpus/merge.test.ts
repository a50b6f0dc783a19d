import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RecordEntity } from '../model/record.js';
import type { EventRecord } from '../model/types.js';
import {
  canonicalName, compatibleAmounts, compatibleDates, groupHappenings, happeningEvent, modalityClass, sameHappening,
  type HappeningEvent,
} from './merge.js';

const canada = { key: 'canada', country: 'canada' };
const ukraine = { key: 'ukraine', country: 'ukraine' };
const pledge = (over: Partial<HappeningEvent> = {}): HappeningEvent => ({
  type: 'AID', actor: canada, target: ukraine, amount: { value: 2e9, currency: 'USD' }, date: '2025-08-24',
  modality: 'asserted', ...over,
});

describe('sameHappening', () => {
  test('two reports of one pledge from two documents merge', () => {
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b' })));
  });
  test('a later repetition without a date, or with a vaguer one, is the same money', () => {
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', date: undefined })));
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', date: '2025-08' })));
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', date: '2025' })));
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', date: 'PRESENT_REF' })));
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', date: '2025-08-29' })), 'within 7 days');
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', amount: undefined })), 'one side without an amount');
  });
  test('amounts within 1% merge; spelled differently still the same case and currency', () => {
    assert.ok(sameHappening(pledge(), pledge({ amount: { value: 2.01e9, currency: 'usd' } })));
  });
  test('a person merges with the country it acts for', () => {
    const carney = { key: 'mark carney', country: 'canada' };
    assert.ok(sameHappening(pledge({ document: 'a' }), pledge({ document: 'b', actor: carney })));
    assert.ok(sameHappening(pledge({ actor: { key: 'mark carney' } }), pledge({ actor: { key: 'mark carney' } })));
  });

  test('negative: different amount, currency, type, actor, target', () => {
    assert.ok(!sameHappening(pledge(), pledge({ amount: { value: 5e6, currency: 'USD' } })));
    assert.ok(!sameHappening(pledge(), pledge({ amount: { value: 2.05e9, currency: 'USD' } })), '2.5% apart');
    assert.ok(!sameHappening(pledge(), pledge({ amount: { value: 2e9, currency: 'CAD' } })));
    assert.ok(!sameHappening(pledge(), pledge({ type: 'SANCTION' })));
    assert.ok(!sameHappening(pledge(), pledge({ actor: { key: 'germany', country: 'germany' } })));
    assert.ok(!sameHappening(pledge(), pledge({ target: { key: 'moldova', country: 'moldova' } })));
    assert.ok(!sameHappening(pledge(), pledge({ target: undefined })), 'a missing target is not the same target');
    assert.ok(!sameHappening(pledge({ actor: { key: 'mark carney' } }), pledge({ actor: { key: 'justin trudeau' } })));
  });
  test('negative: dates that do not agree', () => {
    assert.ok(!sameHappening(pledge(), pledge({ date: '2025-09-02' })), '9 days apart');
    assert.ok(!sameHappening(pledge(), pledge({ date: '2025-07' })));
    assert.ok(!sameHappening(pledge(), pledge({ date: '2024' })));
  });
  test('negative: a negated or hypothetical event never merges with an asserted one', () => {
    assert.ok(!sameHappening(pledge(), pledge({ modality: 'negated' })));
    assert.ok(!sameHappening(pledge(), pledge({ modality: 'hypothetical' })));
    assert.ok(!sameHappening(pledge({ modality: 'negated' }), pledge({ modality: 'hypothetical' })));
    assert.ok(sameHappening(pledge({ modality: 'future' }), pledge({ modality: 'asserted' })), 'announced then reported done');
    assert.ok(sameHappening(pledge({ modality: 'negated' }), pledge({ modality: 'negated' })));
  });
  test('negative: one shared anchor is not enough to call two reports one happening', () => {
    const balls = { type: 'REJECT', actor: { key: 'ed balls' }, modality: 'asserted' };
    assert.ok(!sameHappening({ ...balls, document: 'a' }, { ...balls, document: 'b' }), 'actor only');
    assert.ok(!sameHappening({ type: 'PROTEST', document: 'a' }, { type: 'PROTEST', document: 'b' }), 'no one at all');
    assert.ok(!sameHappening(pledge({ target: undefined, date: undefined }), pledge({ target: undefined, amount: undefined })));
    assert.ok(sameHappening({ ...balls, date: '2005-01-10' }, { ...balls, date: '2005-01-12' }), 'actor and a date that agrees');
  });
  test('pledge stages stay apart: an announcement and the delivery of one package are two records', () => {
    assert.ok(!sameHappening(pledge({ status: 'announced' }), pledge({ status: 'delivered' })));
    assert.ok(!sameHappening(pledge({ status: 'committed' }), pledge({ status: 'allocated' })));
    assert.ok(sameHappening(pledge({ status: 'committed', document: 'a' }), pledge({ status: 'committed', document: 'b' })), 'a repeated stage is one');
    assert.ok(sameHappening(pledge({ status: 'committed' }), pledge()), 'an unknown stage fits any');
  });
  test('undated reports: the publication day dates them; far-apart reports are two happenings', () => {
    const met = (published: string, over: Partial<HappeningEvent> = {}): HappeningEvent => ({
      type: 'CONSULT', actor: { key: 'tony blair', country: 'united kingdom' }, target: { key: 'jacques chirac', country: 'france' },
      modality: 'asserted', published, ...over,
    });
    assert.ok(sameHappening(met('2005-01-10', { document: 'a' }), met('2005-01-12', { document: 'b' })), 'two days apart');
    assert.ok(!sameHappening(met('2005-01-10', { document: 'a' }), met('2005-05-02', { document: 'b' })), 'four months apart');
    assert.ok(!sameHappening(met('2005-01-10', { date: '2004-11-03' }), met('2005-01-12')), 'a dated meeting long before the undated report');
    assert.ok(sameHappening(met('2005-01-10', { date: '2005-01-09' }), met('2005-01-12')), 'dated the day before, reported two days later');
    assert.ok(sameHappening(met('2005-01-10', { date: '2005-01-09' }), met('2005-01-12', { date: '2005-01-09' })), 'both dated: their dates decide');
    assert.ok(sameHappening(met('2005-01-10'), met('2005-05-02', { published: undefined })), 'no publication day: nothing ruled out');
    // the same money told again months later is not new money
    const p1 = pledge({ date: undefined, published: '2025-06-17', status: 'committed' });
    const p2 = pledge({ date: undefined, published: '2025-09-30', status: 'committed' });
    assert.ok(sameHappening(p1, p2));
    assert.ok(!sameHappening({ ...p1, amount: undefined }, { ...p2, amount: undefined, date: '2025-09-29' }), 'no amount to tie them');
  });
  test('negative: two events of one document never merge', () => {
    assert.ok(!sameHappening(pledge({ document: 'a' }), pledge({ document: 'a' })));
  });
});

describe('merge helpers', () => {
  test('canonicalName folds case, punctuation, possessives and a leading the', () => {
    assert.equal(canonicalName("The U.S.'s"), canonicalName('U.S.'));
    assert.equal(canonicalName('Mark  CARNEY'), 'mark carney');
    assert.notEqual(canonicalName('Georgia'), canonicalName('Georgian'));
  });
  test('dates: weeks and quarters overlap their days; nonsense is missing', () => {
    assert.ok(compatibleDates('2025-W34', '2025-08-20'));
    assert.ok(!compatibleDates('2025-W34', '2025-08-10'));
    assert.ok(compatibleDates('2025-Q3', '2025-08'));
    assert.ok(!compatibleDates('2025-Q1', '2025-08'));
    assert.ok(compatibleDates('P3D', '2025-08-20'));
  });
  test('amounts', () => {
    assert.ok(compatibleAmounts(undefined, { value: 1, currency: 'USD' }));
    assert.ok(!compatibleAmounts({ value: 100, currency: 'EUR' }, { value: 102, currency: 'EUR' }));
  });
  test('modality classes', () => {
    assert.equal(modalityClass('historical'), 'asserted');
    assert.equal(modalityClass(undefined), 'asserted');
    assert.equal(modalityClass('negated'), 'negated');
  });

  test('happeningEvent reads the country a person acts for from the record entities', () => {
    const ents = new Map<string, RecordEntity>([
      ['e1', { id: 'e1', name: 'Mark Carney', type: 'PERSON', affiliation: 'Canada', mentions: [] }],
      ['e2', { id: 'e2', name: 'Ukraine', type: 'GPE', kb: 'country:UKR', mentions: [] }],
    ]);
    const ev: EventRecord = {
      id: 'v1', type: 'AID', modality: 'asserted', mentions: [],
      actor: { name: 'Carney', entity: 'e1' }, target: { name: 'Kyiv', entity: 'e2' },
      amount: { value: 2e9, currency: 'CAD', text: '$2 billion', start: 0, end: 1 },
    };
    const h = happeningEvent(ev, ents, 'doc', '2025-08-24T10:00:00Z');
    assert.equal(h.published, '2025-08-24');
    assert.deepEqual(h.actor, { key: 'carney', country: 'canada' });
    assert.deepEqual(h.target, { key: 'ukraine', country: 'ukraine' });
    assert.ok(sameHappening(h, pledge({ amount: { value: 2e9, currency: 'CAD' }, date: undefined })));
  });

  test('groupHappenings: ten reports are one happening; a later detail is folded in', () => {
    const reports = Array.from({ length: 10 }, (_, i) => pledge({ document: `d${i}` }));
    assert.deepEqual(new Set(groupHappenings(reports)), new Set([0]));
    const g = groupHappenings([
      pledge({ document: 'a', amount: undefined, date: '2025-08' }),
      pledge({ document: 'b' }), // adds $2 billion and the day
      pledge({ document: 'c', amount: { value: 5e6, currency: 'USD' } }), // different money
      pledge({ document: 'd', date: '2025-08-01' }), // 23 days from the folded-in day
      pledge({ document: 'b', date: undefined, amount: { value: 5e6, currency: 'USD' } }),
    ]);
    assert.deepEqual(g, [0, 0, 1, 2, 1]);
    // stages: announced, committed again elsewhere, then delivered
    assert.deepEqual(groupHappenings([
      pledge({ document: 'a', status: 'announced' }), pledge({ document: 'b', status: 'committed' }),
      pledge({ document: 'c', status: 'announced' }), pledge({ document: 'd', status: 'delivered' }),
    ]), [0, 1, 0, 2]);
    // A second event of a document that already reports happening 0 cannot join it.
    assert.deepEqual(groupHappenings([pledge({ document: 'a' }), pledge({ document: 'a' }), pledge({ document: 'b' })]), [0, 1, 0]);
  });
});
