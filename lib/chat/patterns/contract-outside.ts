import { anyOf, type ChatPattern } from '../match';

/**
 * A contract signed away from the platform, with money in the message: "for OEM we must sign the contract outside,
 * the deposit goes to the account in the contract", "el contrato lo firmamos fuera de la plataforma", "合同线下签，
 * 定金打到合同上的账户". The order's terms and its payee then live in a document the platform never sees, so the
 * deposit paid by it is paid outside the order. A contract signed on the platform, or a message that keeps the
 * payment in the order ("the brand licence is signed offline, the payment stays in the Trade Assurance order"),
 * is not such a request.
 */
/**
 * Away from the platform, said of the signing: outside, offline, privately, separately, by e-mail, face to face / in
 * person (at a meeting, where no order records the terms).
 */
const AWAY_EN =
  '(?:outside|offline|face\\s+to\\s+face|in\\s+person|off-?line|off\\s+(?:the\\s+)?(?:platform|alibaba|site)|privately|in\\s+private|separately|by\\s+e-?mail|via\\s+e-?mail|directly\\s+with\\s+(?:us|me|our\\s+(?:company|factory|lawyer)))';
const CONTRACT_EN = '(?:contract|agreement|sales\\s+contract|purchase\\s+contract)';
const AWAY_ES_PT =
  '(?:fuera|por\\s+fuera|aparte|por\\s+separado|fora|por\\s+fora|a\\s+parte|em\\s+separado|por\\s+(?:correo|e-?mail))';
const AWAY_FR = '(?:hors|en\\s+dehors|a\\s+part|separement|par\\s+(?:e-?mail|mail|courriel))';
const AWAY_DE = '(?:ausserhalb|separat|getrennt|per\\s+(?:e-?mail|mail|post))';

export const CONTRACT_OUTSIDE: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  anchorIn: 'message',
  gate: /contract|agreement|contrat|vertrag|合同|合约|договор/,
  needs:
    /\b(?:pa(?:y|id|ying|yment)|deposit|balance|transfer|remit|wire|account|acc|pag\w*|deposito|anticipo|sena|sinal|cuenta|conta|acompte|paiement|payer|virement|compte|zahl\w*|anzahlung|uberweis\w*|konto)\b|定金|订金|付款|货款|账户|账号|打款|(?<![\p{L}])(?:оплат|предоплат|сч[её]т)\p{L}*/u,
  needsIn: 'message',
  re: anyOf(
    // "sign (the OEM) contract outside", "make the agreement offline", "we do the contract separately by e-mail".
    `\\b(?:sign|signs|signing|signed|make|making|do|doing|conclude)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|this\\s+)?(?:\\w+\\s+)?${CONTRACT_EN}\\s+(?:\\w+\\s+)?${AWAY_EN}`,
    // "the contract (will be) signed outside", "contract outside Alibaba".
    `\\b${CONTRACT_EN}\\s+(?:(?:is|will\\s+be|must\\s+be|has\\s+to\\s+be|should\\s+be|we|to\\s+be)\\s+)?(?:signed\\s+|made\\s+)?${AWAY_EN}`,
    // es / pt: "firmar el contrato fuera", "el contrato lo firmamos por fuera", "assinamos o contrato por fora".
    `\\b(?:firm|assin)\\w*\\s+(?:el\\s+|un\\s+|o\\s+|um\\s+)?contrato\\s+(?:\\w+\\s+)?${AWAY_ES_PT}\\b`,
    `\\bcontrato\\s+(?:(?:lo|o)\\s+)?(?:firm|assin)\\w*\\s+(?:\\w+\\s+)?${AWAY_ES_PT}\\b|\\bcontrato\\s+${AWAY_ES_PT}\\b`,
    // fr: "signer le contrat hors plateforme", "le contrat se signe en dehors d'Alibaba".
    `\\bsign\\w*\\s+(?:le\\s+|un\\s+)?contrat\\s+(?:\\w+\\s+)?${AWAY_FR}\\b|\\bcontrat\\s+(?:se\\s+)?sign\\w*\\s+(?:\\w+\\s+)?${AWAY_FR}\\b`,
    // de: "den Vertrag außerhalb von Alibaba unterschreiben", "Vertrag schließen wir separat".
    `\\bvertrag\\w*\\s+(?:\\w+\\s+){0,3}?${AWAY_DE}\\b|\\b${AWAY_DE}\\s+(?:\\w+\\s+){0,3}?(?:einen\\s+|den\\s+)?vertrag`,
    // zh: "合同线下签", "线下签合同", "私下签合同", "合同走线下", "合同不走平台".
    '(?:线下|線下|私下|平台外|站外)\\S{0,3}(?:签|簽)\\S{0,2}(?:合同|合约|合約)|(?:合同|合约|合約)\\S{0,4}(?:线下|線下|私下|走线下|不走平台|不走阿里)',
    // ru: "договор подпишем напрямую / вне площадки / отдельно".
    '(?<![\\p{L}])договор\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:напрямую|вне\\s+площадки|вне\\s+платформы|отдельно)',
  ),
};
