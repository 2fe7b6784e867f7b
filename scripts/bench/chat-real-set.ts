import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatRuleId } from '../../lib/chat/types';
import type { CorpusRow, Detector } from './chat-corpus';

/**
 * The real-modelled set (tests/fixtures/chat/real-modelled/, see its README): messages written in our own
 * words after real suppliers' messages quoted in public reports. A message is held aside — never tuned on —
 * when the number in its id is divisible by 3; that rule was committed with the set, before any tuning.
 */
export const REAL_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'chat', 'real-modelled');

export interface RealRow extends CorpusRow {
  source: string;
}

/**
 * The second real-modelled set (tests/fixtures/chat/real-modelled-2/, see its README): 15 languages, written
 * in the second round while the detector was being generalised, so every message is development material
 * (split 'tune'); the held-aside third above is the one never tuned on.
 */
export const SECOND_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  'tests',
  'fixtures',
  'chat',
  'real-modelled-2',
);

/**
 * The third real-modelled set (tests/fixtures/chat/real-modelled-3/, see its README): benign messages that use
 * payment words innocently, and indirect requests. Its held-aside third (id number divisible by 3) was fixed
 * when the set was committed, before it was ever run.
 */
export const THIRD_DIR = join(SECOND_DIR, '..', 'real-modelled-3');

/**
 * The fourth real-modelled set (tests/fixtures/chat/real-modelled-4/, see its README): hard benign messages
 * (checkout methods, tracking, refunds, look-alike logos, price-rise notices paid in the order) and indirect
 * requests in 15 languages, written in round 3 before any change of that round. Its held-aside third (id
 * number divisible by 3, in held-aside.jsonl) was committed before the set was first run.
 */
export const FOURTH_DIR = join(SECOND_DIR, '..', 'real-modelled-4');

export const isHeldAside = (id: string) => Number(id.match(/(\d+)$/)?.[1] ?? '1') % 3 === 0;

/**
 * The fifth real-modelled set (tests/fixtures/chat/real-modelled-5/, see its README): relatives', managers'
 * and related companies' accounts, changed accounts, and as many benign messages about paying through the
 * order, in 10 languages. Its held-aside part is chosen by a hash of the id, fixed and committed with the set
 * before the detector was first run on it.
 */
export const FIFTH_DIR = join(SECOND_DIR, '..', 'real-modelled-5');

/** Held aside when the first hex digit of SHA-256(id) is 0–4 (≈ 31%): independent of how ids are numbered. */
export const isHeldAsideByHash = (id: string) =>
  Number.parseInt(createHash('sha256').update(id).digest('hex')[0]!, 16) < 5;

export function loadFifthSet(dir = FIFTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The sixth real-modelled set (tests/fixtures/chat/real-modelled-6/, see its README): bank details written out,
 * payees outside the order, moves to other shops, and benign messages where "account", "transfer", "contact",
 * courier phones and app names mean something harmless, in 12 languages. Held aside by the same hash rule,
 * committed with the set before the detector was first run on it.
 */
export const SIXTH_DIR = join(SECOND_DIR, '..', 'real-modelled-6');

export function loadSixthSet(dir = SIXTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The seventh real-modelled set (tests/fixtures/chat/real-modelled-7/, see its README): indirect requests that
 * name no service, related companies with a reason, stories ending in a new payee, moves to other shops,
 * full-width text and dotted abbreviations, and benign payment brands as product features, in 15 languages.
 * Held aside by the same hash rule, committed with the set before the detector was first run on it.
 */
export const SEVENTH_DIR = join(SECOND_DIR, '..', 'real-modelled-7');

export function loadSeventhSet(dir = SEVENTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The eighth real-modelled set (tests/fixtures/chat/real-modelled-8/, see its README): contrast markers beside a
 * payment verb ("instead of paying on the site", "zamiast", "不走平台"), people and related companies as payees
 * with a reason, remittance services abbreviated with dots or spaces, purchases moved to another marketplace,
 * and benign devices that show chat-app or wallet notifications, in 15 languages. Held aside by the same hash
 * rule, committed with the set before the detector was first run on it.
 */
export const EIGHTH_DIR = join(SECOND_DIR, '..', 'real-modelled-8');

export function loadEighthSet(dir = EIGHTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The ninth real-modelled set (tests/fixtures/chat/real-modelled-9/, see its README): messages in the register
 * suppliers really type ("dear friend", "pls", "acc", "TT", "via ali", the request in the second or third
 * sentence, English words inside other languages), and benign messages of the same register, in 15 languages.
 * Held aside by the same hash rule, committed with the set before the detector was first run on it.
 */
export const NINTH_DIR = join(SECOND_DIR, '..', 'real-modelled-9');

export function loadNinthSet(dir = NINTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The tenth real-modelled set (tests/fixtures/chat/real-modelled-10/, see its README): the everyday talk of a trade
 * (sample fees, MOQ, lead times, partial refunds and replacements through the order, forwarders, DDP, customs and
 * tracking) and the requests that arise inside it (a refund "outside", a sample fee to a personal wallet, freight to
 * the forwarder's own account, a customs "fee" to an agent, a new contact who moves the talk to an app), in 15
 * languages. Held aside by the same hash rule, committed with the set before the detector was first run on it.
 */
export const TENTH_DIR = join(SECOND_DIR, '..', 'real-modelled-10');

export function loadTenthSet(dir = TENTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The eleventh real-modelled set (tests/fixtures/chat/real-modelled-11/, see its README): the benign messages that
 * sit closest to a request (a shop on another marketplace but the order here, the buyer's own forwarder paid by the
 * buyer, "don't pay outside the order", refunds in the order, phones on shipping labels, terminals that accept
 * wallets) and requests in many registers (terse, voice-to-text, colloquial, buried in a long message), in 12
 * languages. Held aside by the same hash rule, committed with the set before the detector was first run on it.
 */
export const ELEVENTH_DIR = join(SECOND_DIR, '..', 'real-modelled-11');

export function loadEleventhSet(dir = ELEVENTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The twelfth real-modelled set (tests/fixtures/chat/real-modelled-12/, see its README): the benign messages that
 * sit closest to a request (a sample paid through the order link with a method named, platform refunds, duty paid
 * to the carrier, the company's bank details on the platform's checkout, wallet names as a terminal's features,
 * warnings and buyers' own questions) and requests that name no service, stories, related companies, spaced
 * abbreviations, full-width letters, "add me" and moves to another shop, in 19 languages (Thai, Hindi/Hinglish,
 * Dutch and Ukrainian for the first time). Held aside by the same hash rule, committed with the set before the
 * detector was first run on it.
 */
export const TWELFTH_DIR = join(SECOND_DIR, '..', 'real-modelled-12');

export function loadTwelfthSet(dir = TWELFTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

/**
 * The thirteenth real-modelled set (tests/fixtures/chat/real-modelled-13/, see its README): written the way an
 * outside evaluator would — about half benign messages that sit right next to a request (a method named for the
 * platform's checkout, Alibaba's designated account, an app or e-mail mentioned without a move, buyers' questions,
 * scam warnings, tracking/serial/model numbers, "directly"/"personal" in logistics, PayPal as a product feature, the
 * buyer's forwarder) and requests as suppliers really make them ("the old way", "TT to our factory account is
 * faster", "send me your email so I can send the invoice with our bank", "my colleague will contact you"), in 15
 * languages. Held aside by the same hash rule, committed with the set before the detector was first run on it.
 */
export const THIRTEENTH_DIR = join(SECOND_DIR, '..', 'real-modelled-13');

export function loadThirteenthSet(dir = THIRTEENTH_DIR): RealRow[] {
  return loadRealSet(dir, isHeldAsideByHash);
}

export function loadSecondSet(dir = SECOND_DIR): RealRow[] {
  return loadRealSet(dir).map((r) => ({ ...r, split: 'tune' }));
}

/**
 * The second set's last part (held-aside/). It was meant to be held aside, but lexicons were widened after its
 * results had been seen, so it counts as development material ('tune') and is reported under that name.
 */
export function loadSecondHeldAside(dir = join(SECOND_DIR, 'held-aside')): RealRow[] {
  return loadRealSet(dir).map((r) => ({ ...r, split: 'tune' }));
}

export function loadRealSet(dir = REAL_DIR, heldAside: (id: string) => boolean = isHeldAside): RealRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const row = JSON.parse(l) as Omit<RealRow, 'variant' | 'split'>;
          return { ...row, variant: 'clean', split: heldAside(row.id) ? 'holdout' : 'tune' } as RealRow;
        }),
    );
}

const PAYMENT: ChatRuleId = 'offplatform-payment';
const CONTACT: ChatRuleId = 'offplatform-contact';

interface LanguageScore {
  lang: string;
  messages: number;
  benign: number;
  paymentPrecision: number;
  paymentRecall: number;
  contactRecall: number;
  /** Share of benign messages with any finding. */
  falseAlarm: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function scoreLanguage(lang: string, rows: readonly CorpusRow[], detect: Detector): LanguageScore {
  let payTp = 0;
  let payFp = 0;
  let payFn = 0;
  let contactTp = 0;
  let contactFn = 0;
  let benignFlagged = 0;
  let benign = 0;
  for (const row of rows) {
    const got = detect(row);
    const wantPay = row.labels.includes(PAYMENT);
    if (wantPay && got.has(PAYMENT)) payTp++;
    else if (got.has(PAYMENT)) payFp++;
    else if (wantPay) payFn++;
    if (row.labels.includes(CONTACT)) {
      if (got.has(CONTACT)) contactTp++;
      else contactFn++;
    }
    if (row.labels.length === 0) {
      benign++;
      if (got.size > 0) benignFlagged++;
    }
  }
  return {
    lang,
    messages: rows.length,
    benign,
    paymentPrecision: payTp + payFp ? payTp / (payTp + payFp) : 1,
    paymentRecall: ratio(payTp, payTp + payFn),
    contactRecall: ratio(contactTp, contactTp + contactFn),
    falseAlarm: ratio(benignFlagged, benign),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '     –' : `${(x * 100).toFixed(1)}%`.padStart(6));

/** Payment P/R, contact R and false alarms per language, detector beside keywords. */
export function formatPerLanguage(
  title: string,
  rows: readonly CorpusRow[],
  detector: Detector,
  keywords: Detector,
): string {
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const lines = [
    `${title}: per language (goal: payment P and R ≥ 97%, contact R ≥ 95%, false alarms ≤ 1%)`,
    `  ${'lang'.padEnd(5)} ${'msgs'.padStart(4)} ${'benign'.padStart(6)} | detector: pay P  pay R  cont R  f.alarm | keywords: pay P  pay R  cont R  f.alarm`,
  ];
  for (const lang of [...langs, 'all']) {
    const subset = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
    const d = scoreLanguage(lang, subset, detector);
    const k = scoreLanguage(lang, subset, keywords);
    lines.push(
      `  ${lang.padEnd(5)} ${String(d.messages).padStart(4)} ${String(d.benign).padStart(6)} |          ${pct(d.paymentPrecision)} ${pct(d.paymentRecall)} ${pct(d.contactRecall)}  ${pct(d.falseAlarm)} |          ${pct(k.paymentPrecision)} ${pct(k.paymentRecall)} ${pct(k.contactRecall)}  ${pct(k.falseAlarm)}`,
    );
  }
  return lines.join('\n');
}

/** Messages the detector gets wrong, for the tuning split only (held-aside misses are never listed). */
export function tuningMisses(rows: readonly RealRow[], detect: Detector): string[] {
  return rows
    .filter((r) => r.split === 'tune')
    .flatMap((r) => {
      const got = detect(r);
      const missed = r.labels.filter((l) => !got.has(l));
      const extra = [...got].filter((l) => !r.labels.includes(l as ChatRuleId));
      if (missed.length === 0 && extra.length === 0) return [];
      const what = [...missed.map((m) => `-${m}`), ...extra.map((e) => `+${e}`)].join(' ');
      return [`  ${r.id} ${what}: ${r.text}`];
    });
}
