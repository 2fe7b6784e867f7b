/**
 * Joins screenshot strips top to bottom into PNG parts with OffscreenCanvas.
 *
 * Parts are cut at 16,000 px, not at the 32,767 px a canvas side may reach:
 * Chrome also caps a canvas's AREA (about 268 million pixels) and a 1,280 px
 * wide HiDPI strip at 32,767 px is already ~42 M px × 4 bytes = 168 MB of
 * bitmap plus the PNG encoder's copy, in a service worker that Chrome may
 * kill for memory. 16,000 px keeps one part near 80 MB at worst and still
 * holds ~20 screens of chat per image. Only the strips of the part being
 * built are held; finished parts are kept as compressed PNG blobs.
 */
export const PART_MAX_HEIGHT = 16_000;

export interface Strip {
  bitmap: ImageBitmap;
}

export class Stitcher {
  private current: ImageBitmap[] = [];
  private currentHeight = 0;
  readonly parts: Blob[] = [];

  constructor(private readonly maxHeight = PART_MAX_HEIGHT) {}

  /** Adds the next strip below the previous ones, closing the part first when it would grow too tall. */
  async add(bitmap: ImageBitmap): Promise<void> {
    if (this.currentHeight > 0 && this.currentHeight + bitmap.height > this.maxHeight) await this.flush();
    this.current.push(bitmap);
    this.currentHeight += bitmap.height;
  }

  /** Encodes the strips held so far as one PNG part. */
  async flush(): Promise<void> {
    if (this.current.length === 0) return;
    const width = Math.max(...this.current.map((b) => b.width));
    const canvas = new OffscreenCanvas(width, Math.min(this.currentHeight, this.maxHeight));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    let y = 0;
    for (const bitmap of this.current) {
      ctx.drawImage(bitmap, 0, y);
      y += bitmap.height;
      bitmap.close();
    }
    this.parts.push(await canvas.convertToBlob({ type: 'image/png' }));
    this.current = [];
    this.currentHeight = 0;
  }

  /** Frees what is held without encoding (after a failure). */
  discard(): void {
    for (const bitmap of this.current) bitmap.close();
    this.current = [];
    this.currentHeight = 0;
  }
}

/** The part of a viewport screenshot that shows the list's new rows, in image pixels. */
export function stripRegion(
  image: { width: number; height: number },
  list: { left: number; top: number; width: number; height: number; devicePixelRatio: number },
  newRowsCss: number,
): { sx: number; sy: number; sw: number; sh: number } | null {
  // The image's scale is measured, not assumed: zoom and HiDPI both change it.
  const scale = list.devicePixelRatio;
  const sx = Math.max(0, Math.round(list.left * scale));
  const top = Math.max(0, Math.round(list.top * scale));
  const bottom = Math.min(image.height, Math.round((list.top + list.height) * scale));
  const sw = Math.min(image.width - sx, Math.round(list.width * scale));
  const fresh = Math.min(bottom - top, Math.round(newRowsCss * scale));
  if (sw <= 0 || fresh <= 0) return null;
  return { sx, sy: bottom - fresh, sw, sh: fresh };
}
