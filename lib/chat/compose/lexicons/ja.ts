import type { Lexicon } from '../lexicon';

/**
 * Japanese. Modelled on Japanese warnings about flea-market and overseas sellers (a "直接取引" to save the
 * fee, a transfer to a "個人口座", "振込先が変更になりました", LINE ID exchanges). Full-width Latin letters
 * are folded to ASCII ("Ｔｒａｄｅ" → "trade").
 */
export const JA: Lexicon = {
  lang: 'ja',
  script: 'chars',
  pay: '振込|振り込|送金|支払|払い|払っ|払え|入金|決済|前払|代金|残金|手付',
  receive: '受け取|受取|入金',
  account: '口座|カード|ウォレット',
  bankInfo: '口座情報|振込先|銀行口座|口座番号|受取人|受取口座|受け取り口座|銀行情報|iban',
  owner: '個人|私の|私個人|社長|担当者|社員|家族|友人|妻|夫|知人|兄|弟|姉|妹|母|父|息子|娘|親戚|親族|いとこ',
  other: '別の|他の|違う|ほかの|もう一つの',
  fresh: '新しい|新規|新口座|最新',
  related:
    '親会社|子会社|関連会社|グループ会社|姉妹会社|香港(?:の)?(?:会社|法人|支社|支店)|シンガポール(?:の)?(?:会社|法人|支社)|海外法人|海外支社',
  direct: '直接',
  method: '方法|手段|やり方|ルート',
  notViaAfter: '(?:経由|で)\\S{0,2}(?:はなく|ではなく|じゃなく)',
  platform:
    'trade\\s?assurance|alibaba|aliexpress|アリババ|プラットフォーム|取引保証|エスクロー|サイト|アプリ',
  notNeeded: '不要|必要ない|必要ありません|いらない|要りません|いりません|なしで|通さず|使わず|不必要',
  outside: '以外|外部|外で|通さず|経由せず',
  friends: '友(?:達|だち)(?:として|間|への|に送る)|個人間送金|友人として|プレゼントとして',
  changed: '変更|変わり|変わっ|更新|訂正|修正|切り替え|切替',
  trouble: '凍結|停止|閉鎖|制限|審査中|監査中',
  discard: '使わないで|使用しないで|無効|ご利用いただけません|使えません|無視',
  old: '古い|旧|以前の|前の',
  invoice: '請求書|インボイス|pi|見積書',
  soon: '今日|本日|今すぐ|すぐに|至急|明日|今夜|今週|(?:月|火|水|木|金|土|日)曜日?まで|\\d+時間以内',
  loss: '値上が|値上げ|上が|なくな|間に合わ|失|逃|遅れ|売り切れ',
  received: '受け取り|受領|確認しました|着金|ありがとう',
  buy: '購入|注文|買',
  store: 'ショップ|サイト|ストア|店舗|ホームページ',
  addMe: '友(?:だ|達)ち?追加|追加して|追加お願い',
  noOrder: '注文(?:しなくて|は不要|不要|せずに|なしで|する必要は(?:ありません|ない))',
  agent: '代理店|代理人|エージェント',
  escrow: 'エスクロー|仲介',
  otherwise: '別の方法|他の方法|別の形',
  send: 'お送り|送り|送付|お知らせ|お伝え',
};
