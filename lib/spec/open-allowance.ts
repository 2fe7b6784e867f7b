/**
 * A deviation allowed with no figure: "slight deviation allowed", "small error acceptable", "geringe Abweichungen
 * zulässig", "允许少许误差", "多少の誤差あり". The sizes before it may be exact, but the allowance excuses any miss:
 * no part is out if a "slight" deviation was agreed and nobody said how slight. A figure in the same piece
 * ("1-2 cm deviation allowed") is a tolerance and is left to the tolerance rules (see tolerance-word.ts).
 */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

const SMALL = '(?:slight|small|little|minor|tiny|some|a little)';
const NOUN =
  '(?:deviations?|errors?|tolerances?|variations?|discrepanc(?:y|ies)|size differences?|differences? in (?:size|dimensions?|measurements?))';
const ALLOWED =
  '(?:allowed|acceptable|accepted|permitted|possible|tolerated|may (?:occur|exist|be)|(?:is|are) normal)';

export const OPEN_ALLOWANCE = anyOf(
  latinWords([
    `${SMALL} ${NOUN}(?: (?:is|are|will be|should be))? ${ALLOWED}`,
    `(?:please )?allow(?:s|ing)? (?:for )?(?:a )?${SMALL} ${NOUN}`,
    `${SMALL} ${NOUN} (?:due to|because of) (?:manual|hand) measurement`,
    // German, Spanish, French, Italian, Portuguese, Dutch, Polish and Turkish: the same "small deviation allowed".
    '(?:geringe|leichte|kleine|minimale)n? (?:Abweichung(?:en)?|Toleranz(?:en)?|Maßabweichung(?:en)?) (?:sind |ist )?(?:zulässig|erlaubt|möglich|vorbehalten|normal)',
    '(?:(?:ligeras?|pequeñas?|leves?) (?:desviaci(?:ón|ones)|diferencias?|variaci(?:ón|ones)|errore?s?)(?: (?:de medida|de tamaño))? (?:permitidas?|aceptables?|posibles?|admitidas?))|se permite(?:n)? (?:una |unas )?(?:ligeras?|pequeñas?|leves?) (?:desviaci(?:ón|ones)|diferencias?|variaci(?:ón|ones))',
    '(?:légers?|légères?|petits?|petites?|faibles?) (?:écarts?|différences?|variations?|erreurs?)(?: de (?:mesure|taille|dimension))? (?:admis(?:es)?|tolérée?s?|possibles?|acceptée?s?)',
    '(?:leggere|piccole|lievi) (?:differenze|deviazioni|variazioni|tolleranze|errori)(?: di misura)? (?:ammesse|ammessi|consentite|possibili|accettabili)',
    '(?:pequenas|ligeiras|leves) (?:diferenças|variações|desvios|erros)(?: de medida)? (?:permitid[oa]s|aceitáveis|possíveis|admitid[oa]s)',
    '(?:kleine|geringe|lichte) (?:afwijkingen|verschillen|maatafwijkingen) (?:toegestaan|mogelijk|voorbehouden)',
    '(?:niewielkie|drobne|małe|nieznaczne) (?:odchylenia|różnice|odchyłki)(?: wymiarów)? (?:dopuszczalne|możliwe|są dopuszczalne)',
    '(?:küçük|hafif|ufak) (?:sapma|farklılık|fark|ölçü farkı)(?:lar)?(?:ı)? (?:olabilir|kabul edilir|normaldir)',
    'cho phép (?:sai số|sai lệch) (?:nhỏ|nhẹ|một chút)',
    // The verb form, each piece said to differ by an unnamed amount: "each may differ slightly in size and colour",
    // "może się nieco różnić wielkością", "kann in der Größe leicht abweichen", "puede variar ligeramente de tamaño".
    '(?:may|can|might|will) (?:differ|vary) (?:slightly|a little|a bit|somewhat)(?: from (?:each other|one another|piece to piece))? in (?:size|dimensions?|shape)',
    '(?:sizes?|dimensions?) (?:may|can|might|will) (?:differ|vary) (?:slightly|a little|a bit|somewhat)',
    '(?:może|mogą) (?:się )?(?:nieco|nieznacznie|lekko|trochę|minimalnie) (?:się )?różnić (?:się )?(?:wielkością|rozmiarem|rozmiarami|wymiarami|kształtem)',
    '(?:kann|können) (?:in (?:der )?(?:Größe|Form|Abmessung(?:en)?) )?(?:leicht|geringfügig|etwas) (?:in (?:der )?(?:Größe|Form|Abmessung(?:en)?) )?(?:abweichen|variieren)',
    'puede(?:n)? (?:variar|diferir) (?:ligeramente|un poco) (?:en|de) (?:tamaño|medidas|forma)',
    'peu(?:t|vent) (?:varier|différer) (?:légèrement|un peu) (?:en|de) (?:taille|dimensions?|forme)',
    '(?:sedikit|ada sedikit) (?:perbedaan|selisih) (?:ukuran)?(?: ?(?:wajar|dimaklumi|diperbolehkan))?',
  ]),
  scriptWords([
    '(?:небольшие|незначительные|мелкие|допустимы небольшие) (?:отклонения|погрешности|расхождения)(?: (?:размеров|в размерах))?(?: (?:допустимы|возможны|допускаются))?',
  ]),
  cjk([
    '允许(?:有)?(?:少许|轻微|少量|一点|些许|略微|稍许|细微)的?(?:误差|偏差|公差)',
    '(?:少许|轻微|略有|稍有|些许|细微)(?:的)?(?:误差|偏差)(?:属正常|正常|是正常的|请理解)?',
    '(?:多少|若干|わずかな)の?(?:誤差|ズレ|寸法差)',
    '약간의 (?:오차|차이)',
  ]),
);
