/**
 * Readers for the PETRARCH2 / TABARI dictionaries (see dictionaries.rst in the data folder):
 * actor files (a primary phrase, `+synonyms`, tab-indented `[CODE date-range]` restrictions or
 * inline codes) and the agents file (`PHRASE {plurals} [~CODE]`). Pure functions over the file
 * text; the compiler (./compile.ts) turns their output into the committed KB file.
 */

export interface ActorRestriction {
  code: string;
  /** YYYYMMDD as a number, 0 when open. */
  start: number;
  end: number;
}

export interface ActorRecord {
  /** Primary phrase with blanks (`TONY BLAIR`). */
  phrase: string;
  synonyms: string[];
  codes: ActorRestriction[];
  /** The file's comment on the primary line (`CountryInfo.txt` marks rulers). */
  note: string;
}

/** YYMMDD or YYYYMMDD -> YYYYMMDD; two-digit years up to 30 are 20xx (the files end ~2016). */
export function parseDictDate(s: string): number {
  if (/^\d{8}$/.test(s)) return Number(s);
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    return (yy <= 30 ? 20000000 : 19000000) + Number(s);
  }
  return NaN;
}

/** One `[...]` body: `CODE`, `CODE <date`, `CODE >date`, `CODE d1-d2`. Malformed dates make it open-ended. */
export function parseRestriction(body: string): ActorRestriction | undefined {
  const parts = body.trim().split(/\s+/);
  const code = parts[0];
  if (!code || code === '---') return undefined;
  const r: ActorRestriction = { code, start: 0, end: 0 };
  const when = parts.slice(1).join('');
  if (!when) return r;
  let m: RegExpMatchArray | null;
  if ((m = when.match(/^<(\d+)$/))) r.end = parseDictDate(m[1]!);
  else if ((m = when.match(/^>(\d+)$/))) r.start = parseDictDate(m[1]!);
  else if ((m = when.match(/^(\d+)-(\d+)$/))) {
    r.start = parseDictDate(m[1]!);
    r.end = parseDictDate(m[2]!);
  }
  if (Number.isNaN(r.start) || Number.isNaN(r.end)) return undefined;
  return r;
}

function phraseOf(s: string): string {
  return s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Parse an actor dictionary file into records, keeping the order of the file. */
export function parseActors(text: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const note = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    let line = hash >= 0 ? raw.slice(0, hash) : raw;
    const semi = line.indexOf(';');
    if (semi >= 0) line = line.slice(0, semi);
    if (!line.trim()) continue;
    const codes: ActorRestriction[] = [];
    for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
      const r = parseRestriction(m[1]!);
      if (r) codes.push(r);
    }
    const body = line.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
    if (/^\s/.test(line) && !body) {
      // A restriction line of the current record.
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (body.startsWith('+')) {
      if (cur) {
        const p = phraseOf(body.slice(1));
        if (p) cur.synonyms.push(p);
        cur.codes.push(...codes);
      }
      continue;
    }
    const p = phraseOf(body);
    if (!p) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { phrase: p, synonyms: [], codes, note };
    out.push(cur);
  }
  return out;
}

export interface AgentEntry {
  /** Lower-case phrase (`prime minister`, `legislators`). */
  phrase: string;
  /** Agent code without the tilde (`GOV`, `LEG`, `MIL`). */
  code: string;
}

/** Regular English plural as the agents file generates it. */
function pluralOf(w: string): string {
  if (/ss$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

/** Parse the agents file: phrases with their singular and plural forms and a role code. */
export function parseAgents(text: string): AgentEntry[] {
  const out: AgentEntry[] = [];
  const subst = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').replace(/<!--.*?-->/g, '').trim();
    if (!line) continue;
    const sm = line.match(/^!(\w+)!\s*=\s*(.+)$/);
    if (sm) {
      subst.set(sm[1]!, sm[2]!.split(',').map((x) => x.trim()).filter(Boolean));
      continue;
    }
    const cm = line.match(/\[([^\]]*)\]/);
    if (!cm) continue;
    const code = cm[1]!.replace(/[~}{\s]/g, '');
    if (!code) continue;
    const head = line.slice(0, cm.index).trim();
    const pl = head.match(/\{([^}]*)\}/);
    const phrase = head.replace(/\{[^}]*\}/, '').trim();
    if (!phrase) continue;
    const variants: string[] = [];
    const sub = phrase.match(/!(\w+)!/);
    if (sub && subst.has(sub[1]!)) {
      for (const v of subst.get(sub[1]!)!) variants.push(phrase.replace(`!${sub[1]}!`, v));
    } else {
      variants.push(phrase);
      if (pl) {
        for (const p of pl[1]!.split(/\s+/).filter(Boolean)) variants.push(p);
      } else {
        // Regular plurals are generated for every phrase (the file removed them).
        const words = phrase.replace(/_+$/, '').split('_');
        const last = words.pop()!;
        variants.push([...words, pluralOf(last.toLowerCase())].join('_'));
      }
    }
    for (const v of variants) {
      const p = phraseOf(v).toLowerCase();
      if (p && !p.includes('!')) out.push({ phrase: p, code });
    }
  }
  return out;
}
