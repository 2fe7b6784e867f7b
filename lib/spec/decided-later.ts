/**
 * A value handed to a later decision or to one side's say instead of being written: "exact number decided by our
 * engineer", "critical dims agreed later", "details after sample", "las cotas críticas se acordarán más adelante",
 * "conditions: ask the manager", "heat treated to customer satisfaction". Each reading is a verb of settling (decide,
 * agree, define, confirm) governing the value, with its doer on the supplier's side or its time after the order;
 * what is settled after the deposit is settled by the side that holds the goods. The order has nothing to hold them
 * to until the value itself is written. Read on clauses no attribute rule owns (their own rules read their deferrals).
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import type { VagueHit } from './spec-finding';

/** The supplier side as the one who decides: "our engineer", "the factory", "nuestro técnico". */
const OUR_SIDE_EN =
  '(?:our|the|their|factory|supplier|seller)(?:[’\u0027]s)? (?:own )?(?:engineers?|technicians?|factory|workshop|designers?|QC(?: team)?|team|production(?: team)?|supplier|seller|mou?ld (?:maker|shop))';
const SETTLE_EN =
  '(?:decided|determined|defined|chosen|set|fixed|confirmed|adjusted|specified|finali[sz]ed|agreed|discussed|settled)';
const LATER_EN =
  '(?:later|afterwards|at a later (?:date|stage|time)|after (?:the )?(?:samples?|sampling|trial(?: run)?|first article|T1|order(?: confirmation)?|deposit))';
/** What a technical line leaves to later: its details, dimensions, tolerances, figures. */
const DETAILS_EN =
  '(?:details?|specs?|specifications?|dimensions?|dims|values?|tolerances?|figures?|parameters?|data)';

const DECIDED_LATER = anyOf(
  latinWords([
    `${SETTLE_EN} by ${OUR_SIDE_EN}`,
    `at (?:the )?(?:our|factory|supplier|seller)(?:[’\u0027]s)? (?:own )?discretion`,
    `(?:(?:to be|will be|shall be|are|is|be) )?${SETTLE_EN} ${LATER_EN}`,
    `${DETAILS_EN} (?:(?:will be |to be )?(?:given|sent|provided|confirmed|agreed|decided|defined|fixed) )?after (?:the )?(?:samples?|sampling|trial(?: run)?|first article|T1)`,
    '(?:heat[- ]treated|[\\p{L}-]{3,}ed|made|done) to (?:the )?(?:customer|buyer|client|your)(?:[’\u0027]s)? satisfaction',
    '(?:ask|contact|check with|consult) (?:our |the |your )?(?:manager|sales(?:man| team| rep(?:resentative)?)?|customer service|account manager)',
    // Spanish, Portuguese, Italian, French, German: the same verbs of settling, future or passive.
    'se (?:acordar|definir|decidir|confirmar|determinar|fijar|concretar)(?:á|án) (?:más adelante|después|luego|posteriormente|tras la muestra)',
    '(?:decidid|definid|determinad|fijad)[oa]s? (?:por (?:nuestr[oa]|el|la) (?:ingenier[oa]|técnic[oa]|fábrica|taller)|más adelante|después de la muestra)',
    'a criterio (?:de(?:l| la)?|(?:de )?nuestr[oa]) (?:fábrica|ingeniero|proveedor|técnico|fabricante)',
    '(?:serão|será) (?:definid|acordad|combinad|decidid)[oa]s? (?:depois|mais tarde|posteriormente|após a amostra)',
    '(?:definid|decidid)[oa]s? pel[oa] (?:nosso|nossa) (?:engenheir[oa]|técnic[oa]|fábrica)',
    '(?:sarà|saranno) (?:definit|concordat|decis)[oa-i] (?:più avanti|in seguito|dopo (?:il )?campione)',
    '(?:decis|definit)[oa] dal (?:nostro )?(?:ingegnere|tecnico|fornitore)',
    "(?:sera|seront) (?:défini|convenu|décidé|fixé)e?s? (?:plus tard|ultérieurement|après (?:l[’']échantillon|la commande))",
    '(?:défini|décidé|fixé)e?s? par (?:notre|l[’\u0027]) ?(?:ingénieur|technicien|usine)',
    '(?:wird|werden) (?:später|nach (?:dem )?Muster|nachträglich) (?:festgelegt|vereinbart|bestimmt|definiert|abgestimmt)',
    '(?:von unserem|vom) (?:Ingenieur|Techniker|Werk) (?:festgelegt|bestimmt|entschieden)',
    'nach (?:Ermessen|Wahl) (?:des (?:Lieferanten|Herstellers|Werks)|unseres (?:Ingenieurs|Technikers))',
  ]),
  scriptWords([
    // "умови уточнюйте у менеджера", "уточняйте у менеджера": the terms are whatever a salesperson says later.
    '(?:уточн(?:юйте|яйте|іть|ите)|запитуйте|спрашивайте|дізнавайтесь|узнавайте) (?:у|в) (?:менеджера|продавця|продавца|консультанта)',
    '(?:на розсуд|на усмотрение) (?:виробника|постачальника|заводу|производителя|поставщика|завода)',
    '(?:визнач|погодж|узгодж)(?:ать|имо|иться|уються|ено) (?:пізніше|згодом|після зразка)',
    '(?:определ|соглас|соглас)(?:им|ится|ятся|уем|уются) (?:позже|позднее|после образца)',
  ]),
  cjk([
    '(?:由)?(?:我方|我们的?|我司|工厂|厂家|厂方)(?:的)?(?:工程师|技术员|技术部)?(?:决定|确定|来定)',
    '(?:后续|之后|以后|样品后)(?:再)?(?:确认|商定|协商|确定|定)',
    '(?:详情|具体)?(?:请)?(?:咨询|询问|联系)(?:客服|业务员|经理|销售)',
  ]),
);

export function decidedLater(text: string): VagueHit[] {
  return findAll(DECIDED_LATER, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.leftOpen'),
    fix: msg('spec.fix.performance', { example: '___ (unit) ± ___, EN/ISO ___' }),
  }));
}
