import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Japanese. Modelled on warnings about flea-market sellers who offer "手数料分安くします" for a
 * "直接取引", ask for a LINE ID, or say their withdrawals are restricted and ask for a bank transfer.
 */
const PAY = /振込|振り込|送金|支払|払|入金/;

export const JA: LanguagePatterns = {
  lang: 'ja',
  payment: [
    {
      // "下記の口座にお振込みください", "以下の口座へ送金を": the account written below is where to pay (probe r24);
      // a refund into it ("返金は下記口座に") is the seller's, not a request. "こちらの口座" / "この口座" / "当方の口座"
      // point the same way, and "お振込みの場合はこちらの口座までお願いします" names the transfer before the account.
      kind: 'contextual',
      what: 'a payment outside the order (bank transfer, no order needed)',
      gate: /下記|以下|次の|こちら|この|当方|弊社/,
      unless: /返金|払い戻/,
      unlessIn: 'sentence',
      re: anyOf(
        '(?:下記|以下|次|こちら|この|当方|弊社)(?:の)?\\s?(?:口座|銀行口座|振込先)(?:に|へ|まで)\\s?(?:\\S{0,6}?)(?:振込|振り込|送金|入金|支払|払)',
        '(?:振込|振り込|送金|入金)\\S{0,6}?(?:場合|際|時)は?\\S{0,4}?(?:下記|以下|次|こちら|この|当方|弊社)(?:の)?\\s?(?:口座|銀行口座|振込先)(?:に|へ|まで)',
      ),
    },
    {
      kind: 'explicit',
      what: 'a request to deal and pay directly, outside the platform',
      gate: /直接|直取引|取引外|アプリ外|サイト外|外部|外で/,
      re: anyOf(
        '直接(?:お)?取引|直取引|直接(?:お)?(?:振込|振り込|支払|お支払)',
        '取引外|アプリ外|メルカリ外|サイト外|プラットフォーム外|外部(?:で|での)?(?:取引|決済|支払)',
      ),
    },
    {
      kind: 'explicit',
      what: 'a discount for avoiding the platform fee',
      gate: /手数料/,
      // "サイトの手数料がかからないので500円お引きします": the site's fee saved, handed on as money off.
      re: anyOf(
        '手数料分(?:を)?(?:安く|値引|引き|お安く)',
        '(?:サイト|アプリ|プラットフォーム|モール|アリババ|メルカリ|ヤフオク|アマゾン)(?:の|側の)?\\s?(?:販売)?手数料(?:が|は|も)?\\s?(?:かからない|掛からない|不要|なし|無い|ない|浮く|かからず)\\S{0,16}?(?:引き|値引|安く|割引|off|オフ)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      gate: /口座|名義|個人/,
      needs: PAY,
      re: anyOf('個人(?:の)?口座|個人名義|私の口座|私個人|担当者(?:の)?口座|社員(?:の)?口座'),
    },
    {
      kind: 'contextual',
      what: 'a story about the account, ending in a bank transfer',
      gate: /出金|入金|決済|アカウント|ショップ|店舗|口座/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '(?:出金|入金|決済|アカウント|ショップ|店舗|口座)\\S{0,6}(?:制限|停止|凍結|閉鎖|問題|不具合)',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /自社|公式|別|ホームページ/,
      re: anyOf(
        '自社(?:サイト|ショップ|通販)',
        '(?:公式サイト|ホームページ)(?:から|で)(?:ご)?(?:購入|注文)',
        '別(?:の)?(?:サイト|ショップ|アプリ)(?:で|から)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /返金/,
      re: anyOf('返金\\S{0,20}(?:先に|前に|まず)\\S{0,30}(?:振り込|振込|送金|支払|払)'),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /会社|支社|法人/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf('親会社|子会社|関連会社|グループ会社|香港(?:の)?(?:会社|法人|支社)|海外法人|支社'),
    },
    {
      kind: 'contextual',
      what: 'another way to pay, or a transfer "between friends"',
      gate: /別の|他の|友達|友だち|友人|個人間/,
      re: anyOf('(?:別|他)の(?:お)?支払い?方法', '友(?:達|だち)送金|友人(?:として|へ)の?送金|個人間送金'),
      needs: /友|個人|直接|口座|安|手数料|振込/,
      needsIn: 'message',
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /口座|振込先/,
      re: anyOf('口座(?:が|を)?(?:変更|変わ|凍結|停止)|新しい口座|振込先(?:が|を)?(?:変更|変わ)'),
    },
  ],
  channels: [
    {
      channel: 'Line',
      kind: 'explicit',
      what: 'a move to LINE',
      gate: /line|ライン/,
      brandWord: true,
      re: anyOf(
        'line\\s*の?\\s*(?:id|アカウント|交換|追加)|ライン\\s*の?\\s*(?:id|交換|追加)|line@|(?:line|ライン)\\s*(?:で|に|へ|から)',
        // "LINEのビデオ通話が便利です" (a LINE video call is handier): the call proposed there (stop 53); goods for such
        // calls ("LINEのビデオ通話に便利なスタンド") are a product's use (video-call-feature.ts).
        '(?:line|ライン)(?=\\s*の?\\s*(?:ビデオ通話|テレビ電話|無料通話|音声通話|通話|ビデオチャット))',
      ),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'a request for contact details, to talk elsewhere',
      gate: /メール|連絡先|電話番号|友だち追加|友達追加|dm|id/,
      // A number asked with the delivery address ("送付先住所とお電話番号", "届け先") is for the courier, as in English.
      unless:
        /配送|発送|お届け|届け先|送付先|送り先|宛先|住所|配達|宅配|運送|\b(?:dhl|fedex|ups|ems|tnt)\b|注文番号|追跡|伝票|税番号|法人番号|登録番号/,
      re: anyOf(
        '(?:メール(?:アドレス)?|連絡先|電話番号)を教えて',
        '(?:ご)?連絡先(?:を)?(?:交換|教え)|\\bid\\s*を?\\s*交換',
        '友(?:だ|達)ち?追加',
        '\\bdm(?:で|ください|して)',
      ),
    },
  ],
};
