/**
 * Thai order lines name an attribute and give its value in one run of letters, with no colon: "ผ้าดี" (fabric good),
 * "สีตามแบบ" (colour as the design), "สีเหมือนรูป" (colour like the picture). The labelled forms ("สี: ตามแบบ") are read
 * by the attribute rules; these runs are read here, the noun and the value word side by side.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { colourFix } from './detect-color';
import type { AttributeDetector } from './detector';
import { vagueFinding } from './spec-finding';

/** Colour (สี) then "as/like the design, picture or sample", not a colour of its own ("สีดำ" is black). */
const COLOUR_AS_REFERENCE =
  /(?<![\u0E00-\u0E7F])สี(?:สินค้า)?\s{0,2}(?:ตาม|เหมือน(?:กับ)?)(?:ใน)?(?:แบบ|รูป(?:ภาพ)?|ภาพ|ตัวอย่าง)/gu;
/** Fabric or material (ผ้า, เนื้อผ้า, วัสดุ) then only "good", "very good", "good grade": praise where a fibre belongs. */
const MATERIAL_PRAISED =
  /(?<![\u0E00-\u0E7F])(?:เนื้อ)?(?:ผ้า|วัสดุ)\s{0,2}(?:คุณภาพ|เกรด)?\s{0,2}ดี(?:มาก|เยี่ยม)?(?![\u0E00-\u0E7F])/gu;

/**
 * "สีตามแบบ (Pantone 186 C)", "สีเหมือนตัวอย่างที่เซ็นรับ เลขที่ S-102": the design or sample is named by a colour code
 * or by its own number, so it can be fetched and laid beside the goods.
 */
const PINNED_REFERENCE =
  /\b(?:Pantone|PMS|RAL|NCS|TCX|TPX)\s{0,2}[A-Z]{0,3}[-\s]?\d|(?:ตัวอย่าง|แบบ)[\u0E00-\u0E7F\s]{0,30}(?:เลขที่|หมายเลข|รหัส|No\.?|#)\s{0,2}[A-Z]{0,4}[-‐]?\d{1,6}/u;

export const thaiUnlabelledDetector: AttributeDetector = {
  attribute: 'color',
  detect(clause: Clause): Finding[] {
    if (clause.attribute) return [];
    const text = clause.text;
    if (!/[\u0E00-\u0E7F]/u.test(text)) return [];
    const found: Finding[] = [];
    const pinned = PINNED_REFERENCE.test(text);
    for (const m of pinned ? [] : text.matchAll(COLOUR_AS_REFERENCE))
      found.push(
        vagueFinding('color', clause, {
          start: m.index,
          end: m.index + m[0].length,
          why: msg('spec.why.color'),
          fix: colourFix(m[0]),
        }),
      );
    for (const m of text.matchAll(MATERIAL_PRAISED))
      found.push(
        vagueFinding('material', clause, {
          start: m.index,
          end: m.index + m[0].length,
          why: msg('spec.why.materialPraise'),
          fix: msg('spec.fix.materialPraise'),
        }),
      );
    return found;
  },
};
