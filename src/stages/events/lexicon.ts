/**
 * The predicate lexicon: trigger lemmas (verbs and nouns) mapped to a PLOVER type, a mode and the
 * way their participants are found. Written by the project from the PLOVER manual's definitions
 * and the CAMEO verb dictionary (petrarch2) through the CAMEO->PLOVER crosswalk; the compiled
 * table in models/events-lexicon.json (see compile.ts) adds CAMEO verbs this list lacks, at a
 * lower confidence.
 *
 * One line per entry:  POS lemma[,lemma...] TYPE[/mode] flag...
 *   POS   V verb, N noun, L support ("light") verb whose object noun names the event
 *   flags t:to,with  prepositions that mark the target      needT   no event without a target
 *         anyA       the actor may stay unknown              mutual  "A and B did X" -> A, B
 *         absorb     its complement clause is its content (no separate event inside)
 *         swap       the subject is the recipient; the actor is marked by from/by
 *         place      the target is the place it names (arrive in X, travel to X)
 *         ccompT     the target is the subject of its complement (demand that X ...)
 *         obj:a,b    only with one of these object lemmas (obj:- only without an object)
 *         next:a,b   a noun that counts only when one of these words follows it
 *         notobj:a,b never with one of these object lemmas    lightOnly  noun counts only under L
 *         pledgeNoun AID with money, else needs a target
 *         intr       intransitive: a name right after it is not its object
 *         xcomp      counts only with a to-infinitive ("need X to act")
 *         pass       counts only in a passive clause ("were held by the US"; "Britons held
 *                    at Guantanamo" describes them)
 *         stance     a noun said of its holder (is a proponent of X): the of-phrase is X
 *         st:S       pledge status the verb gives (announced, committed, allocated, delivered)
 *         cat:C      aid category (military, financial, humanitarian)
 */
import type { EventRecord, PloverType } from '../../model/types.js';

export type PledgeStatus = NonNullable<EventRecord['status']>;
export type AidCategory = NonNullable<EventRecord['category']>;

export interface Trigger {
  type: PloverType;
  mode?: string;
  pos: 'V' | 'N';
  lemma: string;
  tp: string[];
  needT: boolean;
  anyA: boolean;
  mutual: boolean;
  absorb: boolean;
  swap: boolean;
  place: boolean;
  ccompT: boolean;
  lightOnly: boolean;
  /** intransitive: a name after it is not its object */
  intr?: boolean;
  /** only a person does it ("Bush is coming to Europe"; troops "coming to" a town invade) */
  personA?: boolean;
  /** counts only with a to-infinitive for its object ("need the Lords to set up ...") */
  xcomp?: boolean;
  /** counts only in the passive ("were held by the US"; "held talks" is a meeting) */
  pass?: boolean;
  /** needs an object ("seize on the reports" seizes nothing) */
  needO?: boolean;
  /** counts only with this particle ("cracked down on") */
  prt?: string;
  /** counts only with a military modifier ("air defence systems") */
  militaryOnly?: boolean;
  /** pledge/commitment nouns: AID when they carry money, else they need a target */
  pledgeNoun?: boolean;
  /**
   * A stance noun said of someone ("X is a proponent of talks to bring Turkey in", "X, a critic
   * of the war"): its of-phrase is what it is about, never who holds it; the party is the first
   * name anywhere in that phrase.
   */
  stance?: boolean;
  obj?: string[];
  /** never with one of these object lemmas (strike a deal, seize the initiative) */
  notobj?: string[];
  status?: PledgeStatus;
  cat?: AidCategory;
  /** counts only under one of these prepositions ("on alert") */
  caseOnly?: string[];
  /** counts only when the next word is one of these ("calls for") */
  next?: string[];
  /** 1 for the hand lexicon, lower for compiled CAMEO entries. */
  weight: number;
}

export interface LightVerb {
  lemma: string;
  status?: PledgeStatus;
  /** The verb can turn money in its object into an AID pledge. */
  pledge: boolean;
  swap: boolean;
}

const LEXICON = `
# AGREE: promises, offers, signed agreements, future cooperation
V agree AGREE absorb mutual t:with,on
V pledge,promise,vow AGREE absorb st:committed t:to
V offer AGREE absorb st:committed t:to
V accept AGREE absorb
V endorse SUPPORT t:for
N agreement,deal,accord,treaty,memorandum,pact,protocol AGREE mutual needT t:with,between
N pledge,promise,commitment AGREE pledgeNoun t:to
# "stated readiness to support the reconstruction": an offer
N readiness,willingness AGREE lightOnly t:to
# CONSULT: meetings, visits, calls; the visitor is the actor, the host the target
V meet CONSULT/meet needT mutual t:with
V visit CONSULT/visit needT place
V arrive CONSULT/visit needT place intr
V travel,fly CONSULT/visit needT place t:to intr
V talk CONSULT/meet needT mutual t:with intr
V negotiate CONSULT/meet needT mutual t:with intr
V host CONSULT/visit needT swap
V phone,telephone CONSULT/phone needT
V contact CONSULT/phone needT obj:@entity
# "Bush is coming to Europe": a person's visit (troops or missiles "coming" are no visit)
V come CONSULT/visit needT place intr personA
# "addressed the Knesset", "addressed the Bundestag": a speech to a named body
V address CONSULT/meet needT obj:@entity,parliament,people,nation,congress,senate,assembly,lawmaker,legislator,deputy,parliamentarian,chamber,house
# "spoke to Bush on the telephone" ("spoke to the BBC" is an interview: see orgTo in extract.ts)
V speak CONSULT/meet needT t:with,to intr
V confer,consult CONSULT/meet needT t:with intr
V mediate CONSULT/third-party t:between intr
N talk,meeting,negotiation,consultation,discussion CONSULT/meet needT mutual t:with,between
N visit,trip CONSULT/visit needT place t:to
N conference CONSULT/meet needT t:with
N call CONSULT/phone needT t:with
N conversation CONSULT/phone needT t:with
# SUPPORT: praise, endorsement, verbal backing
V praise,hail,welcome,commend,applaud,laud,congratulate,thank SUPPORT t:for
V back,support SUPPORT
# "defended plans to end the embargo": verbal backing of an act (defending a town is no support)
V defend SUPPORT absorb obj:plan,decision,policy,move,record,stance,position,proposal,action,deal,agreement,law,measure,approach,strategy,choice,idea,right,bill,reform,step
# "paid tribute to X", "paid homage to X" (paying a bill or a price is not support)
V pay SUPPORT obj:tribute,homage t:to
# "sent X his congratulations" (under a giving verb only: "congratulations poured in" names no one)
N congratulation,tribute,condolence SUPPORT lightOnly t:to,on
V recognize SUPPORT obj:@entity
V ratify SUPPORT
N praise,endorsement SUPPORT t:for
N proponent,supporter,backer,advocate,champion SUPPORT stance t:of,for
N offer AGREE pledgeNoun t:to
# CONCEDE: verbal concessions, apologies, pardons
V concede CONCEDE absorb notobj:goal,penalty,point,corner,try,run,wicket,set,game,match,lead,seat,race t:to intr
V relent,accede,bow,capitulate CONCEDE absorb t:to intr
V apologize CONCEDE t:to intr
V pardon,forgive CONCEDE
V ease CONCEDE obj:restriction,rule,measure,curfew,ban,control
N concession,apology,pardon,amnesty CONCEDE t:to
# COOPERATE: material cooperation
V cooperate,collaborate,partner COOPERATE mutual t:with intr
N cooperation,collaboration,partnership COOPERATE mutual t:with,between
N production COOPERATE lightOnly
N exercise COOPERATE lightOnly mutual t:with
# AID: material aid, money, weapons, asylum
V aid,assist,fund,finance,arm,bankroll AID obj:@entity
V donate AID st:delivered t:to
N aid,assistance,funding,grant,loan AID t:to,for
N package AID lightOnly
N weapon,arms,ammunition,munition,missile,tank,drone,equipment,jet,shell,howitzer,artillery,rifle,gun,vehicle,aircraft,fighter,helicopter,launcher,interceptor,battery,rocket,mine AID/military lightOnly cat:military
N system AID/military lightOnly militaryOnly cat:military
N asylum AID/asylum t:to
# RETREAT: material de-escalation
V withdraw,retreat RETREAT/withdraw t:from intr
V release,free RETREAT/release obj:prisoner,hostage,detainee,captive,soldier,pow,prisoners-of-war,@person,man,woman,national,citizen,suspect,inmate,briton,journalist,activist,crew,sailor,fisherman,dissident
V disarm,demobilize RETREAT/disarm
V resign RETREAT/resign
N withdrawal,pullout,retreat RETREAT/withdraw t:from
N ceasefire,truce,armistice RETREAT/ceasefire lightOnly
N fire ASSAULT/firearms lightOnly t:on
# REQUEST: requests, appeals, demands
V ask,request,urge,appeal,demand,plead,petition,implore REQUEST absorb ccompT t:to,on
# "we need the House of Lords to set up a committee", "wants Russia to withdraw": a party named and asked to act
V need,want REQUEST absorb obj:@entity xcomp
# "say they want the publication of the legal advice": wanting a step taken is asking for it
V want,demand REQUEST absorb obj:publication,release,withdrawal,resignation,removal,return,lifting,inquiry,investigation,apology,ceasefire,referendum,explanation,assurance,guarantee,disclosure,retrial,probe,review
# "I invited him to visit our country": asking someone to come
V invite REQUEST/meet absorb obj:@person,@entity t:to
# "press the case for X" is advocacy, "press charges" a court matter: no one is asked
V press REQUEST absorb ccompT notobj:case,claim,charge,point,button,ahead,advantage,home,claims,bid t:to,on
V call REQUEST absorb needT t:on
N demand,request,appeal,plea REQUEST absorb t:for,to,on
# "joined calls for a probe", "renewed calls for talks": the noun asks only when "for" follows
N call REQUEST absorb next:for t:to,on
# ACCUSE: criticism, accusations, investigations
V accuse,condemn,criticize,denounce,blame,slam,decry,deplore,rebuke,censure,chastise,castigate,lambast,fault,reproach ACCUSE/disapprove t:for,over
V allege,sue ACCUSE/allege
V investigate,probe ACCUSE/investigate
N accusation,criticism,condemnation,allegation,rebuke ACCUSE/disapprove t:against,of
N critic ACCUSE/disapprove stance t:of
N investigation,probe,inquiry ACCUSE/investigate t:into
N lawsuit ACCUSE/allege t:against
# REJECT: refusals
V reject,refuse,decline,rebuff,veto,spurn,repudiate REJECT absorb
V deny REJECT/yield obj:access,entry,visa,request,permission,application,passage,asylum,overflight,landing,demand,appeal
# "the US government denied the claims": a denial of what it is accused of
V deny REJECT obj:claim,allegation,accusation,charge,report
V dismiss REJECT obj:proposal,plan,idea,offer,demand,call,suggestion,request,appeal,ultimatum,initiative
N refusal,rejection,veto,denial REJECT absorb
# THREATEN
V threaten THREATEN absorb
N threat,ultimatum THREATEN absorb t:to,against
# PROTEST: civilian collective action
V protest,riot,picket PROTEST/demo anyA t:against
V demonstrate PROTEST/demo anyA obj:- t:against
V boycott PROTEST/boycott
N protest,demonstration,rally,riot,boycott,walkout,sit-in PROTEST/demo t:against
# SANCTION: cutting relations, sanctions, expulsions
V sanction,embargo SANCTION
V expel SANCTION/expel t:from
V sever,cut,downgrade SANCTION/withdraw obj:tie,relation,link t:with
V disconnect SANCTION/discontinue obj:@entity t:from
V suspend,halt,freeze SANCTION/discontinue obj:aid,assistance,talk,negotiation,cooperation,relation,tie,funding,delivery,shipment,flight,link t:to,with,for
V recall SANCTION/withdraw obj:ambassador,envoy,diplomat
# "Europe has closed the sky to all Russian planes": shutting airspace or ports to a country
V close SANCTION/discontinue obj:airspace,sky,skies,port needT t:to,for
N sanction,embargo SANCTION t:on,against
# "imposed its arms ban on China": a ban on a named party ("a smoking ban" names none)
N ban SANCTION needT t:on,against
N expulsion SANCTION/expel
# MOBILIZE: force posture
V deploy,mobilize,mass,station MOBILIZE/troops t:to
V accumulate,amass,concentrate,gather MOBILIZE/troops obj:force,troop,soldier,unit,tank,equipment,weapon,group,battalion,brigade,army t:to
V reinforce MOBILIZE/troops notobj:unity,position,message,commitment,view,ties,relation,cooperation,belief,sense,resolve,idea,importance,point,argument,case,claim,need,role,image,support,effort,economy,perception,impression,stereotype,fear,concern,trust,confidence,solidarity,bond,partnership,link,value,principle,identity t:to
N deployment,mobilization,buildup MOBILIZE/troops
N troop,soldier,force,warship,battalion,brigade MOBILIZE/troops lightOnly
# COERCE: repression short of violence
V seize COERCE/seize needO notobj:initiative,opportunity,moment,chance,momentum,attention,headline,imagination
V confiscate,annex,occupy COERCE/seize
V arrest,detain,jail,imprison,intern COERCE/arrest
# "was sentenced to 14 years" (a jail term: "jailed for 14 years", see predicates.ts)
V sentence,convict SANCTION/convict obj:@person,man,woman,suspect,journalist,activist,blogger,dissident,opponent,leader,he,him,she,her,they,them
# "captured in Afghanistan": a person taken is arrested (a town captured is taken by force, below)
V hold COERCE/arrest pass obj:@person,prisoner,hostage,detainee,captive,man,woman,suspect,national,citizen,briton,journalist,activist
# "were questioned by anti-terror officers": an interrogation is an investigation ("questioned whether" is doubt: statements.ts)
V question,interrogate ACCUSE/investigate obj:@person,suspect,man,woman,detainee,prisoner,briton,national,citizen,member,he,him,she,her,they,them
V capture COERCE/arrest obj:@person,man,woman,suspect,national,citizen,briton,journalist,activist,leader,commander
V crack COERCE/restrict prt:down t:on
V deport COERCE/deport
V ban,prohibit,outlaw COERCE/restrict
V restrict COERCE/restrict notobj:ambition,growth,spending,choice,number,amount,size,scope,debate,use,budget,cost,price,increase,rise
V blockade COERCE/restrict
V censor COERCE/censor
V hack COERCE/cyber
N arrest,detention,seizure,annexation,occupation,blockade,curfew,crackdown COERCE
# ASSAULT: violence
V attack,raid,ambush,storm,invade ASSAULT t:on,against
V strike ASSAULT notobj:deal,agreement,balance,chord,note,tone,compromise,bargain,pose t:on,against
V bomb,airstrike ASSAULT/aerial
V drop ASSAULT/aerial obj:bomb,munition,shell,missile,explosive,payload t:on
V shell,bombard ASSAULT/heavy-weapons
V shoot ASSAULT/firearms t:at,on
V fire ASSAULT/firearms obj:missile,rocket,shell,shot,round,drone,weapon,artillery,salvo,bullet,projectile t:at,on
V launch ASSAULT obj:missile,rocket,drone,shell,projectile t:at,on,against
# "hit" is violence only against a place, a named party or a built thing ("hit the headlines" is not)
V hit ASSAULT obj:@entity,infrastructure,city,town,village,building,house,hospital,school,region,area,position,target,plant,facility,base,convoy,column,ship,vessel,depot,airport,airfield,station,bridge,district,neighbourhood,neighborhood,suburb,centre,center,port,home,site,warehouse,tower,settlement,camp,checkpoint,barracks,outpost,railway,refinery,substation t:on,against
V kill,massacre,slaughter,wound ASSAULT
V execute ASSAULT obj:@person,prisoner,hostage,soldier,civilian,activist,man,woman
V assassinate ASSAULT/targeted
V abduct,kidnap,hijack ASSAULT/abduct
V torture ASSAULT/torture
# demolishing homes (bulldozers, evictions) is repression of the people in them; a bridge destroyed is violence
V demolish COERCE/seize obj:home,house,building,dwelling,shelter,structure,settlement,village,camp
V destroy,demolish ASSAULT/destroy notobj:file,document,record,evidence,email,e-mail,data,paper,letter,tape,archive,copy,unity,trust,confidence,reputation,credibility,hope,relationship,relation,order,peace,economy,career,argument,myth,dream,future,chance,system,image,life
N destruction ASSAULT/destroy t:of
N standby MOBILIZE/troops
# "placed the army on high alert", "troops on alert": the posture, only under "on" ("an air raid alert" is a siren)
N alert MOBILIZE/troops caseOnly:on
N attack,strike,airstrike,air-strike,raid,assault,offensive,counteroffensive,counter-offensive,bombing,bombardment,shelling,ambush,killing,massacre,incursion,shootdown ASSAULT t:on,against,at
# "the Russian invasion of Ukraine": the of-phrase is the country invaded
N invasion ASSAULT t:of,on,against,into
# more verbs whose object decides (PLOVER manual definitions)
V lift,cancel,rescind,revoke CONCEDE obj:restriction,curfew,ban,emergency,measure,rule,control,law,decree
V lift RETREAT/ease obj:sanction,embargo,blockade,siege
V beat ASSAULT/beat obj:@person
V blow ASSAULT/destroy
V capture,recapture,retake ASSAULT t:from
V share COOPERATE obj:intelligence,information,evidence,expertise,data,technology mutual t:with
V extradite COOPERATE t:to
V complain ACCUSE/allege t:to,about intr
# "hit out at Blair over the war", "lashed out at the plans": criticism
V hit,lash ACCUSE/disapprove prt:out t:at,over intr
# PLOVER: summoning an ambassador is done to complain
V summon ACCUSE/disapprove obj:ambassador,envoy,diplomat,charge,chargé,attaché
V indict,charge ACCUSE/allege obj:@person
V oppose REJECT
V surrender RETREAT/disarm notobj:veto,right,power,claim,sovereignty,title,seat,lead,initiative,advantage,passport,privilege,say,vote,independence,licence,license t:to intr
V end SANCTION/withdraw obj:talk,negotiation,mediation,cooperation,relation,tie t:with,between
V upgrade,restore SUPPORT obj:tie,relation
V disperse COERCE obj:demonstrator,protester,crowd,protest,rally
V block PROTEST/obstruct anyA obj:road,street,highway,traffic,bridge,railway,roadway,route
V accept CONCEDE obj:demand,condition,term,ultimatum,resignation
`;

const LIGHT = `
commit committed pledge
pledge committed pledge
promise committed pledge
offer committed pledge
announce announced pledge
unveil announced pledge
allocate allocated pledge
earmark allocated pledge
approve allocated pledge
disburse delivered pledge
deliver delivered pledge
send delivered pledge
provide delivered pledge
give delivered pledge
supply delivered pledge
donate delivered pledge
transfer delivered pledge
ship delivered pledge
grant delivered pledge
hand delivered pledge
receive delivered pledge swap
get delivered pledge swap
sign
hold
reach
conclude
strike
agree
adopt
finalize
impose
add
extend
tighten
expand
launch
carry
conduct
stage
mount
intensify
make
issue
open
start
begin
resume
declare
state
express
confirm announced pledge
increase announced pledge
boost announced pledge
double announced pledge
triple announced pledge
establish
set
order
`;

export interface Lexicon {
  verbs: Map<string, Trigger[]>;
  nouns: Map<string, Trigger[]>;
  light: Map<string, LightVerb>;
}

function parseLine(line: string, weight: number): Trigger[] {
  const parts = line.trim().split(/\s+/);
  const [pos, lemmas, typeMode, ...flags] = parts;
  const [type, mode] = typeMode.split('/');
  const out: Trigger[] = [];
  for (const lemma of lemmas.split(',')) {
    const t: Trigger = {
      type: type as PloverType, pos: pos as 'V' | 'N', lemma, tp: [], needT: false, anyA: false, mutual: false,
      absorb: false, swap: false, place: false, ccompT: false, lightOnly: false, weight,
    };
    if (mode) t.mode = mode;
    for (const f of flags) {
      if (f.startsWith('t:')) t.tp = f.slice(2).split(',');
      else if (f.startsWith('obj:')) t.obj = f.slice(4).split(',');
      else if (f.startsWith('notobj:')) t.notobj = f.slice(7).split(',');
      else if (f.startsWith('st:')) t.status = f.slice(3) as PledgeStatus;
      else if (f.startsWith('cat:')) t.cat = f.slice(4) as AidCategory;
      else if (f.startsWith('caseOnly:')) t.caseOnly = f.slice(9).split(',');
      else if (f.startsWith('next:')) t.next = f.slice(5).split(',');
      else if (f.startsWith('prt:')) t.prt = f.slice(4);
      else if (f in t || f === 'pledgeNoun' || f === 'intr' || f === 'militaryOnly' || f === 'stance' || f === 'personA' || f === 'needO' || f === 'pass' || f === 'xcomp') (t as unknown as Record<string, boolean>)[f] = true;
    }
    out.push(t);
  }
  return out;
}

function add(map: Map<string, Trigger[]>, t: Trigger): void {
  const list = map.get(t.lemma);
  if (list) list.push(t);
  else map.set(t.lemma, [t]);
}

/** Entries compiled from CAMEO (models/events-lexicon.json): verb lemma -> type/mode. */
export interface CompiledEntry {
  lemma: string;
  type: PloverType;
  mode?: string;
  /** Share of the CAMEO patterns of this verb that fall into this type. */
  share: number;
}

export function buildLexicon(compiled: CompiledEntry[] = []): Lexicon {
  const verbs = new Map<string, Trigger[]>();
  const nouns = new Map<string, Trigger[]>();
  for (const line of LEXICON.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    for (const t of parseLine(line, 1)) add(t.pos === 'V' ? verbs : nouns, t);
  }
  const light = new Map<string, LightVerb>();
  for (const line of LIGHT.split('\n')) {
    const [lemma, status, ...rest] = line.trim().split(/\s+/);
    if (!lemma) continue;
    const lv: LightVerb = { lemma, pledge: rest.includes('pledge') || status === 'pledge', swap: rest.includes('swap'), };
    if (status && status !== 'pledge') lv.status = status as PledgeStatus;
    light.set(lemma, lv);
  }
  // Compiled CAMEO verbs only fill gaps: a hand entry always wins.
  for (const c of compiled) {
    if (verbs.has(c.lemma) || light.has(c.lemma)) continue;
    const t: Trigger = {
      type: c.type, pos: 'V', lemma: c.lemma, tp: ['to', 'with', 'against', 'on'], needT: true, anyA: false,
      mutual: false, absorb: false, swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.5 * c.share,
    };
    if (c.mode) t.mode = c.mode;
    add(verbs, t);
  }
  return { verbs, nouns, light };
}

/** Words that decide an AID category wherever they appear in the event's clause. */
export const CATEGORY_WORDS: Record<string, AidCategory> = {
  military: 'military', defense: 'military', defence: 'military', weapon: 'military', arms: 'military',
  ammunition: 'military', munition: 'military', drone: 'military', missile: 'military', tank: 'military',
  artillery: 'military', armament: 'military', security: 'military', 'air-defense': 'military',
  financial: 'financial', budget: 'financial', loan: 'financial', 'macro-financial': 'financial',
  macrofinancial: 'financial', economic: 'financial', fiscal: 'financial', credit: 'financial', grant: 'financial',
  humanitarian: 'humanitarian', relief: 'humanitarian', food: 'humanitarian', medicine: 'humanitarian',
  medical: 'humanitarian', shelter: 'humanitarian', refugee: 'humanitarian',
};

/** AID mode from its category (PLOVER AID modes: economic, military, humanitarian, asylum). */
export const AID_MODE: Record<AidCategory, string> = { military: 'military', financial: 'economic', humanitarian: 'humanitarian' };
