import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDocument } from '../../testing/doc.js';
import { extractClaims } from './index.js';
import { cueLemma } from './cues.js';

test('reported speech: "X said that ..." gives speaker and content clause', () => {
  const doc = handDocument([{
    tokens: 'Ortega/PROPN/2/nsubj said/VERB/0/root that/SCONJ/6/mark the/DET/5/det talks/NOUN/6/nsubj failed/VERB/2/ccomp ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c.speaker.name, 'Ortega');
  assert.equal(c.content.text, 'the talks failed');
  assert.equal(c.cue, 'said');
  assert.equal(doc.text.slice(c.content.start, c.content.end), c.content.text);
});

test('a coordinated cue takes the subject of the first verb', () => {
  const doc = handDocument([{
    tokens: 'Lind/PROPN/2/nsubj spoke/VERB/0/root and/CCONJ/4/cc said/VERB/2/conj that/SCONJ/7/mark prices/NOUN/7/nsubj rose/VERB/4/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Lind');
  assert.equal(claims[0].content.text, 'prices rose');
});

test('a direct quote with a parenthetical cue', () => {
  const doc = handDocument([{
    tokens: '"/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux stay/VERB/0/root ,/PUNCT/4/punct "/PUNCT/4/punct Abebe/PROPN/8/nsubj said/VERB/4/parataxis ./PUNCT/4/punct',
    mentions: [[6, 6, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c.speaker.name, 'Abebe');
  assert.equal(c.kind, 'direct');
  assert.match(c.content.text, /We will stay/);
});

test('a pronoun speaker resolves to the last person mentioned', () => {
  const doc = handDocument([
    { tokens: 'Maria/PROPN/2/flat Silva/PROPN/3/nsubj arrived/VERB/0/root ./PUNCT/3/punct', mentions: [[0, 1, 'PERSON', 'e1']] },
    { tokens: 'She/PRON/2/nsubj said/VERB/0/root that/SCONJ/5/mark talks/NOUN/5/nsubj resume/VERB/2/ccomp', mentions: [] },
  ]);
  const [c] = extractClaims(doc);
  assert.equal(c.speaker.name, 'Maria Silva');
});

test('"according to" a named person is a claim; according to unnamed media is not', () => {
  const named = handDocument([{
    tokens: 'Troops/NOUN/2/nsubj withdrew/VERB/0/root ,/PUNCT/6/punct according/VERB/6/case to/ADP/4/fixed Okafor/PROPN/2/obl',
    mentions: [[5, 5, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(named);
  assert.equal(c.speaker.name, 'Okafor');
  assert.equal(c.content.text, 'Troops withdrew');
  const unnamed = handDocument([{
    tokens: 'Troops/NOUN/2/nsubj withdrew/VERB/0/root ,/PUNCT/7/punct according/VERB/7/case to/ADP/4/fixed local/ADJ/7/amod media/NOUN/2/obl',
  }]);
  assert.equal(extractClaims(unnamed).length, 0);
});

test('a claim inside another claim is not a second claim', () => {
  const doc = handDocument([{
    tokens: 'Petrov/PROPN/2/nsubj wrote/VERB/0/root that/SCONJ/5/mark Moscow/PROPN/5/nsubj declared/VERB/2/ccomp that/SCONJ/8/mark talks/NOUN/8/nsubj ended/VERB/5/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1'], [3, 3, 'GPE', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Petrov');
});

test('a quoted paragraph with no cue continues the previous speaker', () => {
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark aid/NOUN/5/nsubj helps/VERB/2/ccomp', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '"/PUNCT/3/punct We/PRON/3/nsubj need/VERB/0/root more/ADJ/5/amod help/NOUN/3/obj now/ADV/3/advmod "/PUNCT/3/punct' },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 2);
  assert.equal(claims[1].speaker.name, 'Okafor');
  assert.equal(claims[1].content.text, 'We need more help now');
});

test('cue lemmas from inflected forms', () => {
  assert.equal(cueLemma('said'), 'say');
  assert.equal(cueLemma('insisted'), 'insist');
  assert.equal(cueLemma('admitted'), 'admit');
  assert.equal(cueLemma('denied'), 'deny');
  assert.equal(cueLemma('told'), 'tell');
});

test('brat standoff attributions with fragmented spans', async () => {
  const { parseBrat } = await import('./evaluate.js');
  const ann = [
    'T1\tSource 0 5\tAbebe',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;25 30\tx',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  ].join('\n');
  const [a] = parseBrat(ann);
  assert.deepEqual(a.source, [{ start: 0, end: 5 }]);
  assert.deepEqual(a.content, [{ start: 11, end: 20 }, { start: 25, end: 30 }]);
});

test('a quote closed in a later sentence keeps that sentence\'s cue outside the quote', () => {
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj arrived/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct Prices/NOUN/3/nsubj rose/VERB/0/root ./PUNCT/3/punct' },
    { tokens: 'Wages/NOUN/2/nsubj fell/VERB/0/root ,/PUNCT/2/punct ”/PUNCT/2/punct Okafor/PROPN/6/nsubj said/VERB/2/parataxis ./PUNCT/2/punct', mentions: [[4, 4, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.cue === 'said' && /Wages fell/.test(c.content.text)), JSON.stringify(claims));
});

test('a reporting clause closing the sentence after a comma reports the clause before it', () => {
  const doc = handDocument([
    { tokens: 'The/DET/2/det border/NOUN/4/nsubj is/AUX/4/cop calm/ADJ/0/root ,/PUNCT/7/punct Okafor/PROPN/7/nsubj said/VERB/4/parataxis on/ADP/9/case Friday/PROPN/7/obl ./PUNCT/4/punct', mentions: [[5, 5, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Okafor');
  assert.equal(claims[0].content.text, 'The border is calm');
});

test('two subjects from a title misparse: the linked name is the speaker', () => {
  const doc = handDocument([
    { tokens: 'Shadow/PROPN/6/nsubj Trade/PROPN/3/compound Secretary/PROPN/4/nmod Ann/PROPN/6/nsubj Vole/PROPN/4/flat said/VERB/0/root that/SCONJ/9/mark talks/NOUN/9/nsubj failed/VERB/6/ccomp', mentions: [[3, 4, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Ann Vole');
});

test('a parenthetical reporting clause the parse left as a conjunct reports the clause before it', () => {
  const doc = handDocument([
    { tokens: 'The/DET/2/det convoy/NOUN/3/nsubj left/VERB/0/root at/ADP/5/case dawn/NOUN/3/obl ,/PUNCT/9/punct a/DET/8/det source/NOUN/9/nsubj said/VERB/3/conj ./PUNCT/3/punct', mentions: [] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'a source');
  assert.equal(claims[0].content.text, 'The convoy left at dawn');
});

test('a mid-sentence reporting clause: "The plan, Mbeki said, will fail"', () => {
  const doc = handDocument([
    { tokens: 'The/DET/3/det new/ADJ/3/amod plan/NOUN/9/nsubj ,/PUNCT/6/punct Mbeki/PROPN/6/nsubj said/VERB/9/parataxis ,/PUNCT/6/punct will/AUX/9/aux fail/VERB/0/root ./PUNCT/9/punct', mentions: [[4, 4, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Mbeki');
  assert.equal(claims[0].content.text, 'The new plan');
});

test('a content clause hung from an adjunct: "X says on its website that ..."', () => {
  const doc = handDocument([
    { tokens: 'The/DET/2/det ministry/NOUN/3/nsubj says/VERB/0/root on/ADP/6/case its/PRON/6/nmod:poss website/NOUN/3/obl that/SCONJ/9/mark prices/NOUN/9/nsubj fell/VERB/6/acl sharply/ADV/9/advmod ./PUNCT/3/punct', mentions: [] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'The ministry');
  assert.equal(claims[0].content.text, 'prices fell sharply');
});

test('a clause subject parsed as the object of "say": "Ruiz said the army planned ..."', () => {
  const doc = handDocument([
    { tokens: 'Ruiz/PROPN/2/nsubj said/VERB/0/root the/DET/4/det army/NOUN/2/obj planned/VERB/4/acl a/DET/7/det retreat/NOUN/5/obj ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Ruiz');
  assert.equal(claims[0].content.text, 'the army planned a retreat');
});

test('a quotation opening after "says," that the parse made an adverbial clause', () => {
  const doc = handDocument([
    { tokens: 'Adeyemi/PROPN/2/nsubj says/VERB/0/root ,/PUNCT/2/punct "/PUNCT/5/punct Holding/VERB/2/advcl the/DET/7/det line/NOUN/5/obj was/AUX/9/cop hard/ADJ/5/conj ./PUNCT/2/punct "/PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Adeyemi');
  assert.equal(claims[0].kind, 'direct');
  assert.match(claims[0].content.text, /^" ?Holding the line was hard/);
});

test('a quote closed before an inverted cue the parse did not link: "\'\'...,\'\' said Mr. Oduya"', () => {
  const doc = handDocument([
    { tokens: "'/PUNCT/5/punct '/PUNCT/5/punct Talks/NOUN/5/nsubj are/AUX/5/cop over/ADV/0/root ,/PUNCT/5/punct '/PUNCT/5/punct '/PUNCT/5/punct said/VERB/5/advcl Mr./PROPN/11/nmod:desc Oduya/PROPN/9/obj ./PUNCT/5/punct", mentions: [[9, 10, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Mr. Oduya');
  assert.equal(claims[0].content.text, 'Talks are over');
});

test('a lead-in without a verb before a mid-sentence reporting clause: the content follows it', () => {
  const doc = handDocument([
    { tokens: 'Back/ADV/10/advmod in/ADP/3/case Lagos/PROPN/1/obl ,/PUNCT/6/punct Okafor/PROPN/6/nsubj said/VERB/10/parataxis ,/PUNCT/6/punct the/DET/9/det talks/NOUN/10/nsubj resumed/VERB/0/root on/ADP/12/case time/NOUN/10/obl ./PUNCT/10/punct', mentions: [[2, 2, 'GPE', 'e2'], [4, 4, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Okafor');
  assert.equal(claims[0].content.text, 'the talks resumed on time');
});

test('an unresolved "he" reaches back past several sentences to the last person named', () => {
  const filler = { tokens: 'Rain/NOUN/2/nsubj fell/VERB/0/root ./PUNCT/2/punct' };
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj arrived/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    filler, filler, filler, filler, filler, filler,
    { tokens: 'He/PRON/2/nsubj said/VERB/0/root that/SCONJ/5/mark talks/NOUN/5/nsubj failed/VERB/2/ccomp ./PUNCT/2/punct', mentions: [] },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'Okafor');
});

test('"according to" a descriptive source: "..., according to the dockworkers union."', () => {
  const doc = handDocument([
    { tokens: 'The/DET/2/det port/NOUN/3/nsubj closed/VERB/0/root at/ADP/5/case noon/NOUN/3/obl ,/PUNCT/7/punct according/VERB/11/case to/ADP/7/fixed the/DET/11/det dockworkers/NOUN/11/compound union/NOUN/3/obl ./PUNCT/3/punct' },
  ]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].speaker.name, 'the dockworkers union');
  assert.equal(claims[0].content.text, 'The port closed at noon');
});

/** Give tokens Penn tags by index (handDocument sets none). */
function tagged(doc: ReturnType<typeof handDocument>, xpos: Record<number, string>) {
  for (const [k, v] of Object.entries(xpos)) doc.tokens[Number(k)].xpos = v;
  return doc;
}

test('"X says it raised ..." when the parse took the clause subject as an object', () => {
  const doc = tagged(handDocument([{
    tokens: 'Ruiz/PROPN/2/nsubj says/VERB/0/root it/PRON/2/obj raised/VERB/2/xcomp funds/NOUN/4/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]), { 1: 'VBZ', 3: 'VBD' });
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Ruiz');
  assert.equal(c?.content.text, 'it raised funds');
});

test('"X said Wednesday that ..." when the parse made the day the subject', () => {
  const doc = tagged(handDocument([{
    tokens: 'Ruiz/PROPN/2/nsubj said/VERB/0/root Wednesday/PROPN/2/nsubj that/SCONJ/6/mark rebels/NOUN/6/nsubj left/VERB/3/ccomp town/NOUN/6/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]), { 5: 'VBD' });
  const day = doc.tokens[2];
  doc.timexes.push({ start: day.start, end: day.end, text: 'Wednesday', type: 'DATE' } as (typeof doc.timexes)[number]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Ruiz');
  assert.equal(c?.content.text, 'rebels left town');
});

test('attitude cues: "X fears that ..." and "the poll shows that ..." are claims', () => {
  const fear = handDocument([{
    tokens: 'Okafor/PROPN/2/nsubj fears/VERB/0/root that/SCONJ/6/mark talks/NOUN/6/nsubj will/AUX/6/aux fail/VERB/2/ccomp ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(fear);
  assert.equal(c?.speaker.name, 'Okafor');
  assert.equal(c?.content.text, 'talks will fail');
  const poll = handDocument([{
    tokens: 'The/DET/2/det poll/NOUN/3/nsubj shows/VERB/0/root that/SCONJ/6/mark Lee/PROPN/6/nsubj leads/VERB/3/ccomp ./PUNCT/3/punct',
    mentions: [[4, 4, 'PERSON', 'e1']],
  }]);
  const [p] = extractClaims(poll);
  assert.equal(p?.speaker.name, 'The poll');
  assert.equal(p?.content.text, 'Lee leads');
});

test('of two names the parse made subjects of "said", the one next to the cue speaks', () => {
  const doc = handDocument([{
    tokens: 'After/ADP/2/case talks/NOUN/8/obl with/ADP/4/case Blair/PROPN/8/nsubj ,/PUNCT/7/punct Mr/PROPN/7/compound Abbas/PROPN/8/nsubj said/VERB/0/root the/DET/10/det envoy/NOUN/12/nsubj was/AUX/12/cop ready/ADJ/8/ccomp ./PUNCT/8/punct',
    mentions: [[3, 3, 'PERSON', 'e1'], [5, 6, 'PERSON', 'e2']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Mr Abbas');
});

test('"X, who said ...": the antecedent speaks, the span is the relative pronoun', () => {
  const doc = handDocument([{
    tokens: 'Voters/NOUN/2/nsubj backed/VERB/0/root Cruz/PROPN/2/obj ,/PUNCT/6/punct who/PRON/6/nsubj said/VERB/3/acl:relcl that/SCONJ/9/mark talks/NOUN/9/nsubj ended/VERB/6/ccomp ./PUNCT/2/punct',
    mentions: [[2, 2, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Cruz');
  assert.equal(doc.text.slice(c!.speaker.start!, c!.speaker.end!), 'who');
  assert.equal(c?.content.text, 'talks ended');
});

test('"Name: statement" lines state what the name says', () => {
  const doc = handDocument([{
    tokens: 'Okafor/PROPN/0/root :/PUNCT/1/punct Talks/NOUN/5/nsubj have/AUX/5/aux failed/VERB/1/parataxis ./PUNCT/1/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Okafor');
  assert.equal(c?.cue, ':');
  assert.equal(c?.content.text, 'Talks have failed');
});

test('a dateline is never the speaker: the name after its dash speaks', () => {
  const doc = handDocument([{
    tokens: 'WASHINGTON/PROPN/4/nsubj —/PUNCT/3/punct Okafor/PROPN/1/appos said/VERB/0/root that/SCONJ/7/mark talks/NOUN/7/nsubj ended/VERB/4/ccomp',
    mentions: [[0, 0, 'GPE', 'e2'], [2, 2, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Okafor');
});

test('"X rallied supporters, saying ...": the participle reports for the clause subject', () => {
  const doc = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj rallied/VERB/0/root supporters/NOUN/2/obj ,/PUNCT/5/punct saying/VERB/3/acl that/SCONJ/8/mark aid/NOUN/8/nsubj helps/VERB/5/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  doc.tokens[4].xpos = 'VBG';
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Lee');
  assert.equal(c?.content.text, 'aid helps');
});

test('a share of those polled speaks: "Six in 10 say ..."', () => {
  const doc = handDocument([{
    tokens: 'Six/NUM/4/nsubj in/ADP/3/case 10/NUM/1/nmod say/VERB/0/root that/SCONJ/7/mark prices/NOUN/7/nsubj rose/VERB/4/ccomp',
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Six in 10');
});

test('of several clauses hung from "said", the one after the cue is the content', () => {
  const doc = handDocument([{
    tokens: 'Leaving/VERB/5/ccomp a/DET/3/det summit/NOUN/1/obj Blair/PROPN/5/nsubj said/VERB/0/root talks/NOUN/7/nsubj resume/VERB/5/ccomp ./PUNCT/5/punct',
    mentions: [[3, 3, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.content.text, 'talks resume');
});

test('"..., but Turkey, which ..., had insisted ...": the name opening a coordinated clause speaks', () => {
  const doc = handDocument([{
    tokens: 'Cyprus/PROPN/3/nsubj is/AUX/3/cop member/NOUN/0/root ,/PUNCT/6/punct but/CCONJ/6/cc Turkey/PROPN/3/conj had/AUX/8/aux insisted/VERB/3/parataxis it/PRON/11/nsubj would/AUX/11/aux resist/VERB/8/ccomp',
    mentions: [[0, 0, 'GPE', 'e1'], [5, 5, 'GPE', 'e2']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Turkey');
  assert.equal(c?.content.text, 'it would resist');
});

test('\'"...," Flynn, a top surrogate, said Thursday on Fox\': an appositive between name and cue', () => {
  const doc = handDocument([{
    tokens: '"/PUNCT/3/punct Talks/NOUN/3/nsubj failed/VERB/13/reparandum badly/ADV/3/advmod ,/PUNCT/3/punct "/PUNCT/3/punct Flynn/PROPN/13/nsubj ,/PUNCT/11/punct a/DET/11/det top/ADJ/11/amod surrogate/NOUN/7/appos ,/PUNCT/7/punct said/VERB/0/root Thursday/PROPN/13/obl on/ADP/16/case Fox/PROPN/13/obl ./PUNCT/13/punct',
    mentions: [[6, 6, 'PERSON', 'e1'], [15, 15, 'ORG', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.speaker.name === 'Flynn' && /Talks failed badly/.test(c.content.text)), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('"..., Mr Abbas said: "..."" with a name neither the parse nor the recogniser took', () => {
  const doc = handDocument([{
    tokens: 'In/ADP/2/case interviews/NOUN/6/obl ,/PUNCT/5/punct Mr/PROPN/5/nmod Abbas/PROPN/2/appos said/VERB/0/root :/PUNCT/6/punct "/PUNCT/9/punct We/PRON/10/nsubj believe/VERB/6/ccomp peace/NOUN/12/nsubj is/AUX/12/cop possible/ADJ/10/ccomp "/PUNCT/10/punct',
  }]);
  const claims = extractClaims(doc);
  assert.equal(claims[0]?.speaker.name, 'Mr Abbas');
  assert.match(claims[0]?.content.text ?? '', /We believe peace is possible/);
});

test('"He added: ..." right after another person\'s claim continues that speaker', () => {
  const doc = handDocument([
    { tokens: 'Blair/PROPN/2/nsubj met/VERB/0/root Abbas/PROPN/2/obj ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1'], [2, 2, 'PERSON', 'e2']] },
    { tokens: 'Abbas/PROPN/2/nsubj said/VERB/0/root talks/NOUN/4/nsubj helped/VERB/2/ccomp ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e2']] },
    { tokens: 'He/PRON/2/nsubj added/VERB/0/root that/SCONJ/5/mark peace/NOUN/5/nsubj nears/VERB/2/ccomp ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  doc.mentions[doc.mentions.length - 1].kind = 'pronoun';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Abbas', 'Abbas']);
});

test('a pronoun keeps its own antecedent when another person is named in between', () => {
  const doc = handDocument([
    { tokens: 'Abbas/PROPN/2/nsubj said/VERB/0/root talks/NOUN/4/nsubj helped/VERB/2/ccomp ,/PUNCT/2/punct citing/VERB/2/advcl Blair/PROPN/6/obj ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e2'], [6, 6, 'PERSON', 'e1']] },
    { tokens: 'He/PRON/2/nsubj added/VERB/0/root that/SCONJ/5/mark peace/NOUN/5/nsubj nears/VERB/2/ccomp ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  doc.mentions[doc.mentions.length - 1].kind = 'pronoun';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Abbas', 'Blair']);
});

test('\'"..., like X trying ...," she added\': the whole quotation is the content, not the clause the parse hung', () => {
  const doc = handDocument([
    { tokens: 'Short/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct I/PRON/3/nsubj doubt/VERB/0/root it/PRON/3/obj ,/PUNCT/8/punct like/ADP/8/mark Rome/PROPN/8/nsubj trying/VERB/13/ccomp alone/ADV/8/advmod ,/PUNCT/8/punct ”/PUNCT/13/punct she/PRON/13/nsubj added/VERB/3/parataxis ./PUNCT/13/punct', mentions: [[6, 6, 'GPE', 'e2']] },
  ]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.content.text.startsWith('I doubt it')), JSON.stringify(claims.map((c) => c.content.text)));
});

test('"according to a poll released Thursday": the source is cut before its participle', () => {
  const doc = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj leads/VERB/0/root ,/PUNCT/7/punct according/VERB/7/case to/ADP/4/fixed a/DET/7/det poll/NOUN/2/obl released/VERB/7/acl Thursday/PROPN/8/obl ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'a poll');
  assert.equal(c?.content.text, 'Lee leads');
});

test('"X suggested that ..., according to Y": X\'s claim is kept, Y only relays it', () => {
  const doc = handDocument([{
    tokens: 'Legislators/NOUN/2/nsubj suggested/VERB/0/root that/SCONJ/5/mark Kyiv/PROPN/5/nsubj yield/VERB/2/ccomp ,/PUNCT/10/punct according/VERB/10/case to/ADP/7/fixed the/DET/10/det Institute/PROPN/2/obl ./PUNCT/2/punct',
    mentions: [[3, 3, 'GPE', 'e1'], [9, 9, 'ORG', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Legislators']);
});

test('"on Wednesday Mr Straw said": a day heading the subject phrase yields to the person in it', () => {
  const doc = handDocument([{
    tokens: 'on/ADP/5/mark Wednesday/PROPN/5/nsubj Mr/PROPN/2/flat Straw/PROPN/2/flat said/VERB/0/root he/PRON/8/nsubj also/ADV/8/advmod objected/VERB/5/ccomp',
    mentions: [[3, 3, 'PERSON', 'e1']],
  }]);
  const day = doc.tokens[1];
  doc.timexes.push({ start: day.start, end: day.end, text: 'Wednesday', type: 'DATE' } as (typeof doc.timexes)[number]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Straw');
  assert.equal(doc.text.slice(c!.speaker.start!, c!.speaker.end!), 'Mr Straw');
});

test('\'"I have long understood X, that ... is wrong," he told\': the whole quotation, not the clause the cue hangs from', () => {
  const doc = handDocument([
    { tokens: 'Straw/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct I/PRON/3/nsubj understood/VERB/0/root it/PRON/3/obj ,/PUNCT/9/punct that/PRON/9/nsubj lumping/VERB/6/acl is/AUX/9/cop wrong/ADJ/3/parataxis ,/PUNCT/9/punct ”/PUNCT/9/punct he/PRON/13/nsubj told/VERB/9/parataxis MPs/NOUN/13/obj ./PUNCT/3/punct' },
  ]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.cue === 'told' && c.content.text.startsWith('I understood it')), JSON.stringify(claims.map((c) => c.content.text)));
});

test('"X told Y that ..." takes the clause even when its verb was mistagged', () => {
  const doc = handDocument([{
    tokens: 'Rubio/PROPN/2/nsubj told/VERB/0/root reporters/NOUN/2/iobj that/SCONJ/7/mark new/ADJ/6/amod rules/NOUN/7/nsubj undermine/ADJ/4/obj rights/NOUN/7/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Rubio');
  assert.equal(c?.content.text, 'new rules undermine rights');
});

test('"..., Cardinal Murphy-O\'Connor has said": a title and a hyphenated name close the sentence', () => {
  const doc = handDocument([{
    tokens: 'Funds/NOUN/2/nsubj:pass were/AUX/3/aux:pass wasted/VERB/0/root on/ADP/5/case war/NOUN/3/obl ,/PUNCT/7/punct Cardinal/PROPN/12/nsubj Murphy/PROPN/7/flat -/PUNCT/8/punct O\'Connor/PROPN/7/flat has/AUX/12/aux said/VERB/5/acl:relcl ./PUNCT/12/punct',
    mentions: [[7, 9, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, "Murphy - O'Connor");
  assert.equal(c?.content.text, 'Funds were wasted on war');
});

test('"the cardinal said" after "Cardinal X": the person introduced with that title speaks', () => {
  const doc = handDocument([
    { tokens: 'Cardinal/PROPN/2/compound Okafor/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct', mentions: [[1, 1, 'PERSON', 'e1']] },
    { tokens: 'The/DET/2/det cardinal/NOUN/3/nsubj said/VERB/0/root that/SCONJ/6/mark peace/NOUN/6/nsubj matters/VERB/3/ccomp ./PUNCT/3/punct' },
  ]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Okafor');
  assert.equal(c?.speaker.entity, 'e1');
});

test('"He said no one accepted responsibility" with the verb mistagged as a participle', () => {
  const doc = handDocument([
    { tokens: 'Mackey/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: 'He/PRON/2/nsubj said/VERB/0/root no/DET/4/det one/PRON/2/obj accepted/VERB/6/amod responsibility/NOUN/4/nmod ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  doc.tokens[7].xpos = 'VBN';
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.speaker.name === 'Mackey' && c.content.text === 'no one accepted responsibility'), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('a transcript turn in quotation marks ("PENCE: ...") runs to the end of its paragraph', () => {
  const doc = handDocument([
    { tokens: 'Mike/PROPN/2/compound Pence/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct', mentions: [[0, 1, 'PERSON', 'e1']] },
    { tokens: '"/PUNCT/2/punct PENCE/NOUN/0/root :/PUNCT/2/punct Well/INTJ/7/discourse ,/PUNCT/7/punct debates/NOUN/7/nsubj matter/VERB/2/parataxis ./PUNCT/2/punct' },
    { tokens: 'Voters/NOUN/2/nsubj will/AUX/3/aux see/VERB/0/root it/PRON/3/obj ./PUNCT/3/punct' },
  ]);
  doc.sentences[2].block = doc.sentences[1].block;
  const claims = extractClaims(doc).filter((c) => c.cue === ':');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['PENCE', 'Well , debates matter'], ['PENCE', 'Voters will see it']]);
});

test('a quotation signed with a dash and a name at the end of its line', () => {
  const doc = handDocument([
    { tokens: '“/PUNCT/3/punct Trump/PROPN/3/nsubj ignores/VERB/0/root us/PRON/3/obj ./PUNCT/3/punct' },
    { tokens: 'He/PRON/2/nsubj knows/VERB/0/root nothing/PRON/2/obj ./PUNCT/2/punct ”/PUNCT/2/punct ―/PUNCT/7/punct Karen/PROPN/2/appos Bobadilla/PROPN/7/flat ./PUNCT/2/punct', mentions: [[6, 7, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.cue, c.content.text]), [['Karen Bobadilla', '―', 'Trump ignores us'], ['Karen Bobadilla', '―', 'He knows nothing']]);
});

test('"said via email that, ..." with "that" tagged as a pronoun still opens the content clause', () => {
  const doc = handDocument([{
    tokens: 'Ditto/PROPN/2/nsubj said/VERB/0/root via/ADP/4/case email/NOUN/2/obl that/PRON/2/obj ,/PUNCT/5/punct Trump/PROPN/9/nsubj will/AUX/9/aux fight/VERB/2/parataxis back/ADV/9/advmod ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1'], [6, 6, 'PERSON', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Ditto', 'Trump will fight back']]);
});

test('a quotation opened in one sentence and closed before the next one\'s reporting clause is that speaker\'s', () => {
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct He/PRON/3/nsubj is/AUX/0/root right/ADJ/3/xcomp ./PUNCT/3/punct' },
    { tokens: 'There/PRON/2/expl is/AUX/0/root a/DET/4/det gap/NOUN/2/nsubj ,/PUNCT/2/punct ”/PUNCT/2/punct Flynn/PROPN/8/nsubj said/VERB/2/parataxis ./PUNCT/2/punct', mentions: [[6, 6, 'PERSON', 'e2']] },
  ]);
  doc.sentences[2].block = doc.sentences[1].block;
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Flynn', 'Flynn']);
  assert.equal(claims[0].content.text, 'He is right');
  assert.match(claims[1].content.text, /^There is a gap/);
});

test('intentions and positions: "hopes to ...", "cited the poll", "talked about ..."', () => {
  const hope = handDocument([{
    tokens: 'Okafor/PROPN/2/nsubj hopes/VERB/0/root to/PART/4/mark win/VERB/2/xcomp the/DET/6/det seat/NOUN/4/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(hope).map((c) => [c.speaker.name, c.cue, c.content.text]), [['Okafor', 'hopes', 'win the seat']]);
  const cite = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj cited/VERB/0/root a/DET/5/det new/ADJ/5/amod poll/NOUN/2/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(cite).map((c) => [c.speaker.name, c.content.text]), [['Lee', 'a new poll']]);
  const talk = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj talked/VERB/0/root about/ADP/5/case rising/VERB/5/amod prices/NOUN/2/obl ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(talk).map((c) => [c.speaker.name, c.content.text]), [['Lee', 'rising prices']]);
});

test('a reporting clause hung from a phrase inside the quotation before it takes the whole quotation', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/3/punct Exports/NOUN/3/nsubj rise/VERB/0/root ,/PUNCT/7/punct either/CCONJ/7/cc:preconj in/ADP/7/case terms/NOUN/3/conj ,/PUNCT/7/punct ”/PUNCT/11/punct Mr/PROPN/11/compound Straw/PROPN/12/nsubj said/VERB/7/advcl:relcl ./PUNCT/12/punct',
    mentions: [[9, 10, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Mr Straw');
  assert.match(c?.content.text ?? '', /^Exports rise , either in terms/);
});

test('"...," she said ..., and ... : the quotation before the reporting clause is the content, not a clause after it', () => {
  const doc = handDocument([
    { tokens: 'Melanie/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct It/PRON/3/nsubj crossed/VERB/9/ccomp my/PRON/5/nmod:poss mind/NOUN/3/obj ,/PUNCT/3/punct ”/PUNCT/3/punct she/PRON/9/nsubj said/VERB/0/root and/CCONJ/14/cc the/DET/12/det reason/NOUN/14/nsubj was/AUX/14/cop clear/ADJ/9/ccomp', mentions: [[7, 7, 'PERSON', 'e1']] },
  ]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Melanie', 'It crossed my mind']]);
});

test('a name right before "said" that the parse hung elsewhere speaks ("... of the Washington Post Trump said that ...")', () => {
  const doc = handDocument([{
    tokens: 'In/ADP/3/case a/DET/3/det meeting/NOUN/9/obl with/ADP/6/case the/DET/6/det Post/PROPN/3/nmod Trump/PROPN/6/nmod also/ADV/9/advmod said/VERB/0/root that/SCONJ/12/mark NATO/PROPN/12/nsubj costs/VERB/9/ccomp much/ADV/12/advmod',
    mentions: [[5, 5, 'ORG', 'e1'], [6, 6, 'PERSON', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Trump', 'NATO costs much']]);
});

test('\'"...," said European Council President Donald Tusk\': the name after an inverted cue speaks, not the quotation\'s subject', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/4/punct It/PRON/4/nsubj was/AUX/4/cop sad/ADJ/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/4/advcl President/PROPN/9/nmod:desc Donald/PROPN/7/obl Tusk/PROPN/9/flat ./PUNCT/4/punct',
    mentions: [[8, 9, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Donald Tusk', 'It was sad']]);
});

test('verbs that report only beside a quotation: \'"...," she continued\' and \'He asked: "..."\'', () => {
  const cont = handDocument([{
    tokens: '“/PUNCT/4/punct Better/ADJ/3/amod policing/NOUN/4/nsubj matters/VERB/0/root now/ADV/4/advmod ,/PUNCT/4/punct ”/PUNCT/4/punct she/PRON/9/nsubj continued/VERB/4/parataxis ./PUNCT/4/punct',
    mentions: [[7, 7, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(cont).map((c) => [c.speaker.name, c.cue, c.content.text]), [['she', 'continued', 'Better policing matters now']]);
  const ask = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj asked/VERB/0/root :/PUNCT/2/punct “/PUNCT/6/punct Will/AUX/6/aux you/PRON/6/nsubj pledge/VERB/2/parataxis it/PRON/7/obj ?/PUNCT/7/punct ”/PUNCT/7/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(ask).map((c) => [c.speaker.name, c.cue]), [['Lee', 'asked']]);
});

test('\'"...," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday\' with no subject in the parse', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/4/punct Our/PRON/3/nmod:poss veto/NOUN/4/nsubj holds/VERB/17/ccomp firm/ADV/4/advmod ,/PUNCT/4/punct ”/PUNCT/4/punct Senate/PROPN/10/compound Majority/NOUN/10/compound Leader/NOUN/17/ccomp Mitch/PROPN/10/appos McConnell/PROPN/11/flat ,/PUNCT/14/punct R/PROPN/11/conj -/PUNCT/16/punct Ky/PROPN/14/flat said/VERB/0/root Tuesday/PROPN/17/obl:unmarked ./PUNCT/17/punct',
    mentions: [[10, 11, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Mitch McConnell', 'Our veto holds firm']]);
});

test('\'"...," retired Air Force general Lloyd Newton said\': a title between the quotation and the name', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/4/punct Clinton/PROPN/4/nsubj is/AUX/4/cop ready/ADJ/0/root now/ADV/4/advmod ,/PUNCT/4/punct ”/PUNCT/4/punct retired/VERB/4/advcl Air/PROPN/10/compound Force/PROPN/10/compound general/NOUN/11/nmod:desc Lloyd/PROPN/13/nsubj Newton/PROPN/11/flat said/VERB/8/conj ./PUNCT/13/punct',
    mentions: [[11, 12, 'PERSON', 'e1']],
  }]);
  doc.tokens[7].xpos = 'VBN';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Lloyd Newton', 'Clinton is ready now']]);
});

test('"told a meeting of Pacific Island leaders that ...": a long addressee with an "of" phrase, then "that"', () => {
  const doc = handDocument([{
    tokens: 'Obama/PROPN/2/nsubj told/VERB/0/root a/DET/4/det meeting/NOUN/2/obj of/ADP/7/case Island/PROPN/7/compound leaders/NOUN/4/nmod that/PRON/11/nsubj few/ADJ/10/amod people/NOUN/11/nsubj understood/VERB/4/acl:relcl it/PRON/11/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Obama', 'few people understood it']]);
});

test('a recording or exhibit shows what it shows ("Video shows that ...")', () => {
  const doc = handDocument([{
    tokens: 'Video/NOUN/2/nsubj shows/VERB/0/root that/SCONJ/5/mark Crutcher/PROPN/5/nsubj raised/VERB/2/ccomp his/PRON/7/nmod:poss hands/NOUN/5/obj',
    mentions: [[3, 3, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc).map((c) => [c.speaker.name, c.content.text]), [['Video', 'Crutcher raised his hands']]);
});

test('a statement noun with a named or pronoun possessor and a "that" clause ("Russia\'s claim that ...", "his promise that ...")', () => {
  const doc = handDocument([
    { tokens: 'Kyiv/PROPN/2/nsubj rejected/VERB/0/root Russia/PROPN/5/nmod:poss \'s/PART/3/case claim/NOUN/2/obj that/SCONJ/9/mark the/DET/8/det strikes/NOUN/9/nsubj hit/VERB/2/advcl only/ADV/11/advmod barracks/NOUN/9/obj', mentions: [[0, 0, 'GPE', 'e1'], [2, 2, 'GPE', 'e2']] },
    { tokens: 'Lee/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e3']] },
    { tokens: 'Voters/NOUN/2/nsubj doubted/VERB/0/root his/PRON/4/nmod:poss promise/NOUN/2/obj that/SCONJ/8/mark taxes/NOUN/8/nsubj would/AUX/8/aux fall/VERB/4/acl soon/ADV/8/advmod' },
  ]);
  doc.tokens[3].xpos = 'POS';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.cue, c.content.text]), [['Russia', 'claim', 'the strikes hit only barracks'], ['Lee', 'promise', 'taxes would fall soon']]);
});

test('"Top Republican Party donor Sheldon Adelson said ..." with the title as subject: the person in apposition speaks', () => {
  const doc = handDocument([{
    tokens: 'Top/ADJ/2/amod donor/NOUN/5/nsubj Sheldon/PROPN/2/appos Adelson/PROPN/3/flat said/VERB/0/root he/PRON/7/nsubj met/VERB/5/ccomp Trump/PROPN/7/obj',
    mentions: [[2, 3, 'PERSON', 'e1'], [7, 7, 'PERSON', 'e2']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Sheldon Adelson', 'he met Trump']]);
});

test('a title between the dateline dash and the name ("ORLANDO (Reuters) - President Barack Obama met ... and said ...")', () => {
  const doc = handDocument([{
    tokens: 'ORLANDO/PROPN/8/nsubj (/PUNCT/3/punct Reuters/PROPN/1/appos )/PUNCT/3/punct -/PUNCT/1/punct President/PROPN/7/nmod:desc Obama/PROPN/1/list met/VERB/0/root survivors/NOUN/8/obj and/CCONJ/11/cc said/VERB/8/conj the/DET/13/det country/NOUN/15/nsubj must/AUX/15/aux act/VERB/11/ccomp',
    mentions: [[0, 0, 'GPE', 'e1'], [2, 2, 'ORG', 'e2'], [6, 6, 'PERSON', 'e3']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Obama', 'the country must act']]);
});

test('"..., saying the person would ..." with no clause in the parse: the clause after the participle, the main subject speaks', () => {
  const doc = handDocument([{
    tokens: 'Rubio/PROPN/2/nsubj spoke/VERB/0/root ,/PUNCT/4/punct saying/VERB/2/advcl the/DET/6/det protester/NOUN/4/obj would/AUX/8/aux leave/VERB/6/acl safely/ADV/8/advmod',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  doc.tokens[3].xpos = 'VBG';
  doc.tokens[6].xpos = 'MD';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['Rubio', 'the protester would leave safely']]);
});

test('a characterisation "X as Y" ("China described the embargo as a product of the Cold War")', () => {
  const doc = handDocument([{
    tokens: 'China/PROPN/2/nsubj described/VERB/0/root the/DET/4/det embargo/NOUN/2/obj as/ADP/7/case a/DET/7/det product/NOUN/2/obl of/ADP/10/case the/DET/10/det war/NOUN/7/nmod',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.content.text]), [['China', 'the embargo as a product of the war']]);
});

test('"called the charges unsubstantiated": a name given with a predicate is a statement', () => {
  const doc = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj called/VERB/0/root the/DET/4/det charges/NOUN/2/obj unsubstantiated/ADJ/2/xcomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc).map((c) => [c.speaker.name, c.content.text]), [['Lee', 'the charges unsubstantiated']]);
});

test('"according to a senior official who spoke on condition of anonymity": the relative clause describes the source', () => {
  const doc = handDocument([{
    tokens: 'Talks/NOUN/2/nsubj continued/VERB/0/root ,/PUNCT/4/punct according/VERB/7/case to/ADP/4/fixed a/DET/7/det official/NOUN/2/obl who/PRON/9/nsubj spoke/VERB/7/acl:relcl anonymously/ADV/9/advmod',
  }]);
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.kind, c.content.text]), [['a official', 'according', 'Talks continued']]);
});

test('"In a CBS News poll released Monday, 50 percent chose Clinton": the survey reports the clause', () => {
  const doc = handDocument([{
    tokens: 'In/ADP/5/case a/DET/5/det CBS/PROPN/4/compound News/PROPN/5/compound poll/NOUN/10/obl released/VERB/5/acl Monday/PROPN/6/obl ,/PUNCT/10/punct 50/NUM/10/nsubj chose/VERB/0/root Clinton/PROPN/10/obj',
    mentions: [[2, 3, 'ORG', 'e1'], [10, 10, 'PERSON', 'e2']],
  }]);
  doc.tokens[5].xpos = 'VBN';
  const claims = extractClaims(doc);
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.kind, c.content.text]), [['a CBS News poll', 'according', '50 chose Clinton']]);
});

test('a speech verb with a noun object: "X announced his resignation", "X mentioned the border wall"', () => {
  const announced = handDocument([{
    tokens: 'Holder/PROPN/2/nsubj announced/VERB/0/root his/PRON/4/nmod:poss resignation/NOUN/2/obj ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [a] = extractClaims(announced);
  assert.equal(a.speaker.name, 'Holder');
  assert.equal(a.content.text, 'his resignation');
  const mentioned = handDocument([{
    tokens: 'Okafor/PROPN/2/nsubj mentioned/VERB/0/root the/DET/5/det border/NOUN/5/compound wall/NOUN/2/obj twice/ADV/2/advmod',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(mentioned)[0]?.content.text, 'the border wall');
});

test('a speech verb with a topic phrase: "X commented on the new order"', () => {
  const doc = handDocument([{
    tokens: 'Cruz/PROPN/2/nsubj commented/VERB/0/root on/ADP/5/case the/DET/5/det order/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c.speaker.name, 'Cruz');
  assert.equal(c.content.text, 'the order');
});

test('a contracted "is" before the cue is no possessive: "He\'s predicting he will win"', () => {
  const doc = handDocument([{
    tokens: 'Trump/PROPN/2/nsubj spoke/VERB/0/root',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }, {
    tokens: "He/PRON/3/nsubj 's/AUX/3/aux predicting/VERB/0/root he/PRON/6/nsubj will/AUX/6/aux win/VERB/3/ccomp Nevada/PROPN/6/obj",
  }]);
  const claims = extractClaims(doc);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].content.text, 'he will win Nevada');
  assert.equal(claims[0].speaker.name, 'Trump');
});

test('a judgement or preference with a noun object the events stage left alone: "Sanders blasted the plan", "voted against the bill"', () => {
  const blasted = handDocument([{
    tokens: 'Sanders/PROPN/2/nsubj blasted/VERB/0/root the/DET/5/det tax/NOUN/5/compound plan/NOUN/2/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [b] = extractClaims(blasted);
  assert.equal(b.speaker.name, 'Sanders');
  assert.equal(b.content.text, 'the tax plan');
  const voted = handDocument([{
    tokens: 'Collins/PROPN/2/nsubj voted/VERB/0/root against/ADP/5/case the/DET/5/det bill/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(voted)[0]?.content.text, 'the bill');
});

test('a vow told by its infinitive: "Clinton vowed to repeal the amendment"', () => {
  const doc = handDocument([{
    tokens: 'Clinton/PROPN/2/nsubj vowed/VERB/0/root to/PART/4/mark repeal/VERB/2/xcomp the/DET/6/det amendment/NOUN/4/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c.speaker.name, 'Clinton');
  assert.equal(c.content.text, 'repeal the amendment');
});

test('a cue coordinated with a passive verb takes its subject: "Trump was forced out and said that ..."', () => {
  const doc = handDocument([{
    tokens: 'Trump/PROPN/3/nsubj:pass was/AUX/3/aux:pass forced/VERB/0/root out/ADV/3/advmod and/CCONJ/6/cc said/VERB/3/conj that/SCONJ/10/mark his/PRON/9/nmod:poss words/NOUN/10/nsubj misled/VERB/6/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Trump');
  assert.equal(c?.content.text, 'his words misled');
});

test('speaking about a topic: "Obama spoke about the legacy of racism"', () => {
  const doc = handDocument([{
    tokens: 'Obama/PROPN/2/nsubj spoke/VERB/0/root about/ADP/5/case the/DET/5/det legacy/NOUN/2/obl of/ADP/7/case racism/NOUN/5/nmod',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Obama');
  assert.equal(c?.content.text, 'the legacy of racism');
});

test('a manner-of-speaking verb with a "that" clause, and an attitude clause: "Trump joked that ...", "Warren doubts that ..."', () => {
  const joked = handDocument([{
    tokens: 'Trump/PROPN/2/nsubj joked/VERB/0/root that/SCONJ/7/mark Brooklyn/PROPN/7/nsubj was/AUX/7/cop his/PRON/7/nmod:poss answer/NOUN/2/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(joked)[0]?.content.text, 'Brooklyn was his answer');
  const doubts = handDocument([{
    tokens: 'Warren/PROPN/2/nsubj doubts/VERB/0/root that/SCONJ/6/mark the/DET/5/det plan/NOUN/6/nsubj works/VERB/2/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(doubts)[0]?.content.text, 'the plan works');
});

test('a transcript line after a label set off by a dash: "Pollsters agree - Carl Bialik: ..."', () => {
  const doc = handDocument([{
    tokens: 'Pollsters/NOUN/2/nsubj agree/VERB/0/root -/PUNCT/2/punct Carl/PROPN/2/parataxis Bialik/PROPN/4/flat :/PUNCT/4/punct voters/NOUN/8/nsubj decide/VERB/4/parataxis late/ADV/8/advmod',
    mentions: [[3, 4, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.speaker.name === 'Carl Bialik' && c.content.text === 'voters decide late'), JSON.stringify(claims));
});

test('a quotation closed right before a descriptive speaker the parse did not link: "“...,” the governor said"', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/3/punct Prices/NOUN/3/nsubj rose/VERB/0/root sharply/ADV/3/advmod ,/PUNCT/3/punct ”/PUNCT/3/punct the/DET/8/det governor/NOUN/9/nsubj said/VERB/3/conj',
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.content.text, 'Prices rose sharply');
  assert.equal(c?.speaker.name, 'the governor');
});

test('any verb after a quotation closed on a comma is a reporting clause: "“...,” he mocks"', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/3/punct Markets/NOUN/3/nsubj failed/VERB/0/root workers/NOUN/3/obj ,/PUNCT/3/punct ”/PUNCT/3/punct Sanders/PROPN/8/nsubj mocks/VERB/3/parataxis',
    mentions: [[6, 6, 'PERSON', 'e1']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.content.text, 'Markets failed workers');
  assert.equal(c?.speaker.name, 'Sanders');
});

test('an inverted cue with a description for speaker: "“...,” said one party leader"', () => {
  const doc = handDocument([{
    tokens: '“/PUNCT/3/punct Talks/NOUN/3/nsubj failed/VERB/7/advcl badly/ADV/3/advmod ,/PUNCT/3/punct ”/PUNCT/3/punct said/VERB/0/root one/NUM/10/nummod party/NOUN/10/compound leader/NOUN/7/obl',
  }]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.content.text === 'Talks failed badly' && c.speaker.name === 'one party leader'), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('a reporting clause unlinked from its quotation, with an adjunct clause after it: "“...,” he said when asked ..."', () => {
  const doc = handDocument([{
    tokens: 'Ruiz/PROPN/2/nsubj spoke/VERB/0/root',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }, {
    tokens: '“/PUNCT/3/punct Prices/NOUN/3/nsubj rose/VERB/0/root sharply/ADV/3/advmod ,/PUNCT/3/punct ”/PUNCT/3/punct he/PRON/8/nsubj said/VERB/3/conj when/ADV/10/advmod asked/VERB/8/advcl',
  }]);
  const claims = extractClaims(doc);
  assert.ok(claims.some((c) => c.content.text === 'Prices rose sharply' && c.speaker.name === 'Ruiz'), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('a naming by "call" however the parse hung the name: "Clinton called her vote a mistake", "called Oz a quack"', () => {
  const vote = handDocument([{
    tokens: 'Clinton/PROPN/2/nsubj called/VERB/0/root her/PRON/4/nmod:poss vote/NOUN/2/obj a/DET/6/det mistake/NOUN/2/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(vote)[0]?.content.text, 'her vote a mistake');
  const quack = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj called/VERB/0/root Oz/PROPN/2/obj a/DET/5/det quack/NOUN/2/obl:unmarked',
    mentions: [[0, 0, 'PERSON', 'e1'], [2, 2, 'PERSON', 'e2']],
  }]);
  assert.equal(extractClaims(quack)[0]?.content.text, 'Oz a quack');
});
