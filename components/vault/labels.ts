import type { MessageKey } from '../../lib/i18n/keys';
import type { Translator } from '../../lib/i18n/translate';
import type { CaptureMethod, EvidenceKind } from '../../lib/vault/schema/rows';

/** Short names for lists and selects; the long wording of each dispute document is under "vault.kit.<kind>". */
const KIND_KEY: Record<EvidenceKind, MessageKey> = {
  contract: 'vault.kind.contract',
  specification: 'vault.kind.specification',
  design: 'vault.kind.design',
  inspection: 'vault.kind.inspection',
  communication: 'vault.kind.communication',
  receipt: 'vault.kind.receipt',
  'defect-media': 'vault.kind.defectMedia',
  other: 'vault.kind.other',
};

export const kindLabel = (t: Translator, kind: EvidenceKind) => t.render({ key: KIND_KEY[kind] });

/** A glyph shown when an item has no thumbnail, so a list of PDFs is still scannable. */
export const KIND_ICON: Record<EvidenceKind, string> = {
  contract: '📄',
  specification: '📐',
  design: '🎨',
  inspection: '🔍',
  communication: '💬',
  receipt: '🧾',
  'defect-media': '📷',
  other: '📎',
};

const METHOD_KEY: Record<CaptureMethod, MessageKey> = {
  screenshot: 'vault.method.screenshot',
  'chat-capture': 'vault.method.chatCapture',
  'page-snapshot': 'vault.method.pageSnapshot',
  selection: 'vault.method.selection',
  image: 'vault.method.image',
  link: 'vault.method.link',
  upload: 'vault.method.upload',
  import: 'vault.method.import',
};

export const methodLabel = (t: Translator, method: CaptureMethod) => t.render({ key: METHOD_KEY[method] });
