import { intlLocale } from '../../lib/i18n/format';
import type { Translator } from '../../lib/i18n/translate';
import { revealBidiControls, safeHttpUrl } from '../../lib/vault/escape-html';
import type { EvidenceKind } from '../../lib/vault/schema/rows';

/** "12 kB", "3,4 Mo", "999字节": decimal units, as file managers show them, in the buyer's language (Intl units). */
export function formatSize(t: Pick<Translator, 'language'>, bytes: number): string {
  const unit = (name: string, value: number, digits: number, display: 'long' | 'short' = 'short') =>
    new Intl.NumberFormat(intlLocale(t.language), {
      style: 'unit',
      unit: name,
      unitDisplay: display,
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);
  if (bytes < 1000) return unit('byte', bytes, 0, 'long');
  if (bytes < 1_000_000) return unit('kilobyte', Math.round(bytes / 1000), 0);
  if (bytes < 1_000_000_000) return unit('megabyte', bytes / 1_000_000, 1);
  return unit('gigabyte', bytes / 1_000_000_000, 2);
}

/** Enough of the hash to compare by eye; the full value goes in a title and the copy button. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}

/** Local time for reading, in the buyer's language; the stored ISO instant (UTC) stays available in a title attribute. */
export function formatCaptureTime(t: Pick<Translator, 'language'>, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(t.language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** Host of an http(s) URL with its safe href; other schemes (javascript:, data:) are shown as text only. */
export function describeSource(url: string): { host: string; href: string | undefined } {
  const href = safeHttpUrl(url);
  if (!href) return { host: url, href: undefined };
  return { host: new URL(href).host, href };
}

/** The kind a new file most likely is; the buyer can change it before adding. */
export function defaultKindForFile(file: Pick<File, 'type' | 'name'>): EvidenceKind {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  if (type.startsWith('image/') || type.startsWith('video/')) return 'defect-media';
  if (/\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?|mp4|mov|m4v|webm|avi|mkv|3gp)$/.test(name))
    return 'defect-media';
  if (type === 'application/pdf' || name.endsWith('.pdf')) return 'contract';
  return 'other';
}

/** One kind for a batch: the shared default when every file agrees, else "other". */
export function defaultKindForFiles(files: readonly Pick<File, 'type' | 'name'>[]): EvidenceKind {
  const kinds = new Set(files.map(defaultKindForFile));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : 'other';
}

/** "pi, Defect , pi" → ["pi", "defect"]: the vault normalises again, this only shapes the input. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** A file name as safe to read: bidi overrides shown as markers ("invoice[U+202E]gnp.exe"), never empty. */
export function displayFileName(t: Translator, fileName: string): string {
  return fileName ? revealBidiControls(fileName) : t.t('vault.item.noName');
}
