import type { MessageKey } from '../../lib/i18n/keys';
import type { Translator } from '../../lib/i18n/translate';
import { KIND_KEY } from '../../lib/vault/kind-keys';
import type { CaptureMethod, EvidenceKind } from '../../lib/vault/schema/rows';

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
