import type { Msg } from '../i18n/msg';
import type { EvidenceKind } from './schema/rows';

/**
 * The long wording of each dispute document as message keys, so the side
 * panel and the pack's report say it in the buyer's language. KIND_GUIDANCE
 * (dispute-kit.ts) keeps the English for the command line and the sources.
 */
export interface KitKeys {
  label: Msg;
  why: Msg;
  whatToDo: Msg;
}

const KEY_BASE: Record<EvidenceKind, string> = {
  contract: 'contract',
  specification: 'specification',
  design: 'design',
  inspection: 'inspection',
  communication: 'communication',
  receipt: 'receipt',
  'defect-media': 'defectMedia',
  other: 'other',
};

export function kitKeys(kind: EvidenceKind): KitKeys {
  const base = `vault.kit.${KEY_BASE[kind]}`;
  // The keys exist for every kind (tests/unit/i18n checks every language has them).
  return {
    label: { key: `${base}.label` as Msg['key'] },
    why: { key: `${base}.why` as Msg['key'] },
    // The inspection fee is money: formatted in the buyer's language (no "$" may sit in a catalog).
    whatToDo:
      kind === 'inspection'
        ? { key: 'vault.kit.inspection.whatToDo', params: { fee: { minor: 30_000, currency: 'USD' } } }
        : { key: `${base}.whatToDo` as Msg['key'] },
  };
}
