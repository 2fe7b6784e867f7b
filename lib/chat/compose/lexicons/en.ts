import { FRIENDS_AND_FAMILY_PAYMENT } from '../../patterns/friends-and-family';
import type { Lexicon } from '../lexicon';

/**
 * English, as Chinese suppliers write it to buyers ("kindly remit the balance to our new account", "the
 * updated bank info below", "send as friends"). The phrase patterns (patterns/*.ts) already cover urgency
 * and the direct asks; these slots add the combinations they missed.
 */
export const EN: Lexicon = {
  lang: 'en',
  script: 'latin',
  // "bank in to our acc", "bank-in the balance": Malaysian and Singaporean English for paying into an account.
  pay: 'pay|paid|paying|payment|payments|transfer\\w*|remit\\w*|wire|wiring|deposit|t\\/?t|settle|send\\s+(?:the\\s+)?(?:money|funds|payment|deposit|balance)|balance|bank\\s?-?in(?=\\s+(?:to|into|directly|direct|the\\s+(?:money|payment|deposit|balance|amount)|rm|usd|sgd|\\d))',
  receive: 'receive\\w*|collect\\w*|receipts?',
  // "bank acc", "company acc": how suppliers abbreviate it in chat.
  // A "card reader" or "card terminal" is a device, not a card to pay (NOT_A_CARD_DEVICE).
  account:
    // A card named for what it shows ("the swatch card", "a colour card", "my name card") is a sample or a contact
    // card, never where money goes; an "account manager" is a person.
    'account(?!\\s+(?:managers?|executives?|reps?|representatives?|team|officers?|specialists?)\\b)|accounts|acct|accs?|a\\/c|card(?<!\\b(?:swatch|colou?r|shade|sample|fabric|material|pantone|name|business|visiting|greeting|post|thank[\\s-]you|warranty|hang|header|insert|instruction|size|price|label)\\s+card)(?!\\s+(?:readers?|terminals?|machines?|slots?|holders?|printers?|games?|stock|boards?)\\b)|wallet',
  bankInfo:
    'bank\\s+(?:account|details|info|information|data|name)|banking\\s+(?:details|info|information)|beneficiary(?:\\s+(?:bank|account|name|details))?|receiving\\s+(?:bank|account)|remittance\\s+(?:details|info|information)|payment\\s+(?:details|info|information|account)|account\\s+(?:info|information|details|number|no)|iban|swift\\s+code',
  // "Charged to your own account" is the buyer's own: only the writer's or a third party's "own" is a payee.
  owner:
    "personal|private|individual|own(?<!\\b(?:your|ur|yr)\\s+own)|boss(?:'s)?|owner(?:'s)?|director(?:'s)?|manager(?:'s)?|wife(?:'s)?|husband(?:'s)?|friend(?:'s)?|relative(?:'s)?|cousin(?:'s)?|colleague(?:'s)?|employee(?:'s)?|accountant(?:'s)?|cashier(?:'s)?|(?:in|under)\\s+(?:the\\s+)?name\\s+of",
  other: 'other|another|different|alternative|second',
  fresh: 'new|updated|latest',
  related:
    '(?:parent|sister|mother|holding|affiliated|associated|subsidiary|daughter)\\s+(?:company|companies|firm|entity|corporation)|(?:hong\\s+kong|hk|singapore|offshore|overseas)\\s+(?:branch|office|company|entity|subsidiary)|(?:branch|office|subsidiary)\\s+in\\s+(?:hong\\s+kong|hk|singapore)|export\\s+agent(?:\\s+company)?|head\\s+office',
  direct: 'direct|directly',
  // "Another way of shipping" is a way to ship, not to pay.
  method:
    '(?:way|ways|method|methods|channel|means|option)(?!\\s+(?:of|to|for)\\s+(?:ship|shipping|deliver|delivery|transport|packing|pack)\\b)',
  platform: '',
  notNeeded: '',
  outside: '',
  friends:
    // A "Friends & family bundle" or a gift "for friends and family" is a sale or an audience (friends-and-family.ts).
    `(?:as|like|between|among)\\s+(?:a\\s+)?(?:friends?|family)|${FRIENDS_AND_FAMILY_PAYMENT}|f\\s?&\\s?f|fnf|as\\s+(?:a\\s+)?gift`,
  changed: 'changed|updated|revised|corrected|replaced|modified|switched|renewed|amended',
  // The phrase patterns cover 'frozen'/'blocked'; these are the audit and limit stories they missed.
  trouble:
    '(?:has|have|having|is\\s+in|under)\\s+(?:an?\\s+|the\\s+)?(?:annual\\s+|yearly\\s+|tax\\s+|bank\\s+)?(?:audit|auditing|inspection|review|maintenance|upgrade|upgrading)|(?:being|been)\\s+(?:upgraded|maintained)|limit\\s+(?:is\\s+)?(?:full|reached|exceeded)',
  discard:
    "ignore|disregard|(?:do\\s+not|don'?t|dont)\\s+(?:use|pay\\s+to|send\\s+to)|no\\s+longer\\s+(?:valid|in\\s+use|used|active)|stop\\s+using|not\\s+valid\\s+anymore|invalid",
  old: 'old|previous|former|original',
  invoice: 'pi|proforma(?:\\s+invoice)?|invoice',
  soon: '',
  loss: '',
  received: '',
  buy: 'buy|order|orders|purchase|checkout|place\\s+(?:the|an|your)\\s+order',
  store: 'shop|store|website|web\\s?site|webshop|minisite|mini\\s?site|online\\s+(?:shop|store)',
  addMe: '',
  // "No need to create a new Alibaba order": the order may be named with the platform
  // ("a new order" alone, without it, may be the same order re-used, and stays unread).
  noOrder:
    "no\\s+need\\s+(?:to\\s+|for\\s+)?(?:make|place|create|open|use)?\\s*(?:an?\\s+|the\\s+|another\\s+)?(?:(?:(?:new|separate)\\s+)?(?:alibaba|platform|ta|trade\\s+assurance)\\s+)?orders?|(?:don'?t|do\\s+not|dont|not)\\s+(?:use|through|via)\\s+the\\s+(?:order|checkout)|not\\s+worth\\s+(?:making|placing|opening|an?)\\s+(?:an?\\s+)?order|without\\s+(?:an?\\s+|the\\s+)?order|skip\\s+the\\s+(?:order|checkout)" +
    // Taglish, as Filipino suppliers write it (stop 50): "di na kailangan mag-order sa Alibaba", "hindi na po kailangan i-checkout".
    '|(?:di|hindi)\\s+(?:na\\s+)?(?:po\\s+)?(?:kailangan|kelangan)\\s+(?:na\\s+)?(?:pa\\s+)?(?:mag-?\\s?|i-?)(?:order|checkout)',
  agent:
    '(?:our|my)\\s+(?:local\\s+|export\\s+|sales\\s+)?(?:agent|agents|representative|representatives)|agent\\s+(?:company|firm|account)',
  escrow: 'escrow(?:\\s+service)?|middleman|guarantor',
  otherwise: 'differently|another\\s+way|(?:some\\s+)?other\\s+ways?',
  send: 'send|sending|give|share|provide|pass|forward|e-?mail',
  instead: 'instead\\s+of|rather\\s+than',
  order:
    'order\\s+(?:page|link|system)|checkout|check-?out\\s+page|(?:the|this|your)\\s+order|alibaba\\s+order|trade\\s+assurance\\s+order',
  site: 'platform|alibaba|aliexpress|trade\\s+assurance|escrow|the\\s+(?:site|app)',
  notToUs:
    'not\\s+(?:to|into)\\s+(?:us|me|ours|our\\s+(?:company|firm|own\\s+account|company\\s+account|account))|not\\s+(?:us|ours|our\\s+company)(?=\\s*(?:[.,;!]|$))',
  toPartner:
    '(?:our|my)\\s+(?:\\w+\\s+)?partners?(?:\\s+(?:company|factory|firm))?|(?:our|my)\\s+(?:mou?ld|tooling|printing|packing|packaging|material|raw\\s+material)\\s+(?:factory|supplier|maker|workshop)|(?:our|the)\\s+cooperat\\w+\\s+(?:factory|supplier|partner)',
  collector:
    '(?:appointed|designated|authori[sz]ed|nominated|official)\\s+(?:payment\\s+)?(?:collection|collecting|receiving)\\s+(?:company|agent|agency|party)|(?:our|the)\\s+(?:payment\\s+)?collection\\s+(?:company|agent|agency)|(?:receiving|collecting)\\s+agent',
};
