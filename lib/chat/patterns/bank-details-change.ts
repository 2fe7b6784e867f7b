import { COMPOSED_BANK_PATTERNS } from '../compose';
import { LOGIN_ACCOUNT } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';
import { ACCOUNT_CHANGED_BN_SW } from './account-changed-bn-sw';
import { ACCOUNT_CORRECTED_PATTERNS } from './account-corrected';
import { ACCOUNT_IS_THE_NEW_ONE } from './account-is-the-new-one';
import { NOT_THE_BUYERS } from './indirect-payment';
import { LANGUAGE_BANK_PATTERNS } from './languages';
import { PAYEE_MOVED_PATTERNS } from './payment-conditions';

/** "Our account changed / is frozen / use the new beneficiary" (trade-assurance-rules.md §3), six languages here, more in languages/. */
const BANK_THING =
  '(?:bank(?:ing)?\\s+(?:account|details|information|info|data)|bank|account|acct|a\\/c|beneficiary(?:\\s+(?:bank|account|name|details))?|receiving\\s+(?:account|bank)|remittance\\s+(?:details|information|info)|payment\\s+(?:details|information|info|account))';

/** "Our bank is closed for the national holiday": opening hours, not a blocked account. */
const OPENING_HOURS =
  '(?!\\s+(?:for|during|on|over|until|till|from)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:holidays?|festival|weekends?|vacation|new\\s+year|national\\s+day|sundays?|saturdays?|today|tomorrow|\\d))';

/**
 * "Our customer account system was updated, please log in again", "the new account for our shop on Alibaba":
 * an account of the shop or of a login, in a clause naming no bank, beneficiary or payment.
 */
const WEB_ACCOUNT_ONLY = new RegExp(
  `^(?![^]*\\b(?:bank|iban|swift|beneficiar\\w*|remit\\w*|wire|t\\/t|pay\\w*|deposit|balance|transfer\\w*)\\b)[^]*(?:\\b(?:shop|store|storefront)\\b|${LOGIN_ACCOUNT.source})`,
  'u',
);

/** The buyer's own card said to be declined or to fail: "the payment failed on your card", "your card was declined". */
const BUYERS_CARD_DECLINED =
  /\b(?:(?:payment|transaction|charge)\s+(?:has\s+|was\s+)?(?:failed|declined|rejected|did\s?n[o']?t\s+go\s+through)\s+(?:on|with|from)\s+(?:your|ur)\s+(?:credit\s+|debit\s+)?card|(?:your|ur)\s+(?:credit\s+|debit\s+)?card\s+(?:was\s+|has\s+been\s+|got\s+|is\s+)?(?:declined|rejected|refused|failed))\b/;

/** The message speaks of a bank or of money at all. */
const MONEY_IN_MESSAGE =
  /\b(?:bank\w*|iban|swift|beneficiar\w*|remit\w*|wire|t\/?t|tt|pay\w*|paid|deposit|balance|transfer\w*|money|funds?|usd|rmb|eur|receiv\w*|invoice|pi|proforma|wallet|alipay|wechat\s+pay|paypal|western|account\s+(?:no|number|name|holder))\b/;

/**
 * "Retrouvez-nous sur notre nouveau compte", "síganos en nuestra nueva cuenta", "siga nossa nova conta": a new
 * account the buyer is to find or follow is the shop's profile, not where money goes — unless the message speaks of
 * paying or of a bank (then the new account may well be one). The move itself is read by the contact rule.
 */
const PROFILE_TO_FOLLOW =
  /^(?![\s\S]*\b(?:pay\w*|paie\w*|payer|regl\w*|virement|pag\w*|transf\w*|deposit\w*|deposer|rib|iban|bank\w*|banque|banco|bancaire|bancari\w*)\b)[\s\S]*\b(?:retrouvez-nous|retrouvez\s+nous|suivez-nous|suivez\s+nous|rejoignez-nous|abonnez-vous|encuentranos|encuentrenos|siganos|siguenos|encontre-nos|encontrem-nos|siga-nos|sigam-nos|siga|sigam|follow\s+us|find\s+us)\s+(?:(?:sur|a|en|no|na|em|on|at)\s+)?(?:notre|nuestra|nossa|our)\s+(?:nouveau|nueva|nova|new)\s+(?:compte|cuenta|conta|account)\b/u;

/**
 * "The beneficiary is now shown / indicated on the order page": where the payee is read, not who it is (s53nchat). The
 * verbs of showing in every language the changed-payee reading reads, then a place word; or the payee said unchanged
 * ("is now the same as before").
 */
const PAYEE = '(?:beneficiar(?:y|io|e)|payee|favorecido)';
const SHOWN_WHERE =
  '(?:(?:shown|displayed|listed|visible|printed|indicated|stated|written|given|mentioned|indicat[oa]|riportat[oa]|mostrat[oa]|visualizzat[oa]|scritt[oa]|indicad[oa]|mostrad[oa]|visible|exibid[oa]|informad[oa]|indique(?:e)?|affiche(?:e)?|mentionne(?:e)?|inscrit|angezeigt|angegeben|aufgefuhrt|vermerkt|sichtbar|ersichtlich)\\b|(?:on|in|en|sur|no|na|nella|nel|sulla|sul|dans|auf|im|in\\s+der)\\b|(?:the\\s+same|unchanged|still|as\\s+before|el\\s+mismo|o\\s+mesmo|lo\\s+stesso|le\\s+meme|invariat[oa]|inchange|unverandert|derselbe)\\b)';

export const BANK_DETAILS_CHANGE_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    negationInside: true,
    what: 'a changed bank account or beneficiary',
    gate: /bank|account|acct|a\/c|beneficiar|payee|favorecido|begunstigt|receiving|remittance|payment|pi|proforma|invoice/,
    unless: WEB_ACCOUNT_ONLY,
    re: anyOf(
      `\\b${BANK_THING}\\s+(?:has\\s+|have\\s+|had\\s+|is\\s+|was\\s+|were\\s+|got\\s+)?(?:been\\s+|just\\s+)?(?:changed|updated|replaced|modified|switched|renewed)`,
      `\\b(?:changed|updated|replaced|modified|switched)\\s+(?:to\\s+)?(?:our|the|a|my)?\\s*(?:new\\s+)?${BANK_THING}`,
      '\\b(?:change|update)\\s+(?:of|in)\\s+(?:our\\s+)?(?:bank|beneficiary|account|payment)\\s*(?:account|details|information|info)?',
      // "please update our bank information in your system": the buyer is asked to record a new account.
      `\\b(?:update|change|amend|replace|correct)\\s+(?:our|the|my)\\s+(?:company\\s+)?${BANK_THING}\\s+(?:in|on)\\s+(?:your|the)\\s+(?:system|records?|file|erp|database|vendor\\s+master)`,
      // "beneficiary is now Shenzhen X Co.", "the beneficiary name will now be …", "now the beneficiary is …", "el
      // beneficiario ahora es", "le bénéficiaire est désormais", "Begünstigter ist ab sofort", "o beneficiário agora é",
      // "il beneficiario ora è": a changed payee in all but the word (stop 53).
      // The payee in English, Spanish, Portuguese ("favorecido") and the word order "beneficiário agora é" (s53nchat);
      // never when the payee is said to be shown on the order page or the invoice (SHOWN_WHERE).
      `\\b${PAYEE}\\s+(?:now|ahora|agora|ora|adesso|desormais|maintenant)\\s+(?:is|es|e|est|sera|sara|will\\s+be)\\b(?!\\s+${SHOWN_WHERE})|\\b${PAYEE}\\s+(?:(?:name|account|bank)\\s+)?(?:is|will\\s+be|has\\s+become|becomes|es|sera|est|e|sara)\\s+(?:now|from\\s+now\\s+on|henceforth|ahora|desormais|maintenant|dorenavant|agora|ora|adesso)\\b(?!\\s+${SHOWN_WHERE})|\\b(?:now|ahora|desormais|maintenant|agora|ora)\\s+(?:the\\s+|el\\s+|le\\s+|o\\s+|il\\s+)?${PAYEE}\\s+(?:is|es|est|e)\\b(?!\\s+${SHOWN_WHERE})|\\b${PAYEE}\\s+(?:\\w+\\s+){0,2}?(?:changed|switched|moved)\\s+to\\b|\\bbegunstigte\\w*\\s+(?:ist|lautet)\\s+(?:jetzt|nun|ab\\s+sofort|kunftig|neu)\\b(?!\\s+${SHOWN_WHERE})`,
      '\\b(?:new|updated|changed|different|latest)\\s+(?:bank(?:ing)?\\s+(?:account|details|information|info)|beneficiary|receiving\\s+account|remittance\\s+(?:details|information)|payment\\s+account|account(?:\\s+(?:number|details|info|information))?\\b(?!\\s+(?:manager|executive|rep\\w*|team)))',
    ),
  },
  {
    // A new or re-issued PI is as often a price or quantity change made in the order ("I will issue a new PI
    // in the Alibaba order, the bank account shown there is Alibaba's"): only away from the platform is it a
    // new payee.
    kind: 'contextual',
    negationInside: true,
    anchorIn: 'message',
    what: 'a changed bank account or beneficiary',
    gate: /pi|proforma|invoice/,
    unless: WEB_ACCOUNT_ONLY,
    re: anyOf(
      '\\b(?:re-?issued?|revised|new)\\s+(?:the\\s+)?(?:pi|proforma|invoice)\\b.{0,60}\\b(?:beneficiary|account|bank)',
      '\\b(?:pi|proforma|invoice)\\s+(?:was\\s+|is\\s+|has\\s+been\\s+)?re-?issued',
    ),
  },
  {
    // "…the company account has a limit now, new details are on the PI I send you": in a message about where
    // the money goes, "new details" are new bank details even when the word "bank" is left out.
    kind: 'contextual',
    negationInside: true,
    what: 'new payment details for the account',
    gate: /new|updated|revised|changed/,
    needs: /\b(?:account|acct|a\/c|bank|beneficiary)\b/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:new|updated|revised|changed)\\s+(?:details|info|information|data)\\b(?!\\s+(?:of|about|on)\\s+(?:the\\s+)?(?:product|design|item|model|packing|packaging|artwork|logo|shipment|shipping|order))',
    ),
  },
  {
    // "Our old account cannot receive USD any more": the "not" is the news itself, so it is part of the match
    // (blanked) rather than a refusal of it.
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: /old|previous|usual|former|original|current/,
    re: anyOf(
      "\\b(?:old|previous|usual|former|original|current)\\s+(?:bank\\s+)?account\\s+(?:\\w+\\s+){0,2}?(?:can\\s?not|cannot|can't|cant|is\\s+not\\s+able\\s+to|unable\\s+to|no\\s+longer|will\\s+not|won't|has\\s+(?:some\\s+)?problem|have\\s+(?:some\\s+)?problem|is\\s+(?:closed|invalid|blocked))(?:\\s+\\w+){0,3}?(?:\\s+(?:any\\s?more|now))?",
    ),
  },
  {
    // "Use my colleague's account … the old one is not used for foreign payments any more": in a message about
    // an account, "the old one" is the old account, and saying it is out of use announces the change.
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: /old|previous|former/,
    needs: /\b(?:account|acct|a\/c|bank|beneficiary)\b/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:old|previous|former)\\s+(?:one|account|acct|bank\\s+account)\\s+(?:\\w+\\s+){0,2}?(?:is|was|will\\s+be)\\s+(?:not|no\\s+longer)\\s+(?:used|valid|in\\s+use|active|working|available)(?:\\s+\\w+){0,3}?(?:\\s+(?:any\\s?more|now))?',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /frozen|freezed|blocked|suspended|restricted|limited|locked|closed|hold|audit|review|investigation|inspection|maintenance|checking|tax/,
    // "This account will be closed soon, contact me on my new Skype": a chat account, when nothing in the
    // message speaks of banks or money.
    needs: MONEY_IN_MESSAGE,
    needsIn: 'message',
    // "The payment failed on your card, maybe your bank blocked it; try another card on the same checkout page":
    // the buyer's card declined, which is the buyer's bank at work, not the seller's account.
    unless: BUYERS_CARD_DECLINED,
    unlessIn: 'message',
    re: anyOf(
      `\\b${NOT_THE_BUYERS}${BANK_THING}\\s+(?:\\w+\\s+){0,2}?(?:is|are|was|has\\s+been|got|been)?\\s*(?:under\\s+(?:audit|review|investigation|inspection|maintenance|checking|tax\\s+\\w+)|frozen|freezed|blocked|suspended|restricted|limited|locked|closed${OPENING_HOURS}|on\\s+hold)`,
      '\\b(?:frozen|blocked|suspended|audited)\\s+(?:bank\\s+)?account',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /账|帳|户|戶|收款|信息|資料/,
    re: anyOf(
      // "账号密码改了" is the login's password changed, not the payee (red team, stop 44).
      '(?:账户|帳戶|账号|帳號|户头|戶頭|收款人|收款信息|收款資料|银行信息|銀行資料|收款账户|收款帳戶|收款帳號)(?!密码|密碼|登录|登錄|登陆|登陸)\\S{0,4}(?:变更|變更|更换|更換|更新|改了|换了|換了|修改|不能用|不能使用|不能收款|无法|無法|收不了(?!美金|美元|外币|外幣|外汇|外匯))',
      '(?:更换|更換|变更|變更|换了|換了|更新)(?:了)?(?:\\S{0,3})?(?:收款|银行|銀行)?(?:账户|帳戶|账号|帳號|收款人|信息|資料)',
      '(?:更换|更換|变更|變更|换了|換了|更改)(?:了)?(?:收款|开户)?(?:银行|銀行)',
      '新(?:的)?(?:收款)?(?:账户|帳戶|账号|帳號|收款人|银行账户|銀行帳戶)',
      '(?:账户|帳戶|账号|帳號)\\S{0,3}(?:被)?(?:冻结|凍結|审计|審計|审核|審核|查账|查帳|封|限制|冻住|凍住)',
      '(?:旧|舊)(?:的)?(?:账户|帳戶|账号|帳號)',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /cuenta|datos|beneficiari|banco/,
    unless: PROFILE_TO_FOLLOW,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:cambiamos|hemos\\s+cambiado|cambio|ha\\s+cambiado|han\\s+cambiado|cambiaron|actualizamos)\\s+(?:de\\s+|la\\s+|los\\s+|nuestra\\s+|nuestros\\s+)?(?:cuenta|datos\\s+bancarios|banco|beneficiario)|\\b(?:cuenta|datos\\s+bancarios|beneficiario|banco)\\s+(?:\\w+\\s+){0,2}?(?:ha\\s+cambiado|han\\s+cambiado|cambio|cambiaron|es\\s+nuev\\w+)',
      '\\b(?:nueva\\s+cuenta|nuevo\\s+beneficiario|nuevos\\s+datos\\s+bancarios)\\b|\\bcuenta\\s+(?:\\w+\\s+){0,2}?(?:bloqueada|congelada|suspendida|en\\s+auditoria|embargada)',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /conta|dados|beneficiari|banco/,
    unless: PROFILE_TO_FOLLOW,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:mudamos|alteramos|trocamos|mudou|mudaram|alterad[ao]s?|trocad[ao])\\s+(?:a\\s+|de\\s+|os\\s+|nossa\\s+|nossos\\s+)?(?:conta|dados\\s+bancarios|banco|beneficiario)|\\b(?:conta|dados\\s+bancarios|beneficiario)\\s+(?:\\w+\\s+){0,2}?(?:mudou|mudaram|foi\\s+alterad\\w+|foram\\s+alterad\\w+)',
      '\\b(?:nova\\s+conta|novo\\s+beneficiario|novos\\s+dados\\s+bancarios)\\b|\\bconta\\s+(?:\\w+\\s+){0,2}?(?:congelada|bloqueada|suspensa|em\\s+auditoria)',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /compte|coordonnees|rib|banque|domiciliation|beneficiaire/,
    unless: PROFILE_TO_FOLLOW,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:change|modifie)\\s+(?:de\\s+|nos\\s+|notre\\s+)?(?:compte|coordonnees\\s+bancaires|rib|banque|beneficiaire)|\\b(?:compte|coordonnees\\s+bancaires|rib|beneficiaire)\\s+(?:\\w+\\s+){0,2}?(?:change|modifie|ont\\s+change|a\\s+change)',
      '\\b(?:nouveau\\s+(?:compte|rib|beneficiaire)|nouvelle\\s+(?:banque|domiciliation)|nouvelles\\s+coordonnees)\\b|\\bcompte\\s+(?:\\w+\\s+){0,2}?(?:bloque|gele|suspendu|en\\s+audit)',
    ),
  },
  {
    kind: 'explicit',
    negationInside: true,
    what: 'an account said to be frozen, audited or blocked, or changed',
    gate: /сч|реквизит|банк|получател/,
    re: anyOf(
      '(?<![\\p{L}])(?:сменили|изменили|поменяли|обновили|изменились|поменялись|сменился|изменился|поменялся)\\s+(?:\\p{L}+\\s+){0,2}?(?:сч[её]т\\p{L}*|реквизит\\p{L}*|банк\\p{L}*|получател\\p{L}*)',
      '(?:сч[её]т\\p{L}*|реквизит\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:изменил\\p{L}*|поменял\\p{L}*|сменил\\p{L}*|заблокирован\\p{L}*|заморожен\\p{L}*|арестован\\p{L}*|на\\s+проверке)',
      '(?<![\\p{L}])(?:нов\\p{L}+)\\s+(?:банковск\\p{L}+\\s+)?(?:сч[её]т\\p{L}*|реквизит\\p{L}*|получател\\p{L}*)',
    ),
  },
  ...LANGUAGE_BANK_PATTERNS,
  ...PAYEE_MOVED_PATTERNS,
  ...ACCOUNT_CORRECTED_PATTERNS,
  ...ACCOUNT_CHANGED_BN_SW,
  ...ACCOUNT_IS_THE_NEW_ONE,
  ...COMPOSED_BANK_PATTERNS,
];
