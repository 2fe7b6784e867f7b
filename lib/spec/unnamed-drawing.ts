/**
 * A process or part held to "the drawing" when the line names none: "Machining: as per drawing", "All welding
 * according to drawing", "Bearbeitung: gemäß Zeichnung", "加工：按图纸". Which drawing, at which revision, is
 * what a dispute needs: a drawing changed after the order still "is the drawing". Read only when the reference
 * is the whole value (a measured tolerance beside it, "±0.05 mm unless stated on the drawing", is a spec), and
 * never when the line names the drawing by its number or file (the caller checks the line first).
 */

import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { DOC_BACKREF, UNDECIDED } from './reference-lexicon';

/**
 * What may stand beside the reference and still leave it the whole value: a few words, no figure. A remark in
 * brackets is words too: "(latest version)" says only that the drawing will be whatever it is when made.
 */
const LEFT_OVER = /^[\s\p{L}’'.,;:：/&()（）-]{0,40}$/u;
/** "rev. C", "revision B", "Index D": a lettered revision names one issue of the drawing. */
const REVISION_NAMED =
  /(?<!\p{L})(?:rev(?:ision)?|Index|révision|revisión|revisione|revisão)\.?\s{0,2}[:#]?\s{0,2}[A-Z](?![\p{L}\d])/u;
const WORDS = /[\p{L}’'-]+/gu;

export function unnamedDrawing(text: string, valueStart: number): { start: number; end: number }[] {
  const value = text.slice(valueStart);
  const refs = findAll(DOC_BACKREF, value);
  if (refs.length !== 1) return [];
  const ref = refs[0]!;
  const rest = `${value.slice(0, ref.start)} ${value.slice(ref.end)}`;
  if (!/\d/u.test(rest) && test(PENDING, rest))
    return [{ start: valueStart + ref.start, end: valueStart + ref.end }];
  // Chinese has no spaces between words: "按图纸加工" leaves two characters, one word.
  if (!LEFT_OVER.test(rest) || REVISION_NAMED.test(rest) || (rest.match(WORDS) ?? []).length > 3) return [];
  return [{ start: valueStart + ref.start, end: valueStart + ref.end }];
}

/**
 * What says the drawing does not exist yet: "tbc", "to follow", "not yet available", "folgt", "pendiente", "待提供",
 * "výkres bude upřesněn", "도면은 추후 확정". Right after the reference, a figure held to a drawing nobody has is held to
 * nothing; as the only remark beside a bare reference ("per drawing, drawing to be confirmed"), it leaves the
 * reference more open, not less.
 */
const PENDING = anyOf(
  UNDECIDED,
  latinWords([
    'to follow',
    'pending',
    'not (?:yet )?(?:available|ready|final(?:i[sz]ed)?|issued|approved|done)',
    '(?:will be|to be) (?:sent|provided|supplied|issued|shared|made)',
    'in progress',
    '(?:folgt|ausstehend|noch offen)',
    'noch nicht (?:verfügbar|freigegeben|vorhanden)',
    '(?:pendiente|por (?:enviar|definir|confirmar))',
    '(?:à venir|à suivre|en attente|à confirmer)',
    '(?:a seguir|a enviar|pendente)',
    '(?:da inviare|in arrivo|da confermare)',
    'bude (?:upřesněn|potvrzen|dodán|zaslán)\\p{L}{0,2}',
    'do (?:potwierdzenia|uzgodnienia|ustalenia)',
    'nog te bevestigen',
    'wordt (?:later )?bevestigd',
    'bekräftas senare',
    'sẽ (?:xác nhận|gửi) sau',
    'akan (?:dikonfirmasi|dikirim|disahkan)',
    'később',
  ]),
  scriptWords([
    'будет (?:уточн|соглас|предоставл)\\p{L}{0,3}',
    'буде (?:уточн|узгодж|надан)\\p{L}{0,3}',
    'بعداً',
    'بعدا',
    'لاحقا',
    'لاحقاً',
    'θα επιβεβαιωθεί',
  ]),
  cjk(['待定', '待确认', '待確認', '待提供', '后补', '后续提供', '未定', '未提供', '後日']),
  '추후|나중에',
);
/** "(drawing tbc)", " - the drawing will be sent", ", plano pendiente": the pending word right after the reference. */
const PENDING_AFTER = new RegExp(
  `^[\\s(（,，:：-]{0,4}(?:(?:the |our |der |el |le |o |il )?(?:drawings?|dwg|plans?|plano|dessin|desenho|disegno|Zeichnung(?:en)?|图纸)\\s{0,2}(?:is |are |will be |ist |est )?)?(?:${PENDING})`,
  'iu',
);

/** "tolerance as per drawing (drawing tbc)": the drawing referred to, then said not to exist yet. */
export function pendingDrawing(text: string, valueStart: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const ref of findAll(DOC_BACKREF, text.slice(valueStart))) {
    const start = valueStart + ref.start;
    const after = PENDING_AFTER.exec(text.slice(valueStart + ref.end, valueStart + ref.end + 40));
    if (!after) continue;
    let end = valueStart + ref.end + after[0].length;
    if (text[end] === ')' || text[end] === '）') end += 1;
    out.push({ start, end });
  }
  return out;
}
