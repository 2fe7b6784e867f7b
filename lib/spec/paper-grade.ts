/**
 * A paper or board named by its kind alone under a paper field: "Paper Type: Art Paper", "Paper: kraft", "纸张：铜版纸",
 * "Papier : couché". Art paper is sold from 105 to 400 g/m², kraft from 60 to 450: the kind says nothing of the
 * weight, which is what makes a box stiff or a card flimsy and what the price turns on. A grammage (gsm, g/m², 克,
 * แกรม), a caliper or a points figure in the value answers it. Paper named in a packing description ("each bowl in
 * a kraft paper sleeve, 5-ply carton …") is the packaging rule's to read and is left alone here.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { cjk, latinWords, regex, test } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';
import { wideGrammages } from './wide-measure';

const PAPER_LABEL = `(?:${latinWords([
  '(?:paper|board|card(?:board)?|stock)(?: (?:type|kind|material|grade))?',
  '(?:box|label|card|insert|tag|sleeve|cover) (?:paper|board|stock|material)',
  'material',
  'Papier(?:sorte|art)?',
  'Karton(?:sorte)?',
  'papel(?: tipo)?',
  'tipo de papel',
  'type de papier',
  'carta',
  'tipo di carta',
  'papier',
  'papier(?:soort)?',
  'kertas',
  'jenis kertas',
  'loại giấy',
  'giấy',
  'kağıt(?: türü)?',
])}|${cjk(['纸张', '纸质', '纸板', '纸', '用紙', '紙', '용지', '종이', 'กระดาษ'])})`;

/** The paper kinds whose weight varies across the whole range. */
const PAPER_KIND = `(?:${latinWords([
  '(?:C[12]S |glossy |matte? |coated )?art(?: paper| card| board)?',
  '(?:C[12]S|coated|uncoated|offset|woodfree|wood-free|bond|kraft|brown kraft|white kraft|duplex|triplex|ivory|grey|gray|white|folding box|FBB|SBS|GC[12]|GD[23]?|chipboard|cardboard|greaseproof|specialty|special|recycled|cotton|pearl|textured|fancy)(?: paper| board| card(?:board)?| stock)?',
  'Bilderdruck(?:papier)?',
  'Kraft(?:papier)?',
  'Chromokarton',
  'Graukarton',
  'couché',
  'papel (?:couché|kraft|estucado|offset|cartón)',
  'cartulina',
  'papier (?:couché|kraft|offset)',
  'carta (?:patinata|kraft|usomano)',
  'kertas (?:art(?: paper| carton)?|kraft|HVS|duplex|ivory)',
  'giấy (?:couché|kraft|ivory|duplex|art)',
])}|${cjk(['铜版纸', '双铜纸', '哑粉纸', '牛皮纸', '白卡纸?', '灰板纸?', '双胶纸', '胶版纸', '特种纸', '艺术纸', 'コート紙', 'マット紙', 'クラフト紙', '上質紙', '아트지', '스노우지', '크라프트지', 'กระดาษ(?:อาร์ต(?:การ์ด|มัน|ด้าน)?|คราฟท์|กล่องแป้ง)'])})`;

const LABEL_AT_END = regex(`${PAPER_LABEL}\\s{0,2}[:：]\\s*$`, 'iu');
const ONLY_A_KIND = regex(`^\\s*${PAPER_KIND}\\s*[.。]?\\s*$`, 'iu');

export const paperGradeDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause, line: string): Finding[] {
    // Under a material label the material rule reads the value already.
    if (clause.valueStart === 0 || clause.attribute === 'material') return [];
    const label = clause.text.slice(0, clause.valueStart);
    const value = clause.text.slice(clause.valueStart);
    // "Paper: art paper 250-400gsm": the kind with its weight left anywhere in a range a mill's ±5 % does not cover.
    // Under a weight label the weight rule reads the range already.
    if (clause.attribute !== 'weight' && (LABEL_AT_END.test(label) || test(PAPER_KIND, value))) {
      const wide = wideGrammages(value);
      if (wide.length > 0)
        return wide.map((m) =>
          vagueFinding('material', clause, {
            start: clause.valueStart + m.start,
            end: clause.valueStart + m.end,
            why: msg('spec.why.gradeRange'),
            fix: msg('spec.fix.gradeRange', { seen: m.text }),
          }),
        );
    }
    if (!LABEL_AT_END.test(label) || !ONLY_A_KIND.test(value)) return [];
    // "Paper: art paper, 157 gsm": the weight elsewhere on the line answers the kind.
    if (/\d\s{0,2}(?:gsm|g\s?\/\s?m|g\b|克|แกรม|グラム|그램|pt\b|mm\b|µm|micron)/iu.test(line)) return [];
    const range = tidyRange(clause.text, clause.valueStart, clause.text.length);
    return [
      vagueFinding('material', clause, {
        ...range,
        why: msg('spec.why.materialNoun'),
        fix: msg('spec.fix.material', { example: '157 gsm C2S art paper, matt, FSC-certified' }),
      }),
    ];
  },
};
