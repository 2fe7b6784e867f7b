/**
 * What a file is before it is read as text. The command line says "clean" only about text it could read:
 * a gzipped chat or an image read as text would come out with no findings, which a buyer takes for "no
 * request to pay outside". So compressed and binary files are refused by name, and UTF-16 saved without its
 * byte-order mark (every other byte NUL) is recognised, as browsers' encoding sniffers do.
 */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a gzip archive', [0x1f, 0x8b]],
  ['a ZIP archive (a dispute pack? use verify-pack)', [0x50, 0x4b, 0x03, 0x04]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['a PDF (export or copy its text first)', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an Excel or Word file of the old kind', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const HEAD = 8192;

/** The NUL pattern of UTF-16 text with no mark: ASCII letters leave a zero in every other byte. */
export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, HEAD) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Why these bytes are not text the command line can read, or null when they are (or may be) text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return name;
  if (utf16WithoutMark(bytes)) return null;
  const n = Math.min(bytes.length, HEAD);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, line feed, form feed, carriage return and escape occur in text; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > Math.max(2, n * 0.01) ? 'binary data, not text' : null;
}
