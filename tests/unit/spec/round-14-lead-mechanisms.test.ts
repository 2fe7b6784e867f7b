import '../../../lib/i18n/bundled-catalogs';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * A mechanism the independent spec probe R14 (stop 27, scored blind first) pointed to: a lead time or a report's
 * age counted from a named event — the approval of the pre-production sample (PPS), or back from the shipment — is
 * a date the buyer can hold; a bare duration is not. Lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-14 (lead): durations counted from a named event',
  loadCases('round-14-lead-cases.json'),
);
