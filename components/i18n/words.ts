import type { MessageKey } from '../../lib/i18n/keys';
import type { MsgParam } from '../../lib/i18n/msg';
import { english, type Translator } from '../../lib/i18n/translate';
import type { Finding } from '../../lib/model/finding';
import type { PageKind } from '../../lib/model/page-kind';

const PAGE_KIND_KEY: Record<PageKind, MessageKey> = {
  'alibaba:product': 'pageKind.alibabaProduct',
  'alibaba:supplier': 'pageKind.alibabaSupplier',
  'alibaba:search': 'pageKind.alibabaSearch',
  'alibaba:order-list': 'pageKind.alibabaOrderList',
  'alibaba:order': 'pageKind.alibabaOrder',
  'alibaba:payment': 'pageKind.alibabaPayment',
  'alibaba:messages': 'pageKind.alibabaMessages',
  'aliexpress:item': 'pageKind.aliexpressItem',
  'aliexpress:search': 'pageKind.aliexpressSearch',
  'aliexpress:order-list': 'pageKind.aliexpressOrderList',
  'aliexpress:order': 'pageKind.aliexpressOrder',
  'aliexpress:dispute': 'pageKind.aliexpressDispute',
  'aliexpress:messages': 'pageKind.aliexpressMessages',
  challenge: 'pageKind.challenge',
  unknown: 'pageKind.unknown',
};

export const pageKindLabel = (t: Translator, kind: PageKind) => t.render({ key: PAGE_KIND_KEY[kind] });

export interface FindingWords {
  message: string;
  fix: string;
  /** The same advice in English, for the supplier, when the buyer reads another language. */
  fixInEnglish: string | null;
}

/** A finding in the buyer's language; one stored before findings carried keys keeps its English. */
export function findingWords(t: Translator, f: Finding): FindingWords {
  if (!f.text) return { message: f.message, fix: f.fix, fixInEnglish: null };
  const fix = t.render(f.text.fix);
  // The English wording for the supplier is only worth writing out when the buyer reads another language.
  const inEnglish = t.language === 'en' ? fix : english.render(f.text.fix);
  return {
    message: t.render(f.text.message),
    fix,
    fixInEnglish: inEnglish === fix ? null : inEnglish,
  };
}

/** A label or detail that may carry its message: in the buyer's language when it does. */
export const say = (t: Translator, text: MsgParam | undefined, fallback: string) =>
  text === undefined ? fallback : t.param(text);
