import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseActors, parseAgents, parseDictDate, parseRestriction } from './petrarch.js';
import { candidates, dateNum, findCountry, findCountryByDemonym, loadKb, roleValidAt, titleKey } from './actors.js';
import { acronymOf, foldKey, isAcronym, nameKey, titleCase } from './names.js';
import { compileKb, writeKb } from './compile.js';

const DICTS = '../shared/data/petrarch2-dictionaries';

test('dictionary dates: two-digit years and ranges', () => {
  assert.equal(parseDictDate('970502'), 19970502);
  assert.equal(parseDictDate('070627'), 20070627);
  assert.equal(parseDictDate('20090120'), 20090120);
  assert.deepEqual(parseRestriction('USAGOV 20090120-20170120'), { code: 'USAGOV', start: 20090120, end: 20170120 });
  assert.deepEqual(parseRestriction('TURGOV >030314'), { code: 'TURGOV', start: 20030314, end: 0 });
  assert.deepEqual(parseRestriction('GBRELI <970502'), { code: 'GBRELI', start: 0, end: 19970502 });
  assert.equal(parseRestriction('---'), undefined);
  assert.equal(parseRestriction('KORGOVBUS 2004017-20061201'), undefined, 'malformed dates are dropped');
});

test('actor records: synonyms, tab restrictions, inline codes and comments', () => {
  const text = [
    '# comment',
    'TONY_BLAIR_  # CountryInfo.txt',
    '+PRIME_MINISTER_TONY_BLAIR',
    '\t[GBRELI 710101-970502]',
    '\t[GBRGOV 970502-070627]',
    'IAEA_\t[IGOUNOIAE]# Intl Atomic Energy Agency',
    'JOHN_DOE_ ; old comment',
    '\t[USAGOV 450703-470121] [USAELI]',
  ].join('\n');
  const rs = parseActors(text);
  assert.equal(rs.length, 3);
  assert.equal(rs[0]!.phrase, 'TONY BLAIR');
  assert.deepEqual(rs[0]!.synonyms, ['PRIME MINISTER TONY BLAIR']);
  assert.equal(rs[0]!.codes.length, 2);
  assert.equal(rs[0]!.note, 'CountryInfo.txt');
  assert.deepEqual(rs[1]!.codes, [{ code: 'IGOUNOIAE', start: 0, end: 0 }]);
  assert.equal(rs[2]!.codes.length, 2);
});

test('agents: regular and irregular plurals, substitution sets', () => {
  const text = [
    '!MINIST! = MINISTER, MINISTRY',
    'LEGISLATOR [~LEG]',
    'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]',
    'POLICE {} [~COP]',
    '!MINIST!_OF_DEFENSE [~GOVMIL]',
  ].join('\n');
  const a = parseAgents(text);
  const m = new Map(a.map((x) => [x.phrase, x.code]));
  assert.equal(m.get('legislator'), 'LEG');
  assert.equal(m.get('legislators'), 'LEG');
  assert.equal(m.get('attorneys general'), 'GOVATG');
  assert.equal(m.get('police'), 'COP');
  assert.equal(m.get('minister of defense'), 'GOVMIL');
  assert.equal(m.get('ministry of defense'), 'GOVMIL');
});

test('name keys and acronyms', () => {
  assert.equal(nameKey('the U.S.'), 'us');
  assert.equal(nameKey('Carney\u2019s'), 'carney');
  assert.equal(foldKey('Erdoğan'), 'erdogan');
  assert.equal(titleCase('TONY BLAIR'), 'Tony Blair');
  assert.equal(titleCase("WOMEN'S FRONT"), "Women's Front");
  assert.equal(acronymOf('European Union'), 'EU');
  assert.equal(acronymOf('Institute for the Study of War'), 'ISW');
  assert.ok(isAcronym('U.S.') && isAcronym('G7') && !isAcronym('Kyiv'));
});

test('countries: names, aliases, demonyms the news uses', () => {
  assert.equal(findCountry('Britain')?.code, 'GBR');
  assert.equal(findCountry('U.S.')?.code, 'USA');
  assert.equal(findCountry('Turkey')?.code, 'TUR');
  assert.equal(findCountryByDemonym('American')?.code, 'USA', 'not the Northern Mariana Islands');
  assert.equal(findCountryByDemonym('Ukrainian')?.code, 'UKR');
  assert.equal(loadKb().candidates('Turkey')[0]!.name, 'Turkey');
});

test('candidates: aliases, spellings and a bare last name of an office holder', () => {
  assert.equal(candidates('Zelensky')[0]!.name, 'Volodymyr Zelenskyy');
  assert.equal(candidates('Zelenskiy')[0]!.name, 'Volodymyr Zelenskyy');
  assert.equal(candidates('Denis Shmygal')[0]!.name, 'Denys Shmyhal');
  assert.equal(candidates('EU')[0]!.name, 'European Union');
  assert.equal(candidates('kyiv')[0]!.name, 'Kyiv');
  assert.equal(candidates('Kiev')[0]!.name, 'Kyiv');
  const carney = candidates('Carney', '2025-08-24');
  assert.equal(carney[0]!.name, 'Mark Carney');
  assert.equal(carney[0]!.match, 'alias');
  const s = candidates('Blair', '2004-12-17');
  assert.equal(s[0]!.name, 'Tony Blair', 'the Blair in office at the date ranks first');
  assert.ok(Math.abs(s.reduce((a, c) => a + c.score, 0) - 1) < 0.01, 'scores sum to 1');
  assert.deepEqual(candidates('Qwzxv Nonexistent'), []);
});

test('dated roles: valid at one date and not at another', () => {
  const kb = loadKb();
  const med = kb.candidates('Dmitry Medvedev')[0]!;
  assert.equal(kb.rolesAt(med, '2010-06-01')[0]!.title, 'President');
  assert.equal(kb.rolesAt(med, '2025-08-24')[0]!.title, 'Deputy Chairman');
  const trump = kb.candidates('Donald Trump')[0]!;
  assert.ok(roleValidAt(trump.roles.find((r) => r.source === 'current')!, '2019-03-01'));
  assert.equal(kb.rolesAt(trump, '2022-03-01').filter((r) => r.source === 'current').length, 0, 'out of office under Biden');
  assert.deepEqual(kb.holders('Prime Minister', 'Canada', '2024-06-01').map((c) => c.name), ['Justin Trudeau']);
  assert.deepEqual(kb.holders('Prime Minister', 'Canada', '2025-08-24').map((c) => c.name), ['Mark Carney']);
  assert.deepEqual(kb.holders('premier', 'Canada', '2025-08-24').map((c) => c.name), ['Mark Carney'], 'premier is prime minister');
  assert.deepEqual(kb.holders('Secretary General', 'NATO', '2023-01-01').map((c) => c.name), ['Jens Stoltenberg']);
  const rutte = kb.candidates('Mark Rutte')[0]!;
  assert.equal(kb.affiliationAt(rutte, '2025-08-24').affiliation, 'NATO');
  assert.equal(kb.affiliationAt(rutte, '2020-01-01').affiliation, 'Netherlands');
  assert.equal(titleKey('Secretary of State'), 'foreign minister');
  assert.ok(dateNum('2025-07', true) > dateNum('2025-07-31') - 1);
});

test('organisations speak for countries; places lie in countries', () => {
  const kb = loadKb();
  assert.equal(kb.candidates('Kremlin')[0]!.country, 'Russia');
  assert.equal(kb.candidates('the White House')[0]!.country, 'United States');
  assert.equal(kb.countryOfPlace('Kherson'), 'Ukraine');
  assert.equal(kb.countryOfPlace('Kyiv'), 'Ukraine');
  assert.equal(kb.countryOfPlace('Alberta'), 'Canada');
});

test('compiled dictionaries are committed and load without ../shared', { skip: !loadKb().hasCompiled() }, () => {
  const kb = loadKb();
  assert.ok(kb.stats().persons > 10000);
  const karzai = kb.candidates('Hamid Karzai', '2005-01-01')[0];
  assert.ok(karzai, 'a PETRARCH-only person');
  assert.equal(karzai!.country, 'Afghanistan');
  assert.equal(kb.agentCode('legislators'), 'LEG');
});

test('compile from the shared dictionaries', { skip: !existsSync(DICTS) }, () => {
  const { kb } = compileKb('../shared/data');
  assert.ok(kb.actors.length > 20000);
  assert.ok(kb.places.some(([n, c]) => n === 'Luhansk' && c === 'UKR'));
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  const f = writeKb('../shared/data', dir);
  assert.equal(f.actors, kb.actors.length);
  const back = JSON.parse(gunzipSync(readFileSync(join(dir, 'kb-actors.json.gz'))).toString('utf8'));
  assert.equal(back.version, 1);
  assert.ok(JSON.parse(readFileSync(join(dir, 'kb-actors.manifest.json'), 'utf8')).command);
});

test('project facts are self-consistent: well-formed roles, names find themselves, one office holder', () => {
  const f = loadKb().selfCheck();
  assert.equal(f.roles_well_formed, 1);
  assert.equal(f.names_find_themselves, 1);
  assert.equal(f.one_office_holder, 1);
});
