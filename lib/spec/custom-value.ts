/**
 * A value that is a menu ending in "or custom", or only "customisable": "Capacity: 30ml/50ml/100ml or custom",
 * "용량: 30ml/50ml/100ml 또는 주문제작", "目付：カスタマイズ可能", "Gramaje: personalizable". The listing offers to make
 * whatever is asked; the order still has to say which one is made, or the supplier picks. Read under fields no
 * attribute owns (capacity, fabric weight, voltage); under a size or weight label that rule reads it.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { customizationDetector } from './detect-customization';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

/** "customisable", "can be customized", "personnalisable", "カスタマイズ可能", "주문제작 가능", "可定制". */
const CUSTOMISABLE = anyOf(
  latinWords([
    'custom(?:i[sz]able)?',
    'custom[- ]made',
    'made to order',
    'can be custom(?:i[sz]ed)?',
    'OEM available',
    'personali[sz]able',
    'a medida',
    'sur mesure',
    'personnalisable',
    'anpassbar',
    'individuell',
    'auf Anfrage anpassbar',
    'personalizzabile',
    'su misura',
    'personalizável',
    'sob medida',
    'dostosowywan[ya]',
    'na zamówienie',
    'özelleştirilebilir',
    'özel üretim',
    'dapat disesuaikan',
    'bisa custom',
    'có thể tùy chỉnh',
    'theo yêu cầu',
  ]),
  scriptWords(['на заказ', 'под заказ', 'индивидуально']),
  cjk([
    'カスタマイズ(?:可能|可|対応)?',
    'カスタム(?:可能|可)?',
    '別注(?:可能|可)?',
    '주문\\s?제작(?:\\s?가능)?',
    '맞춤\\s?제작(?:\\s?가능)?',
    '커스텀(?:\\s?가능)?',
    '可定制',
    '可订做',
    '可订制',
    '支持定制',
    '定制',
  ]),
);
const OR = `(?:${latinWords(['or', 'o', 'ou', 'oder', 'ou', 'lub', 'veya', 'atau', 'hoặc', 'of'])}|또는|或者?|または|или)`;

/** The whole value: "customisable", or two or more options and then "or custom". */
const MENU_OR_CUSTOM = `^\\s*(?:[^,;:：]{1,40}?[/、,，]\\s{0,2}[^,;:：]{1,40}?\\s{0,2}${OR}\\s{0,2})?(?:${CUSTOMISABLE})\\s*[.。!]?\\s*$`;

export const customValueDetector: AttributeDetector = {
  attribute: 'customization',
  detect(clause: Clause, line: string): Finding[] {
    if (clause.valueStart === 0 || clause.attribute !== undefined) return [];
    // The customization rule's own cues ("or customized", "定制") are told once, by it.
    if (customizationDetector.detect(clause, line).length > 0) return [];
    const value = ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart);
    const found = findAll(MENU_OR_CUSTOM, value)[0];
    if (!found) return [];
    const range = tidyRange(clause.text, Math.max(found.start, clause.valueStart), found.end);
    const seen = clause.text.slice(range.start, range.end);
    return [
      vagueFinding('customization', clause, {
        ...range,
        why: msg('spec.why.alternatives'),
        fix: msg('spec.fix.alternatives', { seen }),
      }),
    ];
  },
};
