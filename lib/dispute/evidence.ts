import { type MsgParam, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { DISPUTE_KINDS, KIND_GUIDANCE } from '../vault/dispute-kit';
import { kitKeys } from '../vault/kit-words';
import type { ItemRow } from '../vault/schema/rows';
import type { DisputeProblem } from './answers';
import type { EvidenceEntry, EvidenceKindStatus, EvidenceNeed } from './types';

/**
 * The evidence list: every item of the case (kind, capture time, SHA-256),
 * then the seven documents the dispute form asks for, each marked needed /
 * helps / not needed for the problems chosen, and how to get what is missing
 * before the deadline.
 */
type Kind = (typeof DISPUTE_KINDS)[number];

const NEEDS: Record<DisputeProblem, Partial<Record<Kind, EvidenceNeed>>> = {
  'late-shipment': { contract: 'needed', communication: 'needed' },
  'not-as-specified': {
    contract: 'needed',
    specification: 'needed',
    'defect-media': 'needed',
    inspection: 'helps',
    design: 'helps',
    communication: 'helps',
  },
  damaged: {
    receipt: 'needed',
    'defect-media': 'needed',
    contract: 'helps',
    inspection: 'helps',
    communication: 'helps',
  },
  'short-quantity': {
    contract: 'needed',
    receipt: 'needed',
    'defect-media': 'needed',
    communication: 'helps',
  },
  'not-received': { contract: 'needed', communication: 'needed' },
  'below-inspection-standard': {
    inspection: 'needed',
    contract: 'needed',
    specification: 'helps',
    'defect-media': 'helps',
    communication: 'helps',
  },
};

const RANK: Record<EvidenceNeed, number> = { needed: 0, helps: 1, 'not-needed': 2 };

function needFor(kind: Kind, problems: readonly DisputeProblem[]): EvidenceNeed {
  let best: EvidenceNeed = 'not-needed';
  for (const p of problems) {
    const need = NEEDS[p][kind];
    if (need && RANK[need] < RANK[best]) best = need;
  }
  return problems.length === 0 ? 'helps' : best;
}

export function evidenceEntries(items: readonly ItemRow[]): EvidenceEntry[] {
  return items.map((item) => ({
    itemId: item.id,
    kind: item.kind,
    kindLabel: KIND_GUIDANCE[item.kind].label,
    fileName: item.fileName || '(unnamed)',
    capturedAt: item.capturedAt,
    sha256: item.sha256,
  }));
}

export function evidenceKinds(
  items: readonly ItemRow[],
  problems: readonly DisputeProblem[],
  /** The claim deadline's day, when one is open: what is missing must be got before it. */
  before: MsgParam | null,
): EvidenceKindStatus[] {
  return DISPUTE_KINDS.map((kind) => {
    const g = KIND_GUIDANCE[kind];
    const count = items.filter((i) => i.kind === kind).length;
    const need = needFor(kind, problems);
    const keys = kitKeys(kind);
    const toGetMsg =
      count > 0 || need === 'not-needed'
        ? null
        : before
          ? msg('disputeText.evidence.toGetBefore', { what: keys.whatToDo, day: before })
          : keys.whatToDo;
    // The kit's own words (lib/vault/dispute-kit.ts) in English; their catalog messages for the buyer's language.
    const toGet = toGetMsg && `${g.whatToDo}${before ? ` Do it before ${english.param(before)}.` : ''}`;
    return {
      kind,
      label: g.label,
      need,
      count,
      why: { text: g.why, source: g.source, textMsg: keys.why },
      toGet,
      ...(toGetMsg && { toGetMsg }),
    };
  }).sort((a, b) => RANK[a.need] - RANK[b.need]);
}
