/**
 * An inspection that is only the supplier's own photos or video: "Inspection: we send photo and video, buyer can
 * check", "QC: photos before shipment", "Inspección: enviamos fotos y video", "验货：发照片视频确认". The supplier picks
 * which pieces face the camera; nothing is sampled, measured or judged against a limit, so the buyer cannot refuse
 * a lot on the pictures. Silent when the line names a sampling plan (AQL, ISO 2859), an inspector who is not the
 * supplier (SGS, BV, Intertek, QIMA, TÜV, third party, the buyer's own QC on site), or a live video inspection with
 * the buyer choosing the pieces.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';
import { INSPECTION_BODY_WORDS } from './reference-lexicon';
import { tidyRange, vagueFinding } from './spec-finding';

const INSPECTION_LABEL = regex(
  `^\\s{0,3}(?:[\\p{L}-]+\\s){0,2}?${anyOf(
    latinWords([
      'inspection(?: method)?',
      'QC',
      'QA',
      'quality (?:control|check|inspection)',
      'pre-?shipment inspection',
      'inspección',
      'control de calidad',
      'inspection',
      'contrôle(?: qualité)?',
      'Inspektion',
      'Prüfung',
      'Qualitätskontrolle',
      'Warenprüfung',
      'ispezione',
      'controllo qualità',
      'inspeção',
      'controle de qualidade',
      'kontrola(?: jakości)?',
      'inspekcja',
      'muayene',
      'kiểm (?:tra|hàng)',
      'inspeksi',
      'keuring',
      'inspectie',
    ]),
    scriptWords(['инспекция', 'контроль качества', 'проверка', 'інспекція']),
    cjk(['验货', '检验', '质检', '品检', '検品', '検査', '검사', '검품']),
  )}\\s{0,2}[:：]`,
  'iu',
);
const PHOTOS = anyOf(
  latinWords([
    'photos?',
    'pictures?',
    'pics?',
    'images?',
    'videos?',
    'fotos?',
    'vídeos?',
    'vidéos?',
    'Fotos?',
    'Bilder',
    'Videos?',
    'foto',
    'zdjęci\\p{L}*',
    'wideo',
    'fotoğraf\\p{L}*',
    'ảnh',
    'hình ảnh',
    'gambar',
  ]),
  scriptWords(['фото\\p{L}*', 'видео']),
  cjk(['照片', '图片', '视频', '写真', '動画', '사진', '영상']),
);
/** A sampling plan or an inspector who is not the supplier. */
const REAL_INSPECTION = anyOf(
  latinWords([
    'AQL',
    'ISO 2859',
    'ANSI(?:/ASQ)? Z1\\.4',
    'GB/T 2828',
    ...INSPECTION_BODY_WORDS,
    'V-Trust',
    'third[- ]party',
    '3rd[- ]party',
    'independent',
    'on[- ]site',
    'in person',
    'live video',
    'video call',
    "buyer[’']?s (?:own )?(?:QC|inspector|agent)",
    '(?:our|your) inspector',
    'tercer(?:os|a)? parte',
    'tierce partie',
    'Drittanbieter',
    'terza parte',
  ]),
  cjk(['第三方', '现场', '视频验货']),
);

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example: 'pre-shipment inspection by a third party (e.g. SGS), ISO 2859-1 level II, AQL 0/2.5/4.0',
});

export const photoInspectionDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const label = INSPECTION_LABEL.exec(text);
    if (!label || test(REAL_INSPECTION, line)) return [];
    const photo = findAll(PHOTOS, text.slice(label[0].length))[0];
    if (!photo) return [];
    const range = tidyRange(text, label[0].length, text.length);
    return range.end > range.start
      ? [vagueFinding('performance', clause, { ...range, why: WHY, fix: FIX })]
      : [];
  },
};
