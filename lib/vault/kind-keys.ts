import type { MessageKey } from '../i18n/keys';
import type { EvidenceKind } from './schema/rows';

/** Short names for lists and selects; the long wording of each dispute document is under "vault.kit.<kind>". */
export const KIND_KEY: Record<EvidenceKind, MessageKey> = {
  contract: 'vault.kind.contract',
  specification: 'vault.kind.specification',
  design: 'vault.kind.design',
  inspection: 'vault.kind.inspection',
  communication: 'vault.kind.communication',
  receipt: 'vault.kind.receipt',
  'defect-media': 'vault.kind.defectMedia',
  other: 'vault.kind.other',
};
