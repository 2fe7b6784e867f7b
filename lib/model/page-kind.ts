import { z } from 'zod';

/** Page kinds, as named in the command line's public JSON ("kind"). */
export const PAGE_KINDS = [
  'alibaba:product',
  'alibaba:supplier',
  'alibaba:search',
  'alibaba:order-list',
  'alibaba:order',
  'alibaba:payment',
  'alibaba:messages',
  'aliexpress:item',
  'aliexpress:search',
  'aliexpress:order-list',
  'aliexpress:order',
  'aliexpress:dispute',
  'aliexpress:messages',
  'challenge',
  'unknown',
] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** Kinds TradeGuard mounts its card on (challenge and unknown stay silent). */
export type KnownPageKind = Exclude<PageKind, 'challenge' | 'unknown'>;

export const PAGE_KIND_LABEL: Record<PageKind, string> = {
  'alibaba:product': 'Alibaba product page',
  'alibaba:supplier': 'Alibaba supplier profile',
  'alibaba:search': 'Alibaba search results',
  'alibaba:order-list': 'Alibaba order list',
  'alibaba:order': 'Alibaba Trade Assurance order',
  'alibaba:payment': 'Alibaba payment page',
  'alibaba:messages': 'Alibaba Message Center',
  'aliexpress:item': 'AliExpress item page',
  'aliexpress:search': 'AliExpress search results',
  'aliexpress:order-list': 'AliExpress order list',
  'aliexpress:order': 'AliExpress order',
  'aliexpress:dispute': 'AliExpress dispute',
  'aliexpress:messages': 'AliExpress messages',
  challenge: 'Security check or unavailable page',
  unknown: 'Page not recognised',
};
