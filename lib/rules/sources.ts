import type { RuleSource } from '../model/finding';

/** The documents rules rest on (../shared/seeds/ and public help pages). */
export const SOURCES = {
  taGuide: { label: 'Trade Assurance buyer guide (seed 001)', ref: '001_b7ff7984940a9755.txt' },
  taRefund: { label: 'Trade Assurance refund article (seed 000)', ref: '000_1c583cd66534284e.txt' },
  taProtects: {
    label: 'How Trade Assurance protects your purchases (seed 002)',
    ref: '002_3f4401f0611b2bc4.txt',
  },
  taService: { label: 'Trade Assurance service page (seed 003)', ref: '003_68b846279b947234.txt' },
  aliexpress: { label: 'AliExpress Buyer Protection (seed 004)', ref: '004_1dd21034363a0a3b.txt' },
  taMinimum: {
    label: 'Alibaba.com Trade Assurance business pages: minimum order US$100',
    ref: 'Alibaba.com Trade Assurance help centre',
  },
  taFaqLimit: {
    label: "Alibaba.com FAQ 20111752: the supplier's Trade Assurance limit",
    ref: 'Alibaba.com FAQ 20111752',
  },
} satisfies Record<string, RuleSource>;
