import type { RuleSource } from './model/finding';

/**
 * The public documents TradeGuard's rules rest on, cited by title, publisher
 * and public address. Only facts are taken from them (limits, days, which
 * payment is covered), never their sentences. `seed` names the stored copy in
 * the shared material (seeds/), which a test uses to check that the citation
 * and the stored copy agree; the extension and the command line never read it.
 */
export interface SourceDocument {
  title: string;
  publisher: string;
  url: string;
  /** File name of the stored copy in <shared>/seeds/, when there is one. */
  seed?: string;
  /** A few words of a fact the rules take from it, which the stored copy must contain (checked by a test). */
  witness?: string;
}

export const DOCUMENTS = {
  taRefundArticle: {
    title: 'Alibaba Trade Assurance Refund',
    publisher: 'domhaines.com',
    url: 'https://domhaines.com/alibaba-trade-assurance-refund/',
    seed: '000_1c583cd66534284e.txt',
    witness: 'Alibaba Trade Assurance Refund',
  },
  taGuide: {
    title: 'How to Use Alibaba Trade Assurance',
    publisher: 'Jing Sourcing',
    url: 'https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/',
    seed: '001_b7ff7984940a9755.txt',
    witness: 'trade assurance limit is $30,000',
  },
  taProtects: {
    title: 'How Trade Assurance Protects Your Purchases on Alibaba.com',
    publisher: 'Alibaba.com Reads',
    url: 'https://reads.alibaba.com/how-trade-assurance-protects-your-purchases-on-alibaba-com',
    seed: '002_3f4401f0611b2bc4.txt',
    witness: 'How Trade Assurance Protects Your Purchases',
  },
  taService: {
    title: 'Trade Assurance service page',
    publisher: 'Alibaba.com (archived copy)',
    url: 'http://tradeassurance.captionous.net/',
    seed: '003_68b846279b947234.txt',
    witness: 'sample order',
  },
  aliexpressProtection: {
    title: 'Why AliExpress Buyer Protection?',
    publisher: 'AliExpress',
    url: 'https://escrow.aliexpress.com/buyerprotection/index.html',
    seed: '004_1dd21034363a0a3b.txt',
    witness: 'Why AliExpress Buyer Protection?',
  },
  taFaqLimit: {
    title: "FAQ 20111752: the supplier's Trade Assurance limit",
    publisher: 'Alibaba.com help centre',
    url: 'https://service.alibaba.com/buyer/faq_detail/20111752.htm',
  },
  taFaqDispute: {
    title: 'FAQ 22040035: unsatisfied with a Trade Assurance dispute (escalation from the 4th day)',
    publisher: 'Alibaba.com help centre',
    url: 'https://service.alibaba.com/buyer/faq_detail/22040035.htm',
  },
  safeTrading: {
    title: 'Trade Dispute: safe trading tips (beware of suspicious payment requests)',
    publisher: 'Alibaba.com help centre',
    url: 'https://activity.alibaba.com/helpcenter/tradedispute.html',
  },
  taMinimum: {
    title: 'Trade Assurance business pages: minimum order US$100',
    publisher: 'Alibaba.com',
    url: 'https://tradeassurance.alibaba.com/',
  },
} satisfies Record<string, SourceDocument>;

export type DocumentId = keyof typeof DOCUMENTS;

/** A finding's source: the document's title and publisher (plus the part meant), and its public address. */
export function cite(doc: DocumentId, part?: string): RuleSource {
  const d: SourceDocument = DOCUMENTS[doc];
  return { label: `${d.title} (${d.publisher})${part ? `, ${part}` : ''}`, ref: d.url };
}

/** The sources most rules cite whole. */
export const SOURCES = {
  taGuide: cite('taGuide'),
  taRefund: cite('taRefundArticle'),
  taProtects: cite('taProtects'),
  taService: cite('taService'),
  aliexpress: cite('aliexpressProtection'),
  taMinimum: cite('taMinimum'),
  taFaqLimit: cite('taFaqLimit'),
} satisfies Record<string, RuleSource>;
