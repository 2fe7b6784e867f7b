/**
 * "circa 12 m³ (solo indicativo); vincolante: 420 cartoni…", "approx. 12 CBM (for reference only), binding: …": a
 * rounded figure the writer marks as indicative, on a line that also says which figure binds, is not the promise.
 * The binding figure is, and it is checked on its own.
 */
import { regex } from './patterns';

const INDICATIVE = regex(
  String.raw`^[^;；.]{0,24}?[(（]?\s{0,2}(?:(?:for )?(?:reference|information)(?: only)?|indicative(?: only)?|(?:solo |puramente )?indicativ[oa]|(?:à titre |a título |a titolo )?(?:indicatif|indicativo|orientativo)|nur zur (?:Orientierung|Information)|unverbindlich|orientacyjn\p{L}{0,3}|справочно|ориентировочно|bilgi amaçlı|仅供参考|参考值|참고용|参考値)`,
  'iu',
);
const BINDING = regex(
  String.raw`\b(?:binding|vincolante|verbindlich|contractuel(?:le)?|vinculante|vinculativ[oa]|wiążąc\p{L}{0,3}|обязательн\p{L}{0,3}|bağlayıcı)\b|以此为准|为准`,
  'iu',
);

/** Whether the figure ending at `end` is marked indicative on a line that names the binding one. */
export function markedIndicative(line: string, end: number): boolean {
  return INDICATIVE.test(line.slice(end, end + 60)) && BINDING.test(line);
}
