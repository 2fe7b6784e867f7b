import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * False alarms on precise technical lines that the independent spec probe R17 (stop 28) pointed to: shipping-mark
 * field lists, size breakdowns with TCX codes, AQL packing audits, neutral colours inside a finish or a tested
 * part, measured glass containers and artwork delivery specs. Lines of our own, clear and still-flagged, each with
 * the page it was modelled on.
 */
describeMechanismCases('stop 28: precise technical lines stay clear', loadCases('precise-stop28-cases.json'));
