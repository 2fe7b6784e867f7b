import { describe, expect, it } from 'vitest';
import { detector } from '../../../scripts/bench/chat-corpus';
import {
  EIGHTH_DIR,
  ELEVENTH_DIR,
  isHeldAsideByHash,
  loadEighthSet,
  loadEleventhSet,
  loadNinthSet,
  loadSeventhSet,
  loadTenthSet,
  loadTwelfthSet,
  NINTH_DIR,
  type RealRow,
  SEVENTH_DIR,
  TENTH_DIR,
  TWELFTH_DIR,
} from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The seventh to twelfth real-modelled sets (tests/fixtures/chat/real-modelled-7/ to -12/), in 15 languages
 * (the eleventh in 12, the twelfth in 19) and each with what its README promises. Goals are asserted on the
 * development part only; the held-aside part (chosen by a hash of the id, in held-aside.jsonl) is reported by
 * `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 * - 7: requests that name no service, related companies with a reason, refunds on condition, moves to other
 *   shops, "add me", full-width text and dotted abbreviations, and benign messages where payment brands are a
 *   product's features or colours; every bank account, card or wallet number written in it is reported.
 * - 8: a contrast marker beside a payment verb ("instead of paying on the site", "außerhalb der Bestellung",
 *   "zamiast", "不走平台"), a manager, director or related company as payee with a reason, remittance services
 *   abbreviated with dots or spaces, purchases moved to another marketplace or shop account, and benign messages
 *   where devices show chat-app or wallet notifications.
 * - 9: messages in the register suppliers really type ("dear friend", "pls", "acc", "TT", "via ali", the request in
 *   the second or third sentence, English words inside other languages), and benign messages of the same register
 *   (quotations, sample orders, "we received ur payment thx", Alibaba's account manager, the order page's bank
 *   details).
 * - 10: the ordinary talk of a trade — sample fees, MOQ, lead times, partial refunds and replacements through the
 *   order, forwarders, DDP, customs and tracking — and the requests that arise inside it (a refund "outside", a
 *   sample fee to a personal wallet, freight to the forwarder's own account, a customs "fee" to an agent, a new
 *   contact who moves the talk to an app).
 * - 11: the benign messages closest to a request — a shop on another marketplace but the wholesale order here, the
 *   buyer's own forwarder whose fee the buyer pays, "don't pay outside the order", refunds in the order, phones on
 *   shipping labels, terminals that accept wallets — and requests in many registers (terse, voice-to-text,
 *   colloquial, buried in the middle of a long message), in 12 languages.
 * - 12 (tests/unit/chat/real-modelled-12.test.ts also keeps its sources new): benign messages beside a request —
 *   a sample paid through the order link with a method named, platform refunds, duty to the carrier, the
 *   company's bank details on the platform's checkout, wallets as a terminal's features, warnings about other
 *   sellers, buyers' own questions — and requests that name no service, stories, related companies, spaced
 *   abbreviations, full-width letters, "add me" and moves to another shop, in 19 languages (Thai, Hindi/Hinglish,
 *   Dutch and Ukrainian first read here).
 */
const SETS: {
  name: string;
  rows: readonly RealRow[];
  dir: string;
  atLeast: number;
  languages: number;
  benignShare: number;
  benignAre: string;
  /** Every account, card or wallet number written in the development part must be reported. */
  detailsAll?: true;
  /** The held-aside share the hash chose, when below the usual quarter (the set's README says so). */
  heldMoreThan?: number;
}[] = [
  {
    name: 'seventh',
    rows: loadSeventhSet(),
    dir: SEVENTH_DIR,
    atLeast: 150,
    languages: 15,
    benignShare: 0.55,
    benignAre:
      'payment terminals, brand colours, L/C and T/T to the order account, reminders and platform refunds',
    detailsAll: true,
  },
  {
    name: 'eighth',
    rows: loadEighthSet(),
    dir: EIGHTH_DIR,
    atLeast: 140,
    languages: 15,
    benignShare: 0.55,
    benignAre:
      'device notifications, brand colours, T/T and Online Transfer to the order account, L/C and warnings',
  },
  {
    name: 'ninth',
    rows: loadNinthSet(),
    dir: NINTH_DIR,
    atLeast: 130,
    languages: 15,
    benignShare: 0.6,
    benignAre:
      "quotations, sample orders, payments received, the order page's bank details, bosses and warnings",
  },
  {
    name: 'tenth',
    rows: loadTenthSet(),
    dir: TENTH_DIR,
    atLeast: 100,
    languages: 15,
    benignShare: 0.6,
    benignAre: 'sample orders, MOQ, refunds through the order, forwarders, DDP, customs duty and tracking',
  },
  {
    name: 'eleventh',
    rows: loadEleventhSet(),
    dir: ELEVENTH_DIR,
    atLeast: 110,
    languages: 12,
    benignShare: 0.55,
    benignAre:
      "another marketplace but the order here, the buyer's own forwarder, warnings, refunds, label phones and wallet terminals",
  },
  {
    name: 'twelfth',
    rows: loadTwelfthSet(),
    dir: TWELFTH_DIR,
    atLeast: 110,
    languages: 19,
    benignShare: 0.55,
    benignAre:
      "order-link payments with a method named, platform refunds, duty to the carrier, checkout bank details, wallet features, warnings and buyers' questions",
    heldMoreThan: 0.2,
  },
];

describe.each(SETS)(
  '$name real-modelled set',
  ({ rows, dir, atLeast, languages, benignShare, benignAre, detailsAll, heldMoreThan }) => {
    const dev = rows.filter((r) => r.split === 'tune');

    it(`is what its README says: ${atLeast}+ messages, ${languages} languages, at least ${benignShare * 100}% benign, a hash-chosen part held aside in its own file`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(rows.map((r) => r.lang)).size).toBe(languages);
      expectSourcedAndUnique(rows);
      expect(rows.filter((r) => r.labels.length === 0).length / rows.length).toBeGreaterThanOrEqual(
        benignShare,
      );
      expectHeldAsideFile(rows, dir, isHeldAsideByHash, heldMoreThan);
    });

    it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
      expectDevelopmentGoals(dev);
    });

    if (detailsAll)
      it('every bank account, IBAN, card or wallet number written in the development part is reported', () => {
        const missed = dev
          .filter((r) => r.labels.includes('payment-details') && !detector(r).has('payment-details'))
          .map((r) => `${r.id}: ${r.text}`);
        expect(missed).toEqual([]);
      });

    it(`${benignAre} raise nothing`, () => {
      expect(flaggedBenign(dev)).toEqual([]);
    });

    it('pattern gates are only shortcuts here too', () => {
      expectGatesAreShortcuts(rows);
    });
  },
);
