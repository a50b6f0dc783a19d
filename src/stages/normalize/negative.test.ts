/** Strings the normalize stage must leave exactly as they are. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from './index.js';

const UNCHANGED: [string, string][] = [
  ['real words that start like glue', 'He met Another envoy, Bethany Withers, who went to Portugal with Thatcher to Inform the United Kingdom.'],
  ['names that end in weak suffixes', 'In Berlin, Putin and Martin visited Poland, Finland and Toronto with Clinton, then the Kremlin.'],
  ['real words that end in strong suffixes', 'He said that Goodwill Industries was elsewhere. Meanwhile the talks went on. Elsewhere, calm.'],
  ['names that appear twice are not glued words', 'Officials from Goodwith said Goodwith was ready.'],
  ['common words that are also places', 'They ate turkey from fine china in a guinea pig cafe with chile and polish, wearing a jersey.'],
  ['capitals after sentence ends, colons and quotes', 'He said: The war goes on. "The end," she said. In March, The Hague ruled. Plan A is the one.'],
  ['function words before capitalised words (titles)', 'She read it in The Times and saw Gone With The Wind.'],
  ['a dollar sign not before a digit', 'Prices in $ terms and $x rose; US $ was flat.'],
  ['URLs and e-mail addresses', 'See https://example.com/kyiv.Report and mail kyiv@example.org.'],
  ['ordinary ASCII punctuation', "It's the \"end\" -- or not; (maybe) 4.3% and 1,200 people."],
  ['short lower-case words that are also codes', 'Let us go to the uk office; it is in us.'],
  ['names ending in a glue word whose stem is a common word', 'Just then, Justin Trudeau met Martin, and just in time Justin spoke.'],
  ['titles of works keep their capitals', 'He won for Not the End of the World, a remake of About a Boy, and sang Over and Over.'],
  ['place names that are common words', 'The reunion in manila envelopes was a success.'],
  ['a domain or brand with inner dots', 'He edits Halo.Bungie.Org and uses One.Tel daily.'],
  ['capitalised pronouns, letters and surnames', 'We ask for His forgiveness, name them A through I, and Brown and From were there.'],
  ['accented Latin that only looks like mojibake', 'Ma\u00df\u00b2, S\u00e3o Paulo, \u00c7a va, na\u00efve, \u00c9cole, \u00c0 la carte, \u00c5ngstr\u00f6m.'],
  ['angle brackets that are not tags', 'If a <b then x > y; mail <press@gov.ua> or <Reuters> and <<quoted>>.'],
  ['apostrophes and ampersands that are not entities', 'AT&T and R&D; Q&A &c.'],
];

for (const [name, t] of UNCHANGED) {
  test(`unchanged: ${name}`, () => {
    const r = normalizeText(t);
    assert.equal(r.clean.text, t);
    assert.deepEqual(r.repairs, []);
  });
}
