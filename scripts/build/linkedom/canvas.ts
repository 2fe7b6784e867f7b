/**
 * linkedom's canvas: its own fallback, without the `require('canvas')` a bundled background cannot run
 * (there is no `require` in a service worker). A page's <canvas> is never read.
 */
class Canvas {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  getContext(): null {
    return null;
  }
  toDataURL(): string {
    return '';
  }
}

export default { createCanvas: (width: number, height: number) => new Canvas(width, height) };
