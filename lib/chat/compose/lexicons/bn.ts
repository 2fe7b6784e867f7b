import type { Lexicon } from '../lexicon';

/**
 * Bengali (stop 49). Modelled on Bangladeshi bank and bKash/Nagad fraud warnings ("সরাসরি বিকাশে টাকা পাঠান",
 * "ব্যক্তিগত অ্যাকাউন্টে", "অ্যাকাউন্ট ব্লক হয়ে গেছে") and on importers' Facebook groups about Alibaba orders.
 * `normalise` drops Bengali vowel signs and the virama, so each word is written readable and stripped by `bn`.
 * নগদ is both Nagad and "cash": only the wallet's number or account makes it a wallet (patterns/mobile-money.ts).
 */
const bn = (s: string) => s.replace(/\p{M}/gu, '');
const L = '\\p{L}*';
export const BN: Lexicon = {
  lang: 'bn',
  script: 'letters',
  pay: bn(
    `পেমেন্ট${L}|পরিশোধ${L}|পাঠান|পাঠাবেন|পাঠিয়ে|পাঠাও|ট্রান্সফার${L}|জমা\\s+দিন|জমা\\s+করুন|টাকা\\s+দিন|বাকি\\s+টাকা|অগ্রিম${L}|বিকাশ${L}`,
  ),
  receive: bn(`গ্রহণ${L}|রিসিভ${L}`),
  account: bn(
    `অ্যাকাউন্ট${L}|একাউন্ট${L}|এ্যাকাউন্ট${L}|হিসাব${L}|কার্ড${L}|(?:বিকাশ|নগদ|রকেট|পার্সোনাল)\\s+(?:নাম্বার|নম্বর)${L}`,
  ),
  bankInfo: bn(`ব্যাংক\\s+(?:অ্যাকাউন্ট|একাউন্ট|ডিটেইলস|তথ্য)${L}|ব্যাংকের\\s+তথ্য|প্রাপক${L}|iban`),
  owner: bn(`ব্যক্তিগত|পার্সোনাল|নিজের|নিজস্ব|আমার|মালিকের|ম্যানেজারের|বসের|ভাইয়ের|স্ত্রীর|হিসাবরক্ষকের`),
  other: bn(`অন্য|আরেকটি|ভিন্ন`),
  fresh: bn('নতুন'),
  related: bn(`সহযোগী\\s+(?:কোম্পানি|প্রতিষ্ঠান)${L}|শাখা\\s+অফিস${L}`),
  direct: bn('সরাসরি|ডাইরেক্ট|ডিরেক্ট'),
  method: bn(`উপায়${L}|মাধ্যম${L}|পদ্ধতি${L}`),
  platform: `trade\\s?assurance|alibaba|aliexpress|${bn(`আলিবাবা${L}|আলিএক্সপ্রেস${L}|প্ল্যাটফর্ম${L}`)}`,
  notNeeded: bn(`দরকার\\s+নেই|লাগবে\\s+না|ছাড়া`),
  outside: bn(`বাইরে|এড়িয়ে`),
  friends: bn('বন্ধু\\s+হিসেবে|উপহার\\s+হিসেবে'),
  changed: bn(`পরিবর্তন${L}|বদল${L}|বদলে`),
  trouble: bn(`ব্লক${L}|বন্ধ\\s+(?:হয়ে|আছে|করা)${L}|ফ্রিজ${L}|স্থগিত${L}|যাচাই\\s+চলছে`),
  discard: bn('আর\\s+(?:ব্যবহার|চালু)\\s+(?:করবেন\\s+না|নেই)|বাতিল'),
  old: bn(`পুরানো|পুরনো|আগের`),
  invoice: bn(`ইনভয়েস${L}|চালান${L}|proforma|pi`),
  soon: bn(`আজ${L}|এখনই|এখন|আগামীকাল|কালকের\\s+মধ্যে|\\d+\\s+ঘণ্টার\\s+মধ্যে`),
  loss: bn(`নইলে|না\\s+হলে|দাম\\s+বেড়ে`),
  received: bn(`পেমেন্ট\\s+পেয়েছি|টাকা\\s+পেয়েছি`),
  buy: bn(`কিনুন|কিনতে|অর্ডার\\s+করুন`),
  deal: bn(`দাম\\s+কম${L}|কম\\s+দাম${L}|ছাড়${L}|ডিসকাউন্ট${L}`),
  store: bn(`পেজ${L}|দোকান${L}|ওয়েবসাইট${L}`),
  addMe: bn(`আমাকে\\s+(?:\\S+\\s+)?অ্যাড\\s+(?:করুন|করেন|দিন)|অ্যাড\\s+করে\\s+নিন|মেসেজ\\s+দিন`),
  // "আলিবাবায় অর্ডার করার দরকার নেই", "অর্ডার ছাড়াই" (stop 50).
  noOrder: bn(`অর্ডার(?:\\s+${L}){0,2}\\s+(?:দরকার|প্রয়োজন)\\s+(?:নেই|নাই)|অর্ডার\\s+ছাড়া${L}|অর্ডার\\s+না\\s+করে${L}`),
  agent: bn(`আমাদের\\s+এজেন্ট${L}|আমাদের\\s+প্রতিনিধি${L}`),
  send: bn(`পাঠিয়ে\\s+দিচ্ছি|পাঠাচ্ছি|দিয়ে\\s+দিচ্ছি`),
  instead: bn('বদলে|পরিবর্তে'),
  order: bn(`অর্ডার${L}`),
  site: bn(`অ্যাপ${L}|সাইট${L}`),
  avoid: bn(`বাঁচাতে|এড়াতে`),
};
