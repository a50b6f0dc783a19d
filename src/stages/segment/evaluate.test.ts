import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs, sentenceScores, tokenScores } from './evaluate.js';

const CONLLU = [
  '# newpar',
  "# text = Carney's aid arrived.",
  "1\tCarney\tCarney\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_",
  "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
  '3\taid\taid\tNOUN\tNN\t_\t4\tnsubj\t_\t_',
  '4\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# text = It helped.',
  '1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
  '2\thelped\thelp\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('token scores count exact span matches', () => {
  assert.deepEqual(tokenScores(CONLLU), { tp: 8, gold: 8, pred: 8 });
});

test('paragraphs join their sentences and sentence ends are scored', () => {
  const paras = paragraphs(CONLLU);
  assert.deepEqual(paras, [["Carney's aid arrived.", 'It helped.']]);
  assert.deepEqual(sentenceScores(paras), { tp: 1, gold: 1, pred: 1 });
});
