import type { Translator } from '../i18n/translate';
import { KIND_KEY } from '../vault/kind-keys';
import { kitKeys } from '../vault/kit-words';
import type { DisputeProblem } from './answers';
import type { EvidenceKindStatus } from './types';

/**
 * The dispute pack's own words around the draft (headings, labels, states) in the pack's language.
 * The draft's English sentences stay as they are; these are the words around them. In English every
 * key's text is the wording the pack has always had, byte for byte (tests/unit/dispute/english-unchanged).
 */

const PROBLEM_KEY = {
  'late-shipment': 'dispute.problem.lateShipment',
  'not-as-specified': 'dispute.problem.notAsSpecified',
  damaged: 'dispute.problem.damaged',
  'short-quantity': 'dispute.problem.shortQuantity',
  'not-received': 'dispute.problem.notReceived',
  'below-inspection-standard': 'dispute.problem.belowInspectionStandard',
} as const satisfies Record<DisputeProblem, string>;

/** "Goods arrived damaged; Fewer goods than ordered", or `none` when the buyer has not chosen yet. */
export function problemList(t: Translator, problems: readonly DisputeProblem[], none: string): string {
  return problems.map((p) => t.t(PROBLEM_KEY[p])).join('; ') || none;
}

/** "2 in the case", "not needed for this claim", "missing (needed)", "missing (helps)". */
export function kindState(t: Translator, k: Pick<EvidenceKindStatus, 'count' | 'need'>): string {
  if (k.count > 0) return t.plural('vault.kit.inCase', k.count);
  if (k.need === 'not-needed') return t.t('dispute.need.notNeeded');
  return t.t(k.need === 'needed' ? 'dispute.need.missingNeeded' : 'dispute.need.missingHelps');
}

/** A dispute document's name: the draft's English in an English pack, the buyer's words otherwise. */
export function kindName(t: Translator, k: Pick<EvidenceKindStatus, 'kind' | 'label'>): string {
  return t.language === 'en' ? k.label : t.render(kitKeys(k.kind).label);
}

/** A file's kind in the evidence list ("Chat with the supplier"), as the draft wrote it in English. */
export function fileKind(t: Translator, kind: keyof typeof KIND_KEY, english: string): string {
  return t.language === 'en' ? english : t.render({ key: KIND_KEY[kind] });
}
