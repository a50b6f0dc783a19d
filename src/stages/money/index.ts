/**
 * The money stage: amounts with their value and ISO 4217 currency, spans in the original text.
 * A bare `$` gets the publication's dollar (outlet or address country, else USD) and is marked
 * `currencyInferred`; the events stage may re-resolve it to the donor's currency with
 * `currencyForCountry`.
 */
import { toOriginal } from '../../model/offsets.js';
import type { Document, MoneyExpr } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { dollarForPublication } from './currencies.js';
import { findMoney } from './recognize.js';

export { currencyForCountry, dollarForPublication, countryForTld } from './currencies.js';
export { findMoney } from './recognize.js';
export type { MoneyMatch, MoneyOptions } from './recognize.js';

export function recogniseMoney(doc: Document): MoneyExpr[] {
  const dollar = dollarForPublication(doc.meta);
  const out: MoneyExpr[] = [];
  for (const m of findMoney(doc.clean.text, { dollar })) {
    const { start, end } = toOriginal(doc.clean, m.start, m.end);
    const e: MoneyExpr = { start, end, text: doc.text.slice(start, end), value: m.value, currency: m.currency };
    if (m.currencyInferred) e.currencyInferred = true;
    out.push(e);
  }
  return out;
}

export const moneyStage: Stage = {
  name: 'money',
  requires: ['tokens'],
  provides: ['money'],
  run(doc: Document, _ctx: StageContext): void {
    doc.money = recogniseMoney(doc);
  },
};
