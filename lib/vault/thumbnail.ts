import { blobToDataUrl } from './data-url';

/**
 * A small JPEG preview for the vault list, made with OffscreenCanvas so it
 * works in the service worker and in extension pages alike. The evidence
 * itself is never re-encoded: only this preview is. The vault refuses
 * thumbnails over 300 KB, so quality and width step down until it fits.
 */
const MAX_THUMBNAIL_CHARS = 300_000;
const ATTEMPTS = [
  { width: 480, quality: 0.72 },
  { width: 320, quality: 0.6 },
  { width: 200, quality: 0.5 },
];
/** Decoding a huge image only for a preview is not worth the memory. */
const MAX_SOURCE_BYTES = 40_000_000;

export async function makeThumbnail(image: Blob | ImageBitmap): Promise<string | undefined> {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  let bitmap: ImageBitmap | undefined;
  try {
    if (image instanceof Blob) {
      if (!image.type.startsWith('image/') || image.size > MAX_SOURCE_BYTES) return undefined;
      bitmap = await createImageBitmap(image);
    }
    const source = bitmap ?? (image as ImageBitmap);
    for (const { width, quality } of ATTEMPTS) {
      const scale = Math.min(1, width / source.width);
      const w = Math.max(1, Math.round(source.width * scale));
      // A very tall capture (a stitched chat) is cut to a 4:3-ish head: a preview, not the evidence.
      const h = Math.max(1, Math.min(Math.round(source.height * scale), Math.round(w * 1.5)));
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) return undefined;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(source, 0, 0, source.width, h / scale, 0, 0, w, h);
      const url = await blobToDataUrl(await canvas.convertToBlob({ type: 'image/jpeg', quality }));
      if (url.length <= MAX_THUMBNAIL_CHARS) return url;
    }
    return undefined;
  } catch {
    // An image the browser cannot decode still goes into the vault, only without a preview.
    return undefined;
  } finally {
    bitmap?.close();
  }
}
