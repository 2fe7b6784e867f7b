import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the independent spec probe R17 (stop 28, scored blind first) pointed to: safety, material and
 * environmental claims with nothing to check them against, subjective or relative wording, items left for later,
 * and precise technical lines that must stay clear. Lines of our own, positive and must-not-flag, each with the
 * page it was modelled on.
 */
describeMechanismCases(
  'stop 28: claims, relative wording, deferred items',
  loadCases('claims-stop28-cases.json'),
);
