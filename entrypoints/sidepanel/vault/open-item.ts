import type { ItemRow } from '../../../lib/vault/schema/rows';

/**
 * Types the browser may show as they are. Anything else (HTML page snapshots,
 * SVG, XML, scripts) is shown as plain text: a page snapshot opened as HTML
 * from a blob: URL would run a stranger's markup in the extension's origin.
 */
const SHOW_AS_IS = /^(image\/(png|jpeg|gif|webp|avif|bmp)|video\/|audio\/|application\/pdf|text\/plain)/i;

export function viewableBlob(item: Pick<ItemRow, 'mimeType'>, bytes: Blob): Blob {
  if (SHOW_AS_IS.test(item.mimeType))
    return bytes.type === item.mimeType ? bytes : new Blob([bytes], { type: item.mimeType });
  return new Blob([bytes], { type: 'text/plain;charset=utf-8' });
}

export function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
