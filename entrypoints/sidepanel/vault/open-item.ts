import { viewableType } from '../../../lib/vault/mime';
import { safeFileName } from '../../../lib/vault/pack-format';
import type { ItemRow } from '../../../lib/vault/schema/rows';
import { download } from './save-file';

/**
 * Opens an item's stored bytes. Only an exact allow-list of types (images,
 * video, audio, PDF, plain text; lib/vault/mime.ts) is shown in a tab, typed
 * exactly as the allow-list says. Anything else (HTML page snapshots, SVG,
 * XML, JSON, a type nobody can parse) is saved as a download: rendered from a
 * blob: URL it would run a stranger's markup in the extension's own origin.
 */
export function openItemBytes(
  item: Pick<ItemRow, 'mimeType' | 'fileName' | 'kind'>,
  bytes: Blob,
): 'shown' | 'downloaded' {
  const type = viewableType(item.mimeType);
  if (type) {
    openBlob(new Blob([bytes], { type }));
    return 'shown';
  }
  // application/octet-stream: the browser saves it and renders nothing.
  const name = safeFileName(item.fileName, item.mimeType, item.kind);
  download(new Blob([bytes], { type: 'application/octet-stream' }), name);
  return 'downloaded';
}

function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
