import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from './index.js';

const split = (s: string): string[] => sentences(s).map((x) => s.slice(x.start, x.end));

const CASES: [string, string, string[]][] = [
  ['plain', 'Canada pledged aid. Russia objected! Why? Nobody knows.', ['Canada pledged aid.', 'Russia objected!', 'Why?', 'Nobody knows.']],
  ['abbreviations', 'Mr. Carney met Gen. Smith on Dec. 5 in St. John\'s. They talked.', ["Mr. Carney met Gen. Smith on Dec. 5 in St. John's.", 'They talked.']],
  ['U.S. inside and at the end', 'The U.S. President spoke. Aid came from the U.S. The talks ended.', ['The U.S. President spoke.', 'Aid came from the U.S.', 'The talks ended.']],
  ['decimals', 'Canada promised $4.3 billion. It was 2.5 times more.', ['Canada promised $4.3 billion.', 'It was 2.5 times more.']],
  ['initials', 'The book by J. R. R. Tolkien sold well. It was long.', ['The book by J. R. R. Tolkien sold well.', 'It was long.']],
  ['closing quote after the period', '"We will not give up the war." He said it twice.', ['"We will not give up the war."', 'He said it twice.']],
  ['opening quote after the period', 'He spoke. "We are ready," he said.', ['He spoke.', '"We are ready," he said.']],
  ['question in a quote then lower case', '"Why now?" he asked. Nobody knew.', ['"Why now?" he asked.', 'Nobody knew.']],
  ['question in a quote then a named speaker', '"Why now?" Mr. Smith asked. "Go!" Zelenskyy said. "Stop!" Then silence.', ['"Why now?" Mr. Smith asked.', '"Go!" Zelenskyy said.', '"Stop!"', 'Then silence.']],
  ['closing bracket after the period', 'He left (again.) Then he came back.', ['He left (again.)', 'Then he came back.']],
  ['ellipsis', 'He paused... and went on. Then... The end came.', ['He paused... and went on.', 'Then...', 'The end came.']],
  ['e.g. and i.e.', 'Allies, e.g. France, agreed, i.e. most did. Others waited.', ['Allies, e.g. France, agreed, i.e. most did.', 'Others waited.']],
  ['a.m. times', 'It began at 9 a.m. Kyiv time. Sirens followed.', ['It began at 9 a.m. Kyiv time.', 'Sirens followed.']],
  ['headings without punctuation', 'Title line\nFirst paragraph here. Second sentence.\nA heading\nMore text follows here.', ['Title line', 'First paragraph here.', 'Second sentence.', 'A heading', 'More text follows here.']],
  ['list items', 'Pledges\nThe plan has parts:\n- drones for the front\n- air defence\n1. money\n2. training', ['Pledges', 'The plan has parts:', '- drones for the front', '- air defence', '1. money', '2. training']],
  ['sentence ends with a number', 'It happened in 2004. 5 people died.', ['It happened in 2004.', '5 people died.']],
];

for (const [name, input, expected] of CASES) {
  test(`sentences: ${name}`, () => {
    assert.deepEqual(split(input), expected);
  });
}
