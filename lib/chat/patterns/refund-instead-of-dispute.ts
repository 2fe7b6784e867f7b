import { anyOf, type ChatPattern } from '../match';

/**
 * A refund traded for the dispute: the buyer told not to open it, or to close or withdraw it, and the writer's own
 * refund offered instead — "não abre disputa, me passa seu e-mail que resolvo por lá com reembolso", "don't open a
 * dispute, I'll refund you myself", "chiudi la contestazione e ti rimborso", "fermez le litige, je vous rembourse",
 * "закройте спор, я верну деньги". Only the platform refunds through a dispute; a refund promised in its place is
 * paid outside the order, and the buyer who closed the dispute can no longer claim. A refund the message says goes
 * through the platform or the order ("the refund comes through AliExpress") is the platform's own. Words over
 * normalised text (lower-case, accents folded).
 */
export const DISPUTE =
  '(?:disputes?|claims?|disputa|reclamac\\w*|litige|contestazione|controversia|streitfall\\w*|disput\\w*|geschil\\w*|dispuut|spor|sporu|sporze|reklamacj\\w*)';

/** The dispute not opened, or closed, cancelled or withdrawn, in the languages read. */
export const DISPUTE_SET_ASIDE = [
  // en
  `\\b(?:don'?t|dont|do\\s+not|no\\s+need\\s+to|please\\s+not|without)\\s+(?:to\\s+)?(?:open|opening|file|filing|start|starting)\\s+(?:a\\s+|the\\s+|any\\s+)?${DISPUTE}\\b`,
  `\\b(?:close|cancel|withdraw|remove)\\w*\\s+(?:the\\s+|this\\s+|your\\s+)?${DISPUTE}\\b`,
  // es, pt: "no abra disputa", "não abre disputa", "sem abrir disputa", "cierre / feche / retire la disputa". Brazilian
  // speech repeats the "não" after the phrase ("não abre disputa não"): one negation, taken with the match so it is
  // not read as refusing it.
  `\\b(?:no|nao|sem|sin)\\s+(?:\\w+\\s+)?(?:abr[aei]\\w*|abrir)\\s+(?:a\\s+|la\\s+|uma\\s+|una\\s+|ninguna\\s+|nenhuma\\s+)?${DISPUTE}\\b(?:\\s+nao\\b)?`,
  `\\b(?:cierr\\w*|cerr\\w*|fech\\w*|cancel\\w*|retir\\w*|anul\\w*)\\s+(?:a\\s+|la\\s+|o\\s+|el\\s+)?${DISPUTE}\\b`,
  // fr: "n'ouvrez pas de litige", "sans ouvrir de litige", "fermez / annulez le litige"
  `\\bn'?\\s?ouvr\\w*\\s+pas\\s+(?:de\\s+|le\\s+|un\\s+)?${DISPUTE}|\\bsans\\s+ouvrir\\s+(?:de\\s+|le\\s+|un\\s+)?${DISPUTE}|\\b(?:ferm\\w*|annul\\w*|retir\\w*|clotur\\w*)\\s+(?:le\\s+|ce\\s+|votre\\s+)?${DISPUTE}\\b`,
  // it: "non aprire la contestazione", "chiudi / annulla / ritira la contestazione", "chiuda pure la controversia"
  `\\bnon\\s+(?:\\w+\\s+)?apr\\w*\\s+(?:la\\s+|una\\s+|nessuna\\s+)?${DISPUTE}\\b|\\b(?:chiud\\w*|annull\\w*|ritir\\w*)\\s+(?:pure\\s+|pur\\s+|subito\\s+)?(?:la\\s+|questa\\s+)?${DISPUTE}\\b`,
  // nl, pl, ro (stop 56): "als u het geschil intrekt", "open geen geschil", "sluit het geschil"; "proszę nie otwierać
  // sporu", "zamknij spór", "anuluj reklamację"; "nu deschideți disputa", "închideți disputa".
  `\\b(?:het|uw|je|de|dit)\\s+${DISPUTE}\\s+(?:\\w+\\s+)?(?:intrekt|intrekken|sluit|sluiten|annuleert|annuleren|stopzet|stopzetten)\\b|\\b(?:open|opent|start)\\s+(?:\\w+\\s+)?geen\\s+${DISPUTE}|\\bgeen\\s+${DISPUTE}\\s+(?:\\w+\\s+)?(?:openen|starten|beginnen|aanmaken)\\b|\\b(?:sluit|annuleer|trek)\\s+(?:\\w+\\s+)?(?:het\\s+|uw\\s+)?${DISPUTE}`,
  `\\bnie\\s+(?:\\w+\\s+)?otwier\\w*\\s+(?:\\w+\\s+)?${DISPUTE}|\\bnie\\s+(?:\\w+\\s+)?(?:otwor\\w*|zaklad\\w*|zglasz\\w*)\\s+(?:\\w+\\s+)?${DISPUTE}|\\b(?:zamkn\\w*|zamyk\\w*|anuluj\\w*|wycofa\\w*)\\s+(?:\\w+\\s+)?${DISPUTE}`,
  `\\bnu\\s+(?:\\w+\\s+)?deschide\\w*\\s+(?:o\\s+)?${DISPUTE}|\\b(?:inchide\\w*|anula\\w*|retrage\\w*)\\s+(?:\\w+\\s+)?${DISPUTE}`,
  // de: "öffnen Sie keinen Streitfall", "schließen Sie den Streitfall"
  `\\b(?:offnen|eroffnen)\\s+sie\\s+(?:bitte\\s+)?keinen\\s+${DISPUTE}|\\bkeinen\\s+${DISPUTE}\\s+(?:\\w+\\s+)?(?:offnen|eroffnen|aufmachen)\\b|\\b(?:schliess\\w*|schlies\\w*|storn\\w*|zuruckzieh\\w*|ziehen\\s+sie)\\s+(?:sie\\s+)?(?:bitte\\s+)?(?:den\\s+|ihren\\s+)?${DISPUTE}`,
  // ru, uk: "не открывайте спор", "закройте / отмените спор", "закрийте суперечку"
  // vi, id/ms, tr (stop 43; "itiraz etmeyin", and ja "紛争を起こさないで", stop 44): "không cần mở khiếu nại", "đừng mở tranh chấp", "hủy khiếu nại"; "tak perlu buka
  // komplain / dispute", "jangan buka sengketa", "batalkan komplain"; "itiraz açmanıza gerek yok", "anlaşmazlığı kapatın".
  '\\b(?:khong\\s+can|dung|khoi|chua\\s+can)\\s+(?:\\S+\\s+)?(?:mo|tao|gui)\\s+(?:\\S+\\s+)?(?:khieu\\s+nai|tranh\\s+chap|dispute)|\\b(?:huy|dong|rut)\\s+(?:bo\\s+)?(?:khieu\\s+nai|tranh\\s+chap|dispute)',
  '\\b(?:tak|tidak|gak|nggak|ga|jangan|x)\\s+(?:perlu\\s+|usah\\s+|payah\\s+)?(?:buka|membuka|ajukan|mengajukan|buat|open)\\s+(?:\\S+\\s+)?(?:komplain|dispute|sengketa|aduan|pertikaian)|\\b(?:batalkan|batal|tutup|tarik\\s+balik|cabut)\\s+(?:\\S+\\s+)?(?:komplain|dispute|sengketa|aduan|pertikaian)\\b',
  '\\b(?:itiraz|anlasmazlik)\\w*\\s+(?:\\S+\\s+)?(?:acmayin|acmaniza\\s+gerek\\s+yok|acmayiniz|kapatin|kapatiniz|iptal\\s+edin|geri\\s+cekin|etmeyin|etmeyiniz|etmenize\\s+gerek\\s+yok)',
  // zh, ja, ko: "不用开纠纷", "别提起纠纷", "撤销纠纷"; "紛争を開かないで", "紛争を取り下げて"; "분쟁을 열지 마세요", "분쟁 취소".
  '(?:不用|不要|别|別|无需|無需|不必)(?:开|開|提起|发起|發起|申请|申請)?(?:纠纷|糾紛|争议|爭議)|(?:撤销|撤銷|取消|关闭|關閉|撤回)(?:一下)?(?:纠纷|糾紛|争议|爭議)',
  '(?:紛争|異議|ディスピュート)(?:を|は)?(?:開かないで|開かずに|起こさないで|起こさずに|申請しないで|提起しないで|取り下げ|取消|キャンセル|閉じて)|분쟁(?:을|은)?\\s?(?:열지|신청하지|걸지|취소|철회|닫아)',
  '(?<![\\p{L}])(?:не\\s+открыва\\p{L}*|не\\s+відкрива\\p{L}*|закро\\p{L}*|закри\\p{L}*|отмени\\p{L}*|скасу\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:спор|спір|диспут|суперечк|претензи)\\p{L}*',
];

/** The writer's own refund, in the languages read. */
const WRITER_REFUND =
  /\b(?:hoan\s+(?:lai|tien|tra)|tra\s+lai\s+tien|kembalikan|pengembalian\s+dana|pulangkan|iade\s+(?:ederim|ederiz|yaparim|yapariz)|refund\w*|pay\s+(?:you\s+)?back|money\s+back|reembols\w*|devolv\w*|devuelvo|rembours\w*|erstatt\w*|ruckerstatt\w*|rimbors\w*|estorn\w*|terugbetal\w*|terugstort\w*|zwroc\w*|zwrot\w*|returna\w*|rambursa\w*|zuruckuberweis\w*|zuruckzahl\w*)\b|\b(?:bedrag|geld|money|geld|dinero|dinheiro|argent|soldi|banii|pieniadze)\s+(?:\S+\s+){0,2}?(?:terug|zuruck|back|inapoi)\b|\b(?:stuur|stort|maak)\s+(?:\S+\s+){0,5}?terug\b|\buberweise\w*\s+(?:\S+\s+){0,5}?zuruck\b|(?<![\p{L}])(?:верну|вернем|возврат|поверну|повернемо|повернення)\p{L}*|退款|退钱|退錢|返金|환불/u;

/** The refund sent through the platform or the order itself. */
export const REFUND_ON_PLATFORM =
  /\b(?:refund\w*|reembols\w*|rembours\w*|rimbors\w*|erstatt\w*|ruckerstatt\w*|estorn\w*)\s+(?:\S+\s+){0,4}?(?:through|via|on|in|pelo|pela|por|no|na|en|sur|par|tramite|su|uber|per)\s+(?:the\s+|o\s+|a\s+|la\s+|el\s+|le\s+|il\s+|die\s+|den\s+)?(?:aliexpress|alibaba|platform|plataforma|plateforme|piattaforma|plattform|order|pedido|commande|ordine|bestellung)\b/u;

/**
 * The refund's own way off the platform: a channel or an account of the buyer's, a transfer app, "directly",
 * "myself", "between us", "there". "Don't open a dispute yet, the parcel is in customs" with a refund named but no
 * such way is a seller asking for patience, left to the other readings.
 */
export const OWN_WAY =
  /\b(?:momo|zalo\w*|viettelpay|vnpay|stk|sdt|so\s+tai\s+khoan|(?<!(?:pengembalian|pemulangan|pulangan)\s)dana|ovo|gopay|shopeepay|rekening|akaun|nombor|nomor|papara|hesap\w*|e-?mail|mail|correo|number|numero|nummer|whats\s?app|wpp|zap|telegram|paypal|wise|bank|iban|pix|bizum|satispay|tikkie|revolut|blik|bonifico|virement|transferencia|transferencia|przelew\w*|overboek\w*|uberweis\w*|direct\w*|diret\w*|myself|personally|between\s+us|entre\s+nos\w*|tra\s+noi|entre\s+nous|unter\s+uns|por\s+la|por\s+ahi|la-bas|li|dort|there|yo\s+mismo|eu\s+mesmo|moi-meme|io\s+stesso|selbst|personalmente|pessoalmente|personnellement|personlich)\b|(?<![\p{L}])(?:напрямую|напряму|сам|між\s+нами|между\s+нами|на\s+карт\p{L}*|номер\p{L}*|почт\p{L}*)(?![\p{L}])|微信|支付宝|支付寶|银行卡|銀行卡|私下|口座|ペイペイ|계좌|카톡|토스/u;

/**
 * The platform itself as the one who refunds: "AliExpress refunds you automatically", "el sistema le reembolsa", "iade
 * ederiz, Alibaba sistemi üzerinden", "AliExpressから返金されます" (stop 44); in
 * id/ms the refund comes first and the agent after it ("pengembalian dana diproses oleh AliExpress", "melalui sistem
 * pesanan").
 */
export const PLATFORM_REFUNDS =
  /\b(?:aliexpress|alibaba|platform|plataforma|plateforme|piattaforma|plattform|system|sistema|systeme)\s+(?:\S+\s+){0,2}?(?:refund\w*|reembols\w*|rembours\w*|rimbors\w*|erstatt\w*|estorn\w*|mengembalikan|memulangkan)|\b(?:pengembalian\s+dana|pemulangan\s+(?:dana|wang)|refund\w*|dana)\s+(?:\S+\s+){0,4}?(?:oleh|melalui|lewat|dari|via)\s+(?:pihak\s+|sistem\s+)?(?:aliexpress|alibaba|platform|sistem|pesanan|aplikasi|apl)\b|\biade\w*\b[^.!?\n]{0,40}?\b(?:aliexpress|alibaba|platform\w*|sistem\w*)\s+(?:\S+\s+)?(?:uzerinden|araciligiyla|tarafindan)\b|\b(?:aliexpress|alibaba|platform\w*|sistem\w*)\s+(?:\S+\s+)?(?:uzerinden|araciligiyla|tarafindan)\b[^.!?\n]{0,40}?\biade\w*|(?:aliexpress|alibaba|プラットフォーム|システム)(?:から|より|経由で|を通じて|を通して)(?:[^。！？\n]{0,8})返金/u;

/**
 * The refund received first, the dispute closed after: "once the refund is in your bank account, you can close the
 * dispute", "cuando el reembolso llegue a su cuenta", "assim que o reembolso cair na sua conta". The buyer keeps the
 * dispute until the money is there, so nothing is traded for it; "close it and then I refund" stays a trade.
 */
export const REFUND_RECEIVED_FIRST =
  /\b(?:once|after|when|as\s+soon\s+as|una\s+vez\s+que|cuando|en\s+cuanto|assim\s+que|depois\s+que|quando|des\s+que|une\s+fois\s+que|quand)\s+(?:the\s+|your\s+|el\s+|su\s+|o\s+|seu\s+|le\s+|votre\s+)?(?:refund|reembolso|remboursement)\s+(?:is|has\s+(?:arrived|landed|reached)|arrives|lands|reaches|shows|este|llegue|llega|este\s+en|cair|caiu|chegar|estiver|sera|arrive)\b/u;

export const REFUND_INSTEAD_OF_DISPUTE: ChatPattern = {
  kind: 'contextual',
  what: 'a refund offered instead of the dispute, outside the platform',
  gate: /disput|claim|reclamac|litige|contestazione|controversia|streitfall|geschil|dispuut|spor|reklamacj|спор|спір|диспут|суперечк|претензи|khieu nai|tranh chap|komplain|sengketa|aduan|pertikaian|itiraz|anlasmazlik|纠纷|糾紛|争议|爭議|紛争|異議|ディスピュート|분쟁/,
  needs: new RegExp(
    `^(?![^]*(?:${REFUND_ON_PLATFORM.source}|${PLATFORM_REFUNDS.source}))(?=[^]*(?:${OWN_WAY.source}))[^]*(?:${WRITER_REFUND.source})`,
    'u',
  ),
  needsIn: 'message',
  unless: REFUND_RECEIVED_FIRST,
  unlessIn: 'sentence',
  re: anyOf(...DISPUTE_SET_ASIDE),
};
