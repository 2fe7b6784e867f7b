/**
 * A wide range under a field whose label carries the unit: "GSM: 400-600", "Thickness (mm): 0.3-3", "Size (cm):
 * 30-50", "克重：300-500". The value writes no unit, so the range readers of the size and weight rules (which find a
 * range by its unit) pass it by, yet the span leaves the piece as open as "30-50 cm" does. Cut-offs are those of
 * wide-measure.ts: a grammage beyond a mill's ±5 %, a length beyond 1.5 times, a coat in microns beyond 3 times. A
 * range the label or value says is covered ("Clamping range (mm): 20-32", "30-50 adjustable") is not one piece's size.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { sizeDetector } from './detect-size';
import type { AttributeDetector } from './detector';
import { vagueFinding } from './spec-finding';
import {
  HEDGE_BEFORE,
  isWideAreal,
  isWideHedged,
  isWideMicron,
  isWideRange,
  RANGE_NUM,
  RANGE_SEP,
  saysItCovers,
} from './wide-measure';

/** A grammage named as the field: "GSM:", "Fabric GSM:", "g/m²:", "克重：", "目付：". */
const AREAL_LABEL = /(?<![\p{L}\d])(?:GSM|g\/m²|g\/m2)(?![\p{L}\d])|克重|目付/iu;
/** A length unit in the label's bracket: "Thickness (mm):", "Size (cm):", "Plating thickness (µm):". */
const BRACKET_LENGTH = /[(（]\s{0,2}(mm|cm|m|inch(?:es)?|in|µm|μm|um|microns?)\s{0,2}[)）]/iu;
/**
 * A label naming what a machine or a fitting handles, not the piece's own size: "Cutting thickness (mm):", "Working
 * distance (mm):", "Compatible tube OD (mm):", "Clamping range (mm):". The range is then the span it works over.
 */
const WORKING_LABEL =
  /(?<![\p{L}])(?:cutting|cut|working|work|operating|operation|compatible|applicable|suitable|fits?|clamping|processing|machining|welding|drilling|measuring|measurement|adjustable|adjusting|capacity|range|span|schneid\p{L}*|Arbeits\p{L}*|passend\p{L}*|coupe|travail|compatible|corte|trabajo|compatível|taglio|lavoro)(?![\p{L}])|切割|加工|工作|适用|兼容|测量|夹持/iu;
/** The value opens with a bare range and writes no unit after it. */
const BARE_RANGE = new RegExp(
  `^\\s{0,3}(?:(${HEDGE_BEFORE.source.replace(/\\s\{0,2\}\$$/u, '')})\\s{0,2})?(${RANGE_NUM})${RANGE_SEP}(${RANGE_NUM})(?=\\s{0,2}(?:$|[,;，；(（]))`,
  'iu',
);

export const unitNamedFieldDetector: AttributeDetector = {
  attribute: 'size',
  detect(clause: Clause, line: string): Finding[] {
    if (clause.valueStart === 0 || clause.attribute === 'weight') return [];
    const text = clause.text;
    const label = text.slice(0, clause.valueStart);
    const areal = AREAL_LABEL.test(label);
    const length = areal ? undefined : BRACKET_LENGTH.exec(label)?.[1];
    if ((!areal && !length) || WORKING_LABEL.test(label)) return [];
    const value = text.slice(clause.valueStart);
    const range = BARE_RANGE.exec(value);
    if (!range || saysItCovers(`${label} ${value}`)) return [];
    const near = Number(range[2]!.replace(',', '.'));
    const far = Number(range[3]!.replace(',', '.'));
    if (!(near > 0)) return [];
    const micron = length !== undefined && /^(?:µm|μm|um|microns?)$/iu.test(length);
    const wide = areal ? isWideAreal : micron ? isWideMicron : isWideRange;
    if (!wide(near, far) && !(range[1] && isWideHedged(near, far))) return [];
    const start = clause.valueStart + range[0].length - range[0].trimStart().length;
    const end = clause.valueStart + range[0].length;
    const seen = text.slice(start, end);
    // "Plating thickness (µm): 0.3-3" may be told by the size rule already (a bare figure under a unit label).
    const at = { start: clause.start + start, end: clause.start + end };
    if (
      sizeDetector.detect(clause, line).some((f) => f.span && f.span.start < at.end && at.start < f.span.end)
    )
      return [];
    return [
      vagueFinding(areal ? 'weight' : 'size', clause, {
        start,
        end,
        why: msg('spec.why.measureRange'),
        fix: msg('spec.fix.measureRange', { seen }),
      }),
    ];
  },
};
