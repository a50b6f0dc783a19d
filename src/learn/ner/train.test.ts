import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeSpans, decodeLabels, type Span } from './bilou.js';
import { Featurizer } from './features.js';
import { HashIndex } from './hash.js';
import { NerTagger, unpackWeights } from './model.js';
import { bodiesAfterThe, campNames, holderAfterOffice, knownAcronyms, knownBodies, givenNamesBeforeSurnames, knownOrgsNotPersons, namedByKind, noPossessiveOpeners, peopleInBodyNames, namesAfterHonorifics, placeLists, placesBeforeAreaNouns, shipsAreNoPersons, speakersAfterSaid, splitAfterCountry, spreadNames, treatiesAreNoNames, typesByHead } from './repairs.js';
import { Gazetteer } from '../../kb/gazetteer.js';
import { lowerSomeNames, saveTable, trainPerceptron, recase, type TrainDoc } from './train.js';

/** A tiny corpus the test writes itself: persons after "minister", places after "in". */
function corpus(): TrainDoc[] {
  const people = [['Anna', 'Berg'], ['Piet', 'Molen'], ['Olga', 'Sova'], ['Ivan', 'Dub'], ['Lena', 'Kraus']];
  const places = ['Varna', 'Tartu', 'Bergen', 'Lviv', 'Gdansk'];
  const docs: TrainDoc[] = [];
  people.forEach((p, i) => {
    const forms = ['The', 'minister', p[0], p[1], 'arrived', 'in', places[i], 'on', 'Monday', '.'];
    const spans: Span[] = [{ start: 2, end: 4, type: 'PERSON' }, { start: 6, end: 7, type: 'GPE' }];
    const forms2 = ['Officials', 'in', places[(i + 1) % 5], 'met', p[1], 'on', 'Tuesday', '.'];
    const spans2: Span[] = [{ start: 2, end: 3, type: 'GPE' }, { start: 4, end: 5, type: 'PERSON' }];
    docs.push({ id: `d${i}`, sentences: [
      { forms, labels: encodeSpans(forms.length, spans) },
      { forms: forms2, labels: encodeSpans(forms2.length, spans2) },
    ] });
  });
  return docs;
}

test('training on a tiny corpus learns it, and the model survives save/load', () => {
  const fz = new Featurizer();
  const docs = corpus();
  const table = trainPerceptron(fz, docs, { epochs: 20, seed: 3 });
  // The last weights (not averaged) fit the training data exactly.
  const raw = new NerTagger(fz, table);
  for (const d of docs) {
    const labels = raw.tagDocument(d.sentences.map((s) => s.forms));
    d.sentences.forEach((s, i) => assert.deepEqual(decodeLabels(labels[i]), decodeLabels(s.labels), s.forms.join(' ')));
  }
  // Averaged and saved: loads back with the same predictions as the averaged table in memory.
  const bytes = saveTable(table, 1, { test: true });
  const { header, table: loaded } = unpackWeights(bytes);
  assert.equal(header.meta?.test, true);
  const avg = table.averaged(1);
  const index = new HashIndex(avg.keys.length);
  avg.keys.forEach((k, i) => index.set(k, i));
  const inMemory = new NerTagger(fz, { index, weights: avg.weights });
  const tagger = new NerTagger(fz, loaded);
  let right = 0, all = 0;
  for (const d of docs) {
    const a = tagger.tagDocument(d.sentences.map((s) => s.forms));
    const b = inMemory.tagDocument(d.sentences.map((s) => s.forms));
    assert.deepEqual(a.map((x) => [...x]), b.map((x) => [...x]));
    d.sentences.forEach((s, i) => {
      const gold = decodeLabels(s.labels).map((x) => JSON.stringify(x));
      const pred = new Set(decodeLabels(a[i]).map((x) => JSON.stringify(x)));
      all += gold.length;
      right += gold.filter((g) => pred.has(g)).length;
    });
  }
  assert.ok(right / all >= 0.8, `${right}/${all}`);
  // Generalises to an unseen name in a seen frame.
  const out = tagger.tagDocument([['The', 'minister', 'Maria', 'Lind', 'arrived', 'in', 'Tartu', 'on', 'Monday', '.']]);
  const spans = decodeLabels(out[0]);
  assert.ok(spans.some((s) => s.type === 'PERSON' && s.start === 2), JSON.stringify(spans));
});

test('recase: lower, upper, title', () => {
  assert.deepEqual(recase(['The', 'man', 'of', 'Kyiv'], 'lower'), ['the', 'man', 'of', 'kyiv']);
  assert.deepEqual(recase(['The', 'man'], 'upper'), ['THE', 'MAN']);
  assert.deepEqual(recase(['the', 'man', 'of', 'kyiv'], 'title'), ['The', 'Man', 'of', 'Kyiv']);
});

test('lowerSomeNames lower-cases whole names only, and leaves the input alone', () => {
  const forms = ['I', 'met', 'Anna', 'Berg', 'in', 'Varna', '.'];
  const labels = encodeSpans(forms.length, [{ start: 2, end: 4, type: 'PERSON' }, { start: 5, end: 6, type: 'GPE' }]);
  const all = lowerSomeNames(forms, labels, () => 0, 1);
  assert.deepEqual(all, ['I', 'met', 'anna', 'berg', 'in', 'varna', '.']);
  assert.equal(forms[2], 'Anna');
  assert.equal(lowerSomeNames(forms, labels, () => 0.99, 0.5), forms);
});

test('spreadNames tags later untagged occurrences of a name, not lower-case words or longer names', () => {
  const sents = [['Nasrallah', 'spoke', '.'], ['Later', 'Nasrallah', 'left', '.'], ['The', 'Nasrallah', 'Foundation', 'and', 'nasrallah', '.']];
  const labels = sents.map((s) => new Uint8Array(s.length));
  labels[0][0] = encodeSpans(1, [{ start: 0, end: 1, type: 'PERSON' }])[0];
  spreadNames(sents, labels);
  assert.deepEqual(decodeLabels(labels[1]), [{ start: 1, end: 2, type: 'PERSON' }]);
  assert.deepEqual(decodeLabels(labels[2]), []);
});

test('holderAfterOffice: the name after "Minister of <place>" is a person', () => {
  const forms = ['Prime', 'Minister', 'of', 'Israel', 'Bennett', 'spoke', 'in', 'Paris', 'Today', '.'];
  const labels = encodeSpans(forms.length, [{ start: 3, end: 4, type: 'GPE' }, { start: 7, end: 8, type: 'GPE' }]);
  holderAfterOffice(forms, labels);
  assert.deepEqual(decodeLabels(labels), [{ start: 3, end: 4, type: 'GPE' }, { start: 4, end: 5, type: 'PERSON' }, { start: 7, end: 8, type: 'GPE' }]);
});

/** Runs a label repair on a space-tokenised sentence with spans given as [start, end, type]. */
function repair(s: string, spans: [number, number, Span['type']][], fn: (forms: string[], labels: Uint8Array) => void): string[] {
  const forms = s.split(' ');
  const labels = encodeSpans(forms.length, spans.map(([start, end, type]) => ({ start, end, type })));
  fn(forms, labels);
  return decodeLabels(labels).map((sp) => `${sp.type}:${forms.slice(sp.start, sp.end).join(' ')}`);
}

test('namesAfterHonorifics: untagged names after a form of address or an office noun are persons', () => {
  const tag = (s: string): string[] => repair(s, [], (f, l) => namesAfterHonorifics(f, l));
  assert.deepEqual(tag('foreign affairs spokesman Sir Menzies Campbell said so .'), ['PERSON:Menzies Campbell']);
  assert.deepEqual(tag('Mr Justice Forbes ruled .'), ['PERSON:Forbes']);
  assert.deepEqual(tag('the spokesman Menzies Campbell said so .'), ['PERSON:Menzies Campbell']);
  // Negative: one word after a lower-case office noun, a day, a place-like end, a title, a
  // name that goes on with a capitalised word, and lower-case "mr".
  assert.deepEqual(tag('the leader Labour said .'), []);
  assert.deepEqual(tag('the foreign minister Monday said .'), []);
  assert.deepEqual(tag('the minister Downing Street said .'), []);
  assert.deepEqual(tag('Mr President , welcome .'), []);
  assert.deepEqual(tag('Mr Smith Jones Brown Green spoke .'), []);
  assert.deepEqual(tag('mr smith spoke .'), []);
});

test('namesAfterHonorifics leaves names the model tagged alone', () => {
  const forms = ['Sir', 'Menzies', 'Campbell', 'spoke', '.'];
  const labels = encodeSpans(forms.length, [{ start: 0, end: 3, type: 'ORG' }]);
  namesAfterHonorifics(forms, labels);
  assert.deepEqual(decodeLabels(labels), [{ start: 0, end: 3, type: 'ORG' }]);
});

test('splitAfterCountry: a place span glued to a country name by title case is cut after it', () => {
  // Categories as bits: COUNTRY 1, CAPITAL 4, PLACE 8.
  const gaz = new Gazetteer({ version: 1, entries: { ukraine: 1, georgia: 1, 'papua new guinea': 9, papua: 8, kherson: 8 } });
  const run = (s: string, type: 'GPE' | 'LOC'): string[] => repair(s, [[0, s.split(' ').length, type]], (f, l) => splitAfterCountry(f, l, gaz));
  assert.deepEqual(run('Ukraine Cede Kherson', 'LOC'), ['GPE:Ukraine', 'LOC:Kherson']);
  // Negative: a known phrase, a place's own ending, "of", a known word after the country.
  assert.deepEqual(run('Papua New Guinea', 'GPE'), ['GPE:Papua New Guinea']);
  assert.deepEqual(run('Georgia Avenue', 'LOC'), ['LOC:Georgia Avenue']);
  assert.deepEqual(run('Ukraine of Kherson', 'LOC'), ['LOC:Ukraine of Kherson']);
  assert.deepEqual(run('Ukraine Kherson Region', 'LOC'), ['LOC:Ukraine Kherson Region']);
  assert.deepEqual(run('Ukraine Cede', 'LOC'), ['LOC:Ukraine Cede']);
  assert.deepEqual(run('Palestine Contemporary Art Museum', 'LOC'), ['LOC:Palestine Contemporary Art Museum']);
});

test('knownAcronyms: untagged capitals the gazetteer knows only as an organisation', () => {
  // Categories as bits: COUNTRY 1, ORG 32.
  const gaz = new Gazetteer({ version: 1, entries: { g8: 32, afp: 32, usa: 1, un: 32, nato: 33 } });
  const run = (s: string): string[] => repair(s, [], (f, l) => knownAcronyms(f, l, gaz));
  assert.deepEqual(run('The G8 met and AFP reported it .'), ['ORG:G8', 'ORG:AFP']);
  // Negative: another reading (USA, NATO here), two capitals, lower case, an all-caps line.
  assert.deepEqual(run('The USA and NATO and the UN met Afp .'), []);
  assert.deepEqual(run('G8 LEADERS MEET AFP'), []);
});

test('placesBeforeAreaNouns: "the Aceh province", "Pakistan \'s Sindh province"', () => {
  const gaz = new Gazetteer({ version: 1, entries: { ukrainian: 2 } });
  const run = (s: string, spans: [number, number, Span['type']][] = []) => repair(s, spans, (f, l) => placesBeforeAreaNouns(f, l, gaz));
  assert.deepEqual(run('aimed at the Aceh province .'), ['GPE:Aceh']);
  assert.deepEqual(run('in Pakistan \'s Sindh province', [[1, 2, 'GPE']]), ['GPE:Pakistan', 'GPE:Sindh']);
  // Negative: a demonym, an adjective of a people, the sentence's first word alone, a title, lower case.
  assert.deepEqual(run('in the Ukrainian region .'), []);
  assert.deepEqual(run('of the entire Transnistrian region .'), []);
  assert.deepEqual(run('Aceh province was hit .'), []);
  assert.deepEqual(run('the Minister region'), []);
  assert.deepEqual(run('in the northern region .'), []);
});

test('placeLists: a list with more places than persons is a list of places', () => {
  const gaz = new Gazetteer({ version: 1, entries: { jack: 128 } });
  const run = (s: string, spans: [number, number, Span['type']][]) => repair(s, spans, (f, l) => placeLists(f, l, gaz));
  assert.deepEqual(
    run('Vorzel , Bucha , Velyka Dymerka , Mariupol , Irpin and Popasna .', [[0, 1, 'PERSON'], [2, 3, 'GPE'], [4, 6, 'PERSON'], [9, 10, 'GPE'], [11, 12, 'GPE']]),
    ['GPE:Vorzel', 'GPE:Bucha', 'GPE:Velyka Dymerka', 'GPE:Mariupol', 'GPE:Irpin', 'GPE:Popasna'],
  );
  // Negative: more persons, an organisation in the list, a known first name, the first word, offices.
  assert.deepEqual(run('Bush , Blair , Chirac and Rome', [[0, 1, 'PERSON'], [2, 3, 'PERSON'], [4, 5, 'GPE'], [6, 7, 'GPE']]),
    ['PERSON:Bush', 'PERSON:Blair', 'GPE:Chirac', 'GPE:Rome']);
  assert.deepEqual(run('Kyiv , Lviv , Oxfam and Odesa', [[0, 1, 'GPE'], [2, 3, 'GPE'], [4, 5, 'ORG']]), ['GPE:Kyiv', 'GPE:Lviv', 'ORG:Oxfam']);
  assert.deepEqual(run('from France , Germany and Jack Straw', [[1, 2, 'GPE'], [3, 4, 'GPE'], [5, 7, 'PERSON']]), ['GPE:France', 'GPE:Germany', 'PERSON:Jack Straw']);
  assert.deepEqual(run('Yes , Moldova and Georgia', [[2, 3, 'GPE'], [4, 5, 'GPE']]), ['GPE:Moldova', 'GPE:Georgia']);
  assert.deepEqual(run('Belgium , Spain and Prime Minister', [[0, 1, 'GPE'], [2, 3, 'GPE']]), ['GPE:Belgium', 'GPE:Spain']);
});

test('typesByHead: bodies are organisations, offices are no persons', () => {
  const gaz = new Gazetteer({ version: 1, entries: { 'soviet union': 9 } });
  const run = (s: string, spans: [number, number, Span['type']][]) => repair(s, spans, (f, l) => typesByHead(f, l, gaz));
  assert.deepEqual(run('the Queen \'s Lancashire Regiment', [[1, 5, 'GPE']]), ['ORG:Queen \'s Lancashire Regiment']);
  assert.deepEqual(run('in the Knesset', [[2, 3, 'GPE']]), ['ORG:Knesset']);
  assert.deepEqual(run('said a Department Spokesperson', [[2, 4, 'PERSON']]), []);
  // Negative: a country the gazetteer knows, a lower-case head, an ordinary name.
  assert.deepEqual(run('the Soviet Union', [[1, 3, 'GPE']]), ['GPE:Soviet Union']);
  assert.deepEqual(run('Kyiv police', [[0, 2, 'GPE']]), ['GPE:Kyiv police']);
  assert.deepEqual(run('Jack Straw spoke', [[0, 2, 'PERSON']]), ['PERSON:Jack Straw']);
  assert.deepEqual(run('in the Oval Office today', [[2, 4, 'GPE']]), ['GPE:Oval Office']);
});

test('bodiesAfterThe: "the Pension Fund", "the Security Service" in running text', () => {
  const gaz = new Gazetteer({ version: 1, entries: { 'west bank': 8 } });
  const run = (s: string, spans: [number, number, Span['type']][] = []) => repair(s, spans, (f, l) => bodiesAfterThe(f, l, gaz));
  assert.deepEqual(run('together with the Pension Fund and other bodies'), ['ORG:Pension Fund']);
  assert.deepEqual(run('paid by the Pension Fund of Ukraine to people'), ['ORG:Pension Fund']);
  // Negative: a place the gazetteer knows, one word, no head noun, a title-case line, a tagged name.
  assert.deepEqual(run('settlers in the West Bank were moved'), []);
  assert.deepEqual(run('the Fund was asked for more'), []);
  assert.deepEqual(run('with the Prime Minister and the people'), []);
  assert.deepEqual(run('The Pension Fund Pays Out'), []);
  assert.deepEqual(run('it is the Security Service at work', [[3, 5, 'PERSON']]), ['PERSON:Security Service']);
  // A head noun and what it is for: "the Commission for Africa", "the Department of Work and Pensions".
  assert.deepEqual(run('a meeting of the Commission for Africa in Cape Town', [[6, 7, 'LOC']]), ['ORG:Commission for Africa']);
  assert.deepEqual(run('a letter from the Department of Work and Pensions said so'), ['ORG:Department of Work and Pensions']);
  // Negative: a lower-case word or a day after the preposition.
  assert.deepEqual(run('the Commission for the first time agreed'), []);
  assert.deepEqual(run('the Council on Monday agreed'), []);
});

test('knownBodies: parties, houses and ministries the model missed or took for groups of people', () => {
  const run = (s: string, spans: [number, number, Span['type']][] = []) => repair(s, spans, knownBodies);
  assert.deepEqual(run('The Liberal Democrats and the Tories want the advice published', [[2, 3, 'NORP']]), ['ORG:Liberal Democrats', 'ORG:Tories']);
  assert.deepEqual(run('said the House of Lords on the matter', [[2, 3, 'ORG'], [4, 5, 'NORP']]), ['ORG:House of Lords']);
  assert.deepEqual(run('he addressed the Swedish Parliament on Monday', [[3, 4, 'NORP']]), ['ORG:Swedish Parliament']);
  assert.deepEqual(run('evidence obtained by MI5 while they were held'), ['ORG:MI5']);
  assert.deepEqual(run('to disconnect Russia from SWIFT and more', [[2, 3, 'GPE']]), ['GPE:Russia', 'ORG:SWIFT']);
  // Negative: the sentence's first word alone, a title-case line, inside a longer name, lower case.
  assert.deepEqual(run('Labour costs rose in the north last year'), []);
  assert.deepEqual(run('The Tories Win The Vote'), []);
  assert.deepEqual(run('they visited the Kremlin Palace on foot', [[3, 5, 'LOC']]), ['LOC:Kremlin Palace']);
  assert.deepEqual(run('the labour market and the senate of the club'), []);
  assert.deepEqual(run('a swift reply from the sas office'), []);
});

test('dropTitles: words before a title inside a person span go with it', async () => {
  const { dropTitles } = await import('./repairs.js');
  const run = (s: string, spans: [number, number, Span['type']][]) => repair(s, spans, dropTitles);
  assert.deepEqual(run('by Home Office Minister Lord Falconer and', [[2, 6, 'PERSON']]), ['PERSON:Falconer']);
  assert.deepEqual(run('Tory Shadow Chancellor Oliver Letwin said', [[0, 5, 'PERSON']]), ['PERSON:Oliver Letwin']);
  // Negative: a title word at the end is part of the name; a plain name stays.
  assert.deepEqual(run('Jack Lord said', [[0, 2, 'PERSON']]), ['PERSON:Jack Lord']);
  assert.deepEqual(run('Alastair McWhirter said', [[0, 2, 'PERSON']]), ['PERSON:Alastair McWhirter']);
});

test('campNames: "Camp Delta" is one place', () => {
  const run = (s: string, spans: [number, number, Span['type']][] = []) => repair(s, spans, campNames);
  assert.deepEqual(run('released from Camp Delta today', [[3, 4, 'PERSON']]), ['LOC:Camp Delta']);
  assert.deepEqual(run('has called Camp Delta a scandal'), ['LOC:Camp Delta']);
  // Negative: lower case, a longer tagged name, no capitalised word after it.
  assert.deepEqual(run('the camp Delta was'), []);
  assert.deepEqual(run('at Camp David Peace Park', [[1, 5, 'LOC']]), ['LOC:Camp David Peace Park']);
  assert.deepEqual(run('Camp is over'), []);
  // Air bases are places, radio stations bodies.
  assert.deepEqual(run('landed at RAF Northolt on Tuesday', [[2, 3, 'ORG'], [3, 4, 'PERSON']]), ['LOC:RAF Northolt']);
  assert.deepEqual(run('landed at RAF Northolt Base', [[2, 3, 'ORG'], [3, 5, 'LOC']]), ['ORG:RAF', 'LOC:Northolt Base']);
  assert.deepEqual(run('landed at RAF Northolt on Tuesday', [[3, 4, 'PERSON']]), ['LOC:RAF Northolt']);
  assert.deepEqual(run('the US-funded Radio Farda said', [[3, 4, 'PERSON']]), ['ORG:Radio Farda']);
  assert.deepEqual(run('on the radio Farda said'), []);
  assert.deepEqual(run('near RAF Fairford , Glos', [[1, 3, 'PERSON']]), ['LOC:RAF Fairford']);
});

test('namedByKind: a name beside a noun for a kind of body is that body', () => {
  const gaz = new Gazetteer({ version: 1, entries: { kyiv: 4, john: 128, russian: 2 } });
  const run = (s: string, spans: [number, number, Span['type']][] = []) => repair(s, spans, (f, l) => namedByKind(f, l, gaz));
  assert.deepEqual(run('director of civil rights group Liberty , has called for it'), ['ORG:Liberty']);
  assert.deepEqual(run('in the British newspaper the Independent , he said so'), ['ORG:Independent']);
  assert.deepEqual(run('According to Yonhap news agency , the talks failed'), ['ORG:Yonhap']);
  assert.deepEqual(run('he told the Guardian newspaper that it was over', [[3, 4, 'PERSON']]), ['ORG:Guardian']);
  assert.deepEqual(run('in an interview with The Times newspaper , published on Friday'), ['ORG:Times']);
  // Negative: places, a person with a known first name, an opener, a name that runs on, a
  // hyphenated or coordinated name, "group" after a name, and a title-case line.
  assert.deepEqual(run('the Kyiv newspaper said it was over'), []);
  assert.deepEqual(run('the company John Smith runs said so', [[2, 4, 'PERSON']]), ['PERSON:John Smith']);
  assert.deepEqual(run('This group does sound pretty interesting'), []);
  assert.deepEqual(run('the group Amnesty International Human Rights said so'), []);
  assert.deepEqual(run('the Lashkar - e - Toiba militant group was banned'), []);
  assert.deepEqual(run('his Monotheism and Holy War group was active'), []);
  assert.deepEqual(run('the Fizazi group in Tangiers was active'), []);
  assert.deepEqual(run('Russian Newspaper Says Kyiv Falls'), []);
  assert.deepEqual(run('from the group Fathers 4 Justice , said so'), []);
  assert.deepEqual(run('accountancy firm Ernst & Young urged him to act'), []);
  assert.deepEqual(run('a poll for the News of the World newspaper suggests it'), []);
});

test('shipsAreNoPersons: "HMS Chatham" is no person', () => {
  assert.deepEqual(repair('the frigate HMS Chatham arrived', [[2, 4, 'PERSON']], shipsAreNoPersons), []);
  // Negative: other types, and persons without a ship prefix.
  assert.deepEqual(repair('the frigate HMS Chatham arrived', [[2, 4, 'ORG']], shipsAreNoPersons), ['ORG:HMS Chatham']);
  assert.deepEqual(repair('Hans Chatham arrived', [[0, 2, 'PERSON']], shipsAreNoPersons), ['PERSON:Hans Chatham']);
});

test('noPossessiveOpeners: "Our Armed Forces" starts at "Armed"', () => {
  assert.deepEqual(repair('Our Armed Forces pleased us', [[0, 3, 'ORG']], noPossessiveOpeners), ['ORG:Armed Forces']);
  assert.deepEqual(repair('Our pleased us', [[0, 1, 'PERSON']], noPossessiveOpeners), []);
  // Negative: a name that does not start with a possessive.
  assert.deepEqual(repair('Ourense is a city', [[0, 1, 'GPE']], noPossessiveOpeners), ['GPE:Ourense']);
});

test('treatiesAreNoNames: treaties are no bodies or places', () => {
  assert.deepEqual(repair('under the Geneva Convention today', [[2, 4, 'ORG']], treatiesAreNoNames), []);
  assert.deepEqual(repair('sign the Kyoto protocol now', [[2, 3, 'GPE']], treatiesAreNoNames), []);
  // Negative: a place before other nouns, a person before "Pact" in lower case is still dropped only for places.
  assert.deepEqual(repair('talks in Kyoto protocol-free', [[2, 3, 'GPE']], treatiesAreNoNames), ['GPE:Kyoto']);
  assert.deepEqual(repair('the Geneva talks', [[1, 2, 'GPE']], treatiesAreNoNames), ['GPE:Geneva']);
  assert.deepEqual(repair('Smith protocol', [[0, 1, 'PERSON']], treatiesAreNoNames), ['PERSON:Smith']);
  assert.deepEqual(repair('the Terrorism Bill was passed', [[2, 3, 'PERSON']], treatiesAreNoNames), []);
  // "Bill" alone is a name unless "the Bill" or "Finance Bill".
  assert.deepEqual(repair('Thanks From Bill', [[2, 3, 'PERSON']], treatiesAreNoNames), ['PERSON:Bill']);
  assert.deepEqual(repair('and Bill said so', [[1, 2, 'PERSON']], treatiesAreNoNames), ['PERSON:Bill']);
});

test('knownOrgsNotPersons: "the Taliban" is an organisation, "Nasrallah announced" stays a person', () => {
  const gaz = new Gazetteer({ version: 1, entries: { taliban: 32, nasrallah: 32, smith: 16 | 32 } });
  const run = (s: string, spans: [number, number, Span['type']][]) => repair(s, spans, (f, l) => knownOrgsNotPersons(f, l, gaz));
  assert.deepEqual(run('controlled by the Taliban today', [[3, 4, 'PERSON']]), ['ORG:Taliban']);
  assert.deepEqual(run('Nasrallah announced it', [[0, 1, 'PERSON']]), ['PERSON:Nasrallah']);
  assert.deepEqual(run('said the Smith today', [[2, 3, 'PERSON']]), ['PERSON:Smith']);
});

test('peopleInBodyNames: "Muslim Council of Britain" is one organisation', () => {
  assert.deepEqual(repair('the Muslim Council of Britain urged', [[1, 2, 'NORP'], [2, 5, 'ORG']], peopleInBodyNames), ['ORG:Muslim Council of Britain']);
  // Negative: a ministry is not opened by a body head; a people's name before a person.
  assert.deepEqual(repair('the Russian Defence Ministry said', [[1, 2, 'NORP'], [2, 4, 'ORG']], peopleInBodyNames), ['NORP:Russian', 'ORG:Defence Ministry']);
  assert.deepEqual(repair('the Muslim Council said', [[1, 2, 'NORP'], [2, 3, 'PERSON']], peopleInBodyNames), ['NORP:Muslim', 'PERSON:Council']);
  assert.deepEqual(repair('The Muslim Council of Britain urged', [[2, 5, 'ORG']], peopleInBodyNames), ['ORG:Muslim Council of Britain']);
  assert.deepEqual(repair('Yesterday Council of Europe urged', [[1, 4, 'ORG']], peopleInBodyNames), ['ORG:Council of Europe']);
});

test('givenNamesBeforeSurnames: "As Azmat Begg arrived" takes the given name in', () => {
  const gaz = new Gazetteer({ version: 1, entries: { london: 4, tory: 32, labour: 32 } });
  const run = (s: string, spans: [number, number, Span['type']][]) => repair(s, spans, (f, l) => givenNamesBeforeSurnames(f, l, gaz));
  assert.deepEqual(run('As Azmat Begg arrived at the station', [[2, 3, 'PERSON']]), ['PERSON:Azmat Begg']);
  assert.deepEqual(run('from London , Azmat Begg said', [[4, 5, 'PERSON']]), ['PERSON:Azmat Begg']);
  // Negative: titles, ranks, known bodies, a word after a quotation mark, two capitalised words.
  assert.deepEqual(run('and Chancellor Brown said', [[2, 3, 'PERSON']]), ['PERSON:Brown']);
  assert.deepEqual(run('and Colonel Gaddafi said', [[2, 3, 'PERSON']]), ['PERSON:Gaddafi']);
  assert.deepEqual(run('the Labour Blair said', [[2, 3, 'PERSON']]), ['PERSON:Blair']);
  assert.deepEqual(run('he said " So Doug went', [[4, 5, 'PERSON']]), ['PERSON:Doug']);
  assert.deepEqual(run('in New Hampshire Smith said', [[3, 4, 'PERSON']]), ['PERSON:Smith']);
});

test('speakersAfterSaid: \'"...," said Iqbal Sacranie, secretary general\' names the speaker', () => {
  const gaz = new Gazetteer({ version: 1, entries: { concern: 128 | (1 << 15), brown: 256 | (1 << 15), amnesty: 128, 'amnesty international': 32 } });
  const run = (s: string) => repair(s, [], (f, l) => speakersAfterSaid(f, l, gaz));
  assert.deepEqual(run('" We want them back , " said Iqbal Sacranie , secretary general'), ['PERSON:Iqbal Sacranie']);
  assert.deepEqual(run('" It is over , " said Gordon Brown .'), ['PERSON:Gordon Brown']);
  // Negative: one word, a known body, a common word last, a day, no quotation or comma before.
  assert.deepEqual(run('" It is over , " said Blair .'), []);
  assert.deepEqual(run('" It is over , " said Amnesty International .'), []);
  assert.deepEqual(run('" It is over , " said Age Concern , which helps'), []);
  assert.deepEqual(run('" It is over , " said Tony Monday .'), []);
  assert.deepEqual(run('he said Iqbal Sacranie was right'), []);
});
