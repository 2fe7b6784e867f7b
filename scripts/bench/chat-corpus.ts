import '../../lib/i18n/bundled-catalogs'; // findings' words come from the catalogs, as in the CLI
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanMessage } from '../../lib/chat/scanner';
import { CHAT_RULE_IDS, type ChatMessageInput, type ChatRuleId } from '../../lib/chat/types';
import {
  FOURTH_DIR,
  formatPerLanguage,
  loadEighthSet,
  loadEleventhSet,
  loadFifthSet,
  loadNinthSet,
  loadRealSet,
  loadSecondHeldAside,
  loadSecondSet,
  loadSeventhSet,
  loadSixthSet,
  loadTenthSet,
  loadThirteenthSet,
  loadTwelfthSet,
  THIRD_DIR,
  tuningMisses,
} from './chat-real-set';

/**
 * Per-rule precision, recall and false-alarm rate (share of benign messages flagged) of the chat detector,
 * next to a naive keyword baseline, on tests/fixtures/chat/corpus.jsonl. The holdout slice (clean/holdout.jsonl
 * and its variants) was written before the rules and never tuned on; it is reported on its own. Then the
 * real-modelled set (tests/fixtures/chat/real-modelled/), whole and held-aside, per rule and per language.
 * Run: npx tsx scripts/bench/chat-corpus.ts [--misses]   (--misses lists tuning-split errors only)
 */
export interface CorpusRow {
  id: string;
  from: ChatMessageInput['from'];
  text: string;
  lang: string;
  labels: ChatRuleId[];
  variant: 'clean' | 'obfuscated';
  of?: string;
  split: 'tune' | 'holdout';
}

export type Detector = (row: CorpusRow) => Set<string>;

export const detector: Detector = (row) =>
  new Set(scanMessage({ from: row.from, text: row.text }).map((f) => f.rule));

/** What a plain keyword filter would do: lower-case substring search, no normalisation, no negation. */
const KEYWORDS: Record<ChatRuleId, RegExp> = {
  // The first line is the original six languages; the second, the obvious words of the nine added later
  // (so the baseline is not blind to them; English figures are unchanged by it).
  'offplatform-payment': new RegExp(
    [
      'paypal|western union|moneygram|alipay|usdt|bitcoin|crypto|payoneer|wise|remitly|xoom|pay directly|directly|personal account|private account|outside|no need trade assurance|offline|支付宝|直接|私人|线下|directamente|direto|directement|напрямую|личный',
      'havale|kişisel hesab|chuyển khoản|tài khoản cá nhân|rekening pribadi|di luar aplikasi|振込|口座|계좌|입금|bonifico|postepay|conto personale|przelew|blik|prywatne konto|تحويل|حساب شخصي|حسابي',
    ].join('|'),
  ),
  'bank-details-change':
    /new account|account changed|changed our bank|new beneficiary|frozen|under audit|账户变更|新账户|冻结|nueva cuenta|nova conta|nouveau compte|новый сч/,
  'payment-details': /iban|swift|account no|account:|a\/c|账号|cuenta:|conta:|счёт \d/,
  'offplatform-contact':
    /whatsapp|wechat|telegram|skype|viber|e-?mail|微信|@|zalo|kakao|카톡|ライン|line id|messenger|واتس|تيليجرام/,
  pressure: /urgent|today|asap|last chance|hurry|immediately|今天|马上|hoy|hoje|aujourd'hui|сегодня|срочно/,
};
export const keywordBaseline: Detector = (row) => {
  const out = new Set<string>();
  if (row.from === 'buyer' || row.from === 'system') return out;
  const t = row.text.toLowerCase();
  for (const id of CHAT_RULE_IDS) if (KEYWORDS[id].test(t)) out.add(id);
  return out;
};

export interface RuleScore {
  rule: ChatRuleId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  falseAlarmRate: number;
}

export function score(rows: readonly CorpusRow[], detect: Detector) {
  const benign = rows.filter((r) => r.labels.length === 0);
  const results = rows.map((r) => ({ row: r, got: detect(r) }));
  const perRule: RuleScore[] = CHAT_RULE_IDS.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let benignFlagged = 0;
    for (const { row, got } of results) {
      const want = row.labels.includes(rule);
      const has = got.has(rule);
      if (want && has) tp++;
      else if (has) fp++;
      else if (want) fn++;
      if (has && row.labels.length === 0) benignFlagged++;
    }
    return {
      rule,
      tp,
      fp,
      fn,
      precision: tp + fp ? tp / (tp + fp) : 1,
      recall: tp + fn ? tp / (tp + fn) : 1,
      falseAlarmRate: benign.length ? benignFlagged / benign.length : 0,
    };
  });
  const anyFalseAlarm = results.filter(({ row, got }) => row.labels.length === 0 && got.size > 0).length;
  return {
    perRule,
    benign: benign.length,
    falseAlarmRate: benign.length ? anyFalseAlarm / benign.length : 0,
  };
}

export function loadCorpus(
  path = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'chat', 'corpus.jsonl'),
) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatScores(title: string, rows: readonly CorpusRow[]): string {
  const d = score(rows, detector);
  const b = score(rows, keywordBaseline);
  const lines = [
    `${title}: ${rows.length} messages, ${d.benign} benign`,
    `  ${'rule'.padEnd(22)}  detector: P      R      false-alarm |  keywords: P      R      false-alarm`,
  ];
  d.perRule.forEach((r, i) => {
    const k = b.perRule[i]!;
    lines.push(
      `  ${r.rule.padEnd(22)}  ${pct(r.precision)} ${pct(r.recall)} ${pct(r.falseAlarmRate)}      | ${pct(k.precision)} ${pct(k.recall)} ${pct(k.falseAlarmRate)}`,
    );
  });
  lines.push(
    `  any rule on benign messages: detector ${pct(d.falseAlarmRate)} | keywords ${pct(b.falseAlarmRate)}`,
  );
  return lines.join('\n');
}

/**
 * A set with a held-aside part, as every set from the fourth on is reported: whole (scores and per language),
 * its development part, and its held-aside part (scores and per language), each beside the keyword baseline.
 */
function splitSetReport(
  name: string,
  about: string,
  set: readonly CorpusRow[],
  heldWord: 'third' | 'part',
): string[] {
  const held = set.filter((r) => r.split === 'holdout');
  return [
    formatScores(`${name}, whole (${about})`, set),
    formatPerLanguage(`${name}, whole`, set, detector, keywordBaseline),
    formatScores(
      `${name}, development part`,
      set.filter((r) => r.split === 'tune'),
    ),
    formatScores(`${name}, held-aside ${heldWord} (never tuned on)`, held),
    formatPerLanguage(`${name}, held-aside ${heldWord}`, held, detector, keywordBaseline),
  ];
}

export function main(args: readonly string[] = process.argv.slice(2)): string {
  const rows = loadCorpus();
  const real = loadRealSet();
  const heldAside = real.filter((r) => r.split === 'holdout');
  const second = loadSecondSet();
  const secondHeld = loadSecondHeldAside();
  const third = loadRealSet(THIRD_DIR);
  const thirdHeld = third.filter((r) => r.split === 'holdout');
  const fourth = loadRealSet(FOURTH_DIR);
  const fifth = loadFifthSet();
  const sixth = loadSixthSet();
  const seventh = loadSeventhSet();
  const eighth = loadEighthSet();
  const ninth = loadNinthSet();
  const tenth = loadTenthSet();
  const eleventh = loadEleventhSet();
  const twelfth = loadTwelfthSet();
  const thirteenth = loadThirteenthSet();
  const out = [
    formatScores('All', rows),
    formatScores(
      'Tuned slice',
      rows.filter((r) => r.split === 'tune'),
    ),
    formatScores(
      'Holdout slice (never tuned on)',
      rows.filter((r) => r.split === 'holdout'),
    ),
    formatScores(
      'Obfuscated variants only',
      rows.filter((r) => r.variant === 'obfuscated'),
    ),
    formatScores('Real-modelled set, whole', real),
    formatPerLanguage('Real-modelled set, whole', real, detector, keywordBaseline),
    formatScores('Real-modelled set, held-aside third (never tuned on)', heldAside),
    formatPerLanguage('Real-modelled set, held-aside third', heldAside, detector, keywordBaseline),
    formatScores('Second real-modelled set (development, 15 languages)', second),
    formatPerLanguage('Second real-modelled set', second, detector, keywordBaseline),
    formatScores('Second set, last part (seen while tuning: development, not held aside)', secondHeld),
    formatPerLanguage('Second set, last part', secondHeld, detector, keywordBaseline),
    formatScores('Third real-modelled set, whole (benign payment words, indirect requests)', third),
    formatPerLanguage('Third real-modelled set, whole', third, detector, keywordBaseline),
    formatScores('Third real-modelled set, held-aside third (never tuned on)', thirdHeld),
    formatPerLanguage('Third real-modelled set, held-aside third', thirdHeld, detector, keywordBaseline),
    ...splitSetReport(
      'Fourth real-modelled set',
      'hard benign, indirect requests, 15 languages',
      fourth,
      'third',
    ),
    ...splitSetReport(
      'Fifth real-modelled set',
      'relatives, related companies, changed accounts, 10 languages',
      fifth,
      'part',
    ),
    ...splitSetReport(
      'Sixth real-modelled set',
      'bank details, payees, benign account/transfer/contact words, 12 languages',
      sixth,
      'part',
    ),
    ...splitSetReport(
      'Seventh real-modelled set',
      'indirect requests, related companies, brand words as features, 15 languages',
      seventh,
      'part',
    ),
    ...splitSetReport(
      'Eighth real-modelled set',
      'contrast markers, payees with a reason, abbreviations, other marketplaces, device notifications, 15 languages',
      eighth,
      'part',
    ),
    ...splitSetReport(
      'Ninth real-modelled set',
      "suppliers' own register: pls, acc, TT, via ali, the request in a later sentence, 15 languages",
      ninth,
      'part',
    ),
    ...splitSetReport(
      'Tenth real-modelled set',
      'negotiation, after-sales and logistics talk, and the requests inside it, 15 languages',
      tenth,
      'part',
    ),
    ...splitSetReport(
      'Eleventh real-modelled set',
      "benign messages closest to a request (another marketplace but order here, the buyer's forwarder, refunds, label phones) and requests in many registers, 12 languages",
      eleventh,
      'part',
    ),
    ...splitSetReport(
      'Twelfth real-modelled set',
      "benign messages beside a request (order-link methods, platform refunds, checkout bank details, wallet features, warnings, buyers' questions) and requests in 19 languages, Thai, Hindi, Dutch and Ukrainian new",
      twelfth,
      'part',
    ),
    ...splitSetReport(
      'Thirteenth real-modelled set',
      "an outside evaluator's mix: benign messages beside a request (checkout methods, Alibaba's designated account, apps mentioned without a move, warnings, tracking and model numbers, logistics 'directly') and suppliers' indirect requests, 15 languages",
      thirteenth,
      'part',
    ),
    ...(args.includes('--misses')
      ? [
          [
            'Tuning-split misses:',
            ...tuningMisses(
              [
                ...real,
                ...second,
                ...secondHeld,
                ...third,
                ...fourth,
                ...fifth,
                ...sixth,
                ...seventh,
                ...eighth,
                ...ninth,
                ...tenth,
                ...eleventh,
                ...twelfth,
                ...thirteenth,
              ],
              detector,
            ),
          ].join('\n'),
        ]
      : []),
  ].join('\n\n');
  console.log(out);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
