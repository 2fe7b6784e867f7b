/**
 * A property's level left to a picture: "Tension: light / medium / heavy as picture", "Stärke: wie auf dem Bild",
 * "Dureza: como la foto", "Độ dày: như hình", "强度：如图", "硬さ：写真の通り". A photo shows how a product looks, not how
 * hard, strong, thick or tight it is; the level the buyer pays for is whatever the supplier says the photo meant.
 * Read only under a label no other rule owns (a colour, size, material or packing "as picture" is told by that
 * attribute's rule) and not under a label of looks ("Design:", "Style:", "Shape:"), where the picture is the
 * description of what it shows.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

/** "as (in the) picture", "wie auf dem Bild", "como en la foto", "如图": the listing's picture as the reference. */
const PICTURE_REF = anyOf(
  latinWords([
    '(?:as|like|same as|similar to|according to|refer to|see|per) (?:per |in |on |the |our |your |shown in |showed in |attached |listing )*(?:pictures?|photos?|images?|pics?)',
    'as shown',
    'wie (?:auf |im |in )?(?:dem |den )?(?:Foto|Bild|Bildern|Abbildung)',
    '(?:laut|nach|gemäß|siehe) (?:Foto|Bild|Abbildung)',
    'como (?:en |se ve en |se muestra en |na |mostrado na |em )?(?:la |a )?(?:foto|imagen|imagem|figura)',
    '(?:según|conforme|ver|veja) (?:la |a )?(?:foto|imagen|imagem)',
    "comme (?:sur |dans |indiqué sur )?(?:la |l[’'])?(?:photo|image)",
    "(?:voir|selon) (?:la |l[’'])?(?:photo|image)",
    "(?:come|vedi) (?:da |in |nella |nell[’'])?(?:foto|immagine)",
    'jak na (?:zdjęciu|obrazku|fotografii)',
    '(?:zgodnie ze zdjęciem|patrz zdjęcie)',
    '(?:resimdeki|fotoğraftaki|görseldeki) gibi',
    'như (?:trong )?(?:hình|ảnh)',
    'theo (?:hình|ảnh)',
    '(?:sesuai|seperti(?: (?:di|pada))?|lihat) (?:gambar|foto)',
  ]),
  scriptWords([
    '(?:как|як) на (?:фото|картинке|изображении|фотографии|зображенні)',
    'см\\.? фото',
    'согласно фото',
  ]),
  cjk([
    '如图(?:所示)?',
    '見図',
    '见图',
    '同图(?:片)?',
    '(?:按|参考|参照|以)图片(?:为准)?',
    '跟图片一样',
    '(?:写真|画像)(?:の)?(?:通り|とおり|参照|のように)',
    '(?:사진|이미지)(?:과 같이|처럼|참조|과 동일|와 같이)',
  ]),
);

/** Labels of looks, where the picture is the description: design, style, shape, pattern, model, the item itself. */
const LOOKS_LABEL = anyOf(
  latinWords([
    'designs?',
    'styles?',
    'shapes?',
    'patterns?',
    'models?',
    'appearance',
    'looks?',
    'pictures?',
    'photos?',
    'images?',
    'items?',
    'products?',
    'details?',
    'diseño',
    'estilo',
    'forma',
    'modelo',
    'design',
    'Stil',
    'Form',
    'Modell',
    'Muster',
    'Aussehen',
    'modèle',
    'motif',
    'disegno',
    'modello',
    'wzór',
    'model',
    'kiểu(?: dáng)?',
    'mẫu',
    'desain',
  ]),
  cjk([
    '款式',
    '样式',
    '外观',
    '图案',
    '形状',
    '图片',
    'デザイン',
    'スタイル',
    '形状',
    '디자인',
    '스타일',
    '모양',
  ]),
);

/**
 * Labels of a property with a level: tension, strength, hardness, firmness, thickness, density, elasticity. Only these
 * are read: "Workmanship: like the photo" or "Lid: like the photo" are told by the rules of finish and parts.
 */
const LEVEL_LABEL = anyOf(
  latinWords([
    '\\p{L}*(?:tension|resistance|strength|hardness|firmness|thickness|density|elasticity|stiffness|softness|tightness|intensity|pressure|level|weight class)',
    'firm',
    '\\p{L}*(?:stärke|festigkeit|härte|dicke|dichte|spannung|elastizität|widerstand)',
    '(?:tensi[oó]n|resistencia|fuerza|dureza|firmeza|grosor|espesor|densidad|elasticidad|nivel)',
    '(?:tens[ãa]o|resist[êe]ncia|for[çc]a|dureza|firmeza|espessura|densidade|elasticidade|n[ií]vel)',
    '(?:tension|résistance|force|dureté|fermeté|épaisseur\\p{L}*|densité|élasticité|niveau)',
    '(?:tensione|resistenza|forza|durezza|spessore|densità|elasticità|livello)',
    '(?:napięcie|opór|wytrzymałość|twardość|grubość|gęstość|sprężystość|poziom)',
    '(?:gerginlik|direnç|dayanıklılık|sertlik|kalınlık|yoğunluk|esneklik|seviye)',
    '(?:độ (?:căng|cứng|dày|đàn hồi|bền)|lực căng|mức)',
    '(?:ketegangan|kekuatan|kekerasan|ketebalan|kepadatan|elastisitas|tingkat|level)',
  ]),
  scriptWords([
    '(?:натяжение|сопротивление|прочность|жёсткость|жесткость|твёрдость|твердость|толщина|плотность|упругость|уровень)',
  ]),
  cjk([
    '强度',
    '拉力',
    '阻力',
    '硬度',
    '软硬',
    '厚度',
    '密度',
    '弹力',
    '弹性',
    '张力',
    '級別',
    '级别',
    '強度',
    '硬さ',
    '厚さ',
    '密度',
    '弾力',
    '強さ',
    '張力',
    '강도',
    '경도',
    '두께',
    '밀도',
    '탄성',
    '장력',
  ]),
);

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example: 'resistance 5 / 10 / 15 kg at 100% stretch, Shore A 60 ±5, 2.0 mm ±0.1',
});
const CHEAP =
  /pic|photo|foto|image|imag|bild|shown|abbild|hình|ảnh|gambar|zdję|obraz|resim|görsel|фото|картин|изображ|зображ|图|写真|画像|사진|이미지/iu;

export const levelByPictureDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause): Finding[] {
    if (clause.valueStart === 0 || clause.attribute) return [];
    const text = clause.text;
    if (!CHEAP.test(text)) return [];
    const label = text.slice(0, clause.valueStart);
    if (!test(LEVEL_LABEL, label) || test(LOOKS_LABEL, label)) return [];
    // A measured level with the picture beside it ("Shore A 60 ±5, as shown") is told by its figure (red team, stop 56).
    if (/\d/u.test(text.slice(clause.valueStart))) return [];
    const ref = findAll(PICTURE_REF, text.slice(clause.valueStart))[0];
    if (!ref) return [];
    const range = tidyRange(text, label.search(/\S/u), text.length);
    return range.end > range.start
      ? [vagueFinding('performance', clause, { ...range, why: WHY, fix: FIX })]
      : [];
  },
};
