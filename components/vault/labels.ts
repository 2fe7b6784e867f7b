import type { CaptureMethod, EvidenceKind } from '../../lib/vault/schema/rows';

/** Short names for lists and selects; the long wording of each dispute document lives in KIND_GUIDANCE. */
export const KIND_LABEL: Record<EvidenceKind, string> = {
  contract: 'Contract / invoice',
  specification: 'Specification',
  design: 'Design files',
  inspection: 'Inspection report',
  communication: 'Communication',
  receipt: 'Signed receipt',
  'defect-media': 'Defect photos / video',
  other: 'Other',
};

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

export const CAPTURE_METHOD_LABEL: Record<CaptureMethod, string> = {
  screenshot: 'Screenshot',
  'chat-capture': 'Chat capture',
  'page-snapshot': 'Page snapshot',
  selection: 'Selected text',
  image: 'Saved image',
  link: 'Saved link',
  upload: 'Uploaded file',
  import: 'Imported from a pack',
};
