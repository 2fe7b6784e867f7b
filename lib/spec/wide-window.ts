/**
 * A delivery window so wide that it names no day, even counted from a recorded event: "30-60 days after deposit",
 * "30 a 60 dias após o sinal", "1-2 months from PO". The supplier is on time anywhere inside it, so the buyer can
 * plan on nothing but the far end, and the far end is where the supplier will ship. A window counts as wide when
 * its far end is more than 1.5 times its near end and the two lie 20 or more calendar days apart; an ordinary
 * quote ("25-30 days after deposit", "15-20 working days", "8-12 weeks from approval", "2-3 weeks") stays a plan.
 */
import { findAll, type Match } from './patterns';

/** Calendar days per unit; a working day is 7/5 of one (a five-day week). */
const UNITS: [number, string][] = [
  [
    7 / 5,
    '(?:working|business) days?|días (?:hábiles|laborables)|dias úteis|jours ouvrés|jours ouvrables|Arbeitstagen?|Werktagen?|giorni lavorativi|gg\\.? lav\\.?|dni robocz(?:ych|e)|iş günü|ngày làm việc|hari kerja|werkdagen|рабочих дн(?:ей|я)|工作日|営業日',
  ],
  [
    1,
    '(?:calendar )?days?|días|dias(?: corridos)?|jours|Tagen?|giorni|gg|dni|gün(?:ü)?|ngày|hari|dagen|дн(?:ей|я)|天|日間?|يوم|أيام|ايام',
  ],
  [
    7,
    'weeks?|wks?|semanas|semaines|Wochen|settimane|tygodni(?:e)?|hafta|tuần|minggu|weken|недел[ьи]|个?周|週間|أسابيع|أسبوع',
  ],
  [
    30,
    'months?|meses|mois|Monate|mesi|miesi(?:ąc|ące|ęcy)|ay|tháng|bulan|maanden|месяц(?:а|ев)?|个月|ヶ月|か月|أشهر|شهر',
  ],
];

/** Two figures joined by a dash or by the "to" of the languages read, then the unit. */
const RANGE = String.raw`(?<![\d.,])(\d{1,3})\s{0,2}(?:[-–~〜到至]|\s(?:to|a|à|bis|al|e|y|und|et|do|ile|đến|tot|hingga|sampai|até|إلى|الى|до)\s)\s{0,2}(\d{1,3})\s{0,2}`;
const WINDOW = `${RANGE}(?:${UNITS.map(([, u]) => u).join('|')})(?![A-Za-zÀ-ÿ])`;

/** A window is wide when the far end passes 1.5 times the near end and spreads 20 or more calendar days. */
const RATIO = 1.5;
const SPREAD_DAYS = 20;

function daysPer(unitText: string): number {
  const unit = unitText.trim();
  for (const [days, source] of UNITS) if (new RegExp(`^(?:${source})$`, 'iu').test(unit)) return days;
  return 1;
}

/** Any count given as a window, wide or not: "30 à 45 jours", "25-30 days". */
export function hasWindow(text: string): boolean {
  return findAll(WINDOW, text).length > 0;
}

export function wideWindows(text: string): Match[] {
  return findAll(WINDOW, text).filter((m) => {
    const parts = new RegExp(RANGE, 'iu').exec(m.text);
    if (!parts) return false;
    const near = Number(parts[1]);
    const far = Number(parts[2]);
    const perUnit = daysPer(m.text.slice(parts[0].length));
    return far > near * RATIO && (far - near) * perUnit >= SPREAD_DAYS;
  });
}
