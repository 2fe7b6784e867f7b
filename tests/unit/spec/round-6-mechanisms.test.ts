import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the sixth real-modelled set revealed (tests/fixtures/spec/real-6/):
 * packing facts, lead times, recorded events and "to be agreed" in Polish,
 * Russian, Japanese, Turkish and Vietnamese; colour labels in Turkish and
 * Vietnamese; estimates in more abbreviations ("aprox.", "env.", "zirka",
 * "多退少补"); lines of sales terms opened by an MOQ; order-form requests for
 * values; print labels in more languages; a lead time held in a colour field —
 * each on lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-6 mechanisms: purchase-order shorthand and five more languages',
  loadCases('round-6-cases.json'),
);
