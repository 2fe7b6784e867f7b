import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the ninth real-modelled set revealed (tests/fixtures/spec/real-9/):
 * shoe size runs of a published system, qualifiers of a run, estimates on a
 * range of lengths, cartons times their filling, and Japanese part-colour labels
 * and counts per case — each on lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-9 mechanisms: food, cosmetics, toys, shoes and bags, lighting, PPE and imprints',
  loadCases('round-9-cases.json'),
);
