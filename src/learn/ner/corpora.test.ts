import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from './bilou.js';
import { dropCoordinations, gumDocument, parseEntityField, readIob2, placeType, meantimeDocument } from './corpora.js';
import { spanScores, toUner } from './eval.js';

test('GUM Entity= field parsing', () => {
  const r = parseEntityField('(2-abstract-new-sssss-cf2-2-coref(3-substance-new-sssss-cf3-1-coref-Iodine)');
  assert.deepEqual(r.open.map((o) => [o.id, o.etype, o.single]), [['2', 'abstract', false], ['3', 'substance', true]]);
  assert.deepEqual(parseEntityField('7)6)').close, ['7', '6']);
});

test('GUM named mentions: proper-noun heads only, titles dropped', () => {
  const conllu = [
    '1\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-3-coref',
    '2\tBarack\tBarack\tPROPN\tNNP\t_\t3\tflat\t_\t_',
    '3\tObama\tObama\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)',
    '4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
    '5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-place-new-x-cf2-3-coref',
    '6\tUnited\tUnited\tADJ\tNNP\t_\t7\tamod\t_\t_',
    '7\tKingdom\tKingdom\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=2)',
    '8\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_',
    '9\tsome\tsome\tDET\tDT\t_\t10\tdet\t_\tEntity=(3-person-new-x-cf3-2-coref',
    '10\tofficials\tofficial\tNOUN\tNNS\t_\t7\tconj\t_\tEntity=3)',
    '',
  ].join('\n');
  const doc = gumDocument('t', conllu);
  const labels = [...doc.sentences[0].labels].map((l) => LABELS[l]);
  assert.deepEqual(labels, ['O', 'B-PERSON', 'L-PERSON', 'O', 'O', 'B-GPE', 'L-GPE', 'O', 'O', 'O']);
});

test('UNER IOB2 reading and CoNLL scoring with type mapping', () => {
  const iob = '# newdoc id = d1\n# text = x\n1\tI\tO\t-\t-\n2\tmet\tO\t-\t-\n3\tJohn\tB-PER\t-\t-\n4\tSmith\tI-PER\t-\t-\n5\tin\tO\t-\t-\n6\tOslo\tB-LOC\t-\t-\n\n';
  const docs = readIob2(iob);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].sentences[0].spans, [{ start: 2, end: 4, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }]);
  const s = spanScores([docs[0].sentences[0].spans], [[{ start: 2, end: 4, type: 'PERSON' }, { start: 5, end: 6, type: 'GPE' }, { start: 0, end: 1, type: 'NORP' }]], toUner);
  assert.equal(s.f1, 1);
  const partial = spanScores([docs[0].sentences[0].spans], [[{ start: 3, end: 4, type: 'PERSON' }]], toUner);
  assert.equal(partial.tp, 0);
  assert.equal(partial.fp, 1);
  assert.equal(partial.fn, 2);
});

test('place types: natural features and regions are LOC, the rest GPE', () => {
  assert.equal(placeType(['Dnipro', 'River']), 'LOC');
  assert.equal(placeType(['Europe']), 'LOC');
  assert.equal(placeType(['Kharkiv']), 'GPE');
});

test('MEANTIME names trimmed to their capitalised run', () => {
  const xml = `<Document>
<token number="0" sentence="0" t_id="1">European</token>
<token number="1" sentence="0" t_id="2">maker</token>
<token number="2" sentence="0" t_id="3">,</token>
<token number="3" sentence="0" t_id="4">Airbus</token>
<token number="4" sentence="0" t_id="5">won</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY TAG_DESCRIPTOR="Airbus" ent_type="ORG" m_id="20"/>
</Markables>
<Relations><REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO></Relations>
</Document>`;
  const doc = meantimeDocument('m', xml);
  assert.deepEqual([...doc.sentences[0].labels].map((l) => LABELS[l]), ['O', 'O', 'O', 'U-ORG', 'O']);
});

test('GUM: a name under a common-noun head is kept; coordinated names are two names', () => {
  const conllu = [
    '1\tmusician\tmusician\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=(1-person-new-x-cf1-1,2,3',
    '2\tTiziano\tTiziano\tPROPN\tNNP\t_\t1\tflat\t_\t_',
    '3\tLugli\tLugli\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)',
    '4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_',
    '5\tChuck\tChuck\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-person-new-x-cf2-1,2,3(3-person-new-x-cf3-1-sgl)',
    '6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_',
    '7\tGretchen\tGretchen\tPROPN\tNNP\t_\t5\tconj\t_\tEntity=(4-person-new-x-cf4-1-sgl)2)',
    '8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_',
    '9\tPoland\tPoland\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(5-place-new-x-cf5-1,2,3(6-place-new-x-cf6-1-sgl)',
    '10\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_',
    '11\tSweden\tSweden\tPROPN\tNNP\t_\t9\tconj\t_\tEntity=(7-place-new-x-cf7-1-sgl)5)',
    '',
  ].join('\n');
  const labels = [...gumDocument('t', conllu).sentences[0].labels].map((l) => LABELS[l]);
  assert.deepEqual(labels, ['O', 'B-PERSON', 'L-PERSON', 'O', 'U-PERSON', 'O', 'U-PERSON', 'O', 'U-GPE', 'O', 'U-GPE']);
});

test('dropCoordinations keeps a name with "and" inside when its parts are no names of their own', () => {
  const forms = ['Procter', '&', 'Gamble', 'and', 'Oslo'];
  const kept = dropCoordinations(forms, [{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'GPE' }]);
  assert.equal(kept.length, 2);
});

test('GUM: titles are cut from persons only ("General Motors" stays whole)', () => {
  const conllu = [
    '1\tGeneral\tGeneral\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-organization-new-x-cf1-1,2',
    '2\tMotors\tMotors\tPROPN\tNNPS\t_\t3\tnsubj\t_\tEntity=1)',
    '3\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_',
    '4\tGeneral\tGeneral\tPROPN\tNNP\t_\t5\tcompound\t_\tEntity=(2-person-new-x-cf2-1,2',
    '5\tPatton\tPatton\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=2)',
    '',
  ].join('\n');
  const labels = [...gumDocument('t', conllu).sentences[0].labels].map((l) => LABELS[l]);
  assert.deepEqual(labels, ['B-ORG', 'L-ORG', 'O', 'O', 'U-PERSON']);
});
