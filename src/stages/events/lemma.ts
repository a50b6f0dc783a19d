/**
 * Lemma look-up for trigger matching. The tagger's `token.lemma` wins; this fallback only exists
 * so that the stage works on documents whose tokens carry no lemma (hand-built tests, a tagger
 * that is not trained yet). It yields candidate lemmas, most likely first.
 */

/** Irregular past and participle forms of the verbs the lexicon cares about. */
const IRREGULAR: Record<string, string> = {
  met: 'meet', sent: 'send', gave: 'give', given: 'give', held: 'hold', spoke: 'speak', spoken: 'speak',
  made: 'make', took: 'take', taken: 'take', led: 'lead', sold: 'sell', struck: 'strike', stricken: 'strike',
  withdrew: 'withdraw', withdrawn: 'withdraw', fought: 'fight', threw: 'throw', thrown: 'throw', shot: 'shoot',
  began: 'begin', begun: 'begin', paid: 'pay', sought: 'seek', brought: 'bring', told: 'tell', said: 'say',
  won: 'win', lost: 'lose', kept: 'keep', left: 'leave', bought: 'buy', came: 'come', went: 'go', gone: 'go',
  saw: 'see', seen: 'see', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be', had: 'have',
  has: 'have', did: 'do', does: 'do', done: 'do', rose: 'rise', risen: 'rise', drove: 'drive', driven: 'drive',
  froze: 'freeze', frozen: 'freeze', forbade: 'forbid', forbidden: 'forbid', undertook: 'undertake',
  undertaken: 'undertake', overtook: 'overtake', beat: 'beat', beaten: 'beat', hit: 'hit', cut: 'cut',
  put: 'put', set: 'set', shut: 'shut', quit: 'quit', spread: 'spread', hurt: 'hurt', let: 'let',
  forgave: 'forgive', forgiven: 'forgive', broke: 'break', broken: 'break', stole: 'steal', stolen: 'steal',
  fled: 'flee', bound: 'bind', swore: 'swear', sworn: 'swear', upheld: 'uphold', overthrew: 'overthrow',
  overthrown: 'overthrow', shook: 'shake', shaken: 'shake', wrote: 'write', written: 'write', chose: 'choose',
  chosen: 'choose', flew: 'fly', flown: 'fly', blew: 'blow', blown: 'blow', hung: 'hang', laid: 'lay',
  arose: 'arise', arisen: 'arise', sank: 'sink', sunk: 'sink', slew: 'slay', slain: 'slay',
  strikes: 'strike', attacks: 'attack', allies: 'ally', crises: 'crisis', analyses: 'analysis',
  talks: 'talk', arms: 'arms', sanctions: 'sanction', negotiations: 'negotiation', hostilities: 'hostility',
  forces: 'force', troops: 'troop', weapons: 'weapon', drones: 'drone', data: 'data', news: 'news',
};

const VOWEL = /[aeiou]/;

/** Candidate lemmas of a lower-cased word form, most likely first (the form itself included). */
export function lemmaCandidates(lower: string): string[] {
  const out: string[] = [];
  const irr = IRREGULAR[lower];
  if (irr) out.push(irr);
  out.push(lower);
  const n = lower.length;
  if (n > 4 && lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  if (n > 4 && /(ss|sh|ch|x|z|o)es$/.test(lower)) out.push(lower.slice(0, -2));
  if (n > 3 && lower.endsWith('s') && !lower.endsWith('ss')) out.push(lower.slice(0, -1));
  if (n > 4 && lower.endsWith('ied')) out.push(lower.slice(0, -3) + 'y');
  if (n > 4 && lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    out.push(stem, stem + 'e');
    if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  if (n > 5 && lower.endsWith('ing')) {
    const stem = lower.slice(0, -3);
    if (VOWEL.test(stem)) {
      out.push(stem, stem + 'e');
      if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
    }
  }
  return out;
}

/** British spellings folded to the lexicon's spelling. */
const SPELLING: Record<string, string> = {
  criticise: 'criticize', recognise: 'recognize', mobilise: 'mobilize', apologise: 'apologize',
  authorise: 'authorize', organise: 'organize', defence: 'defense', jeopardise: 'jeopardize',
  demobilise: 'demobilize', legalise: 'legalize', penalise: 'penalize', nationalise: 'nationalize',
  militarise: 'militarize', neutralise: 'neutralize', finalise: 'finalize', harmonise: 'harmonize',
  stabilise: 'stabilize', destabilise: 'destabilize', normalise: 'normalize', prioritise: 'prioritize',
  criticism: 'criticism', labour: 'labor', programme: 'program', honour: 'honor',
};

export function foldSpelling(lemma: string): string {
  return SPELLING[lemma] ?? lemma;
}
