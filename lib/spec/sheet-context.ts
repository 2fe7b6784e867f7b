/**
 * An order sheet answers some fields on the line after them: "Incoterms: FOB" then "Port of loading: Ningbo",
 * "Capacity: 500" then "Unit: ml". Read line by line, the first line leaves the place or the unit open; read with its
 * sheet, it does not. A sheet is a run of non-empty lines (a blank line or a rule of dashes starts another), so lines
 * pasted from different orders never answer each other, and a line checked alone keeps its own verdict.
 */
import type { Finding } from '../model/finding';
import { openIncotermPlaces } from './incoterm-place';
import {
  anyOf,
  COUNT_UNIT,
  cjk,
  LENGTH_UNIT,
  latinWords,
  regex,
  scriptWords,
  test,
  WEIGHT_UNIT,
} from './patterns';
import { UNDECIDED } from './reference-lexicon';

export interface SheetLine {
  text: string;
  findings: Finding[];
}

/** How far a trade term looks for its port, and a bare figure for its unit, in lines. */
const PORT_REACH = 12;
const UNIT_REACH = 2;

/** The label and the value of a "Label: value" line. */
function labelled(text: string): { label: string; value: string } | undefined {
  const m = /^\s{0,3}[-•*]?\s{0,2}([^:：]{1,40}?)\s{0,2}[:：]\s{0,3}(.*?)\s*$/u.exec(text);
  return m ? { label: m[1]!, value: m[2]! } : undefined;
}

/** Where the goods leave from: the named place of FOB, FCA, FAS and EXW. */
const ORIGIN_LABEL = anyOf(
  latinWords([
    'ports? of (?:loading|shipment|departure|dispatch|origin|export)',
    '(?:loading|shipping|shipment|departure|export|FOB) ports?',
    'POL',
    'place of (?:loading|shipment|dispatch|taking in charge)',
    'pick-?up (?:place|location|address)',
    'puerto de (?:carga|embarque|salida)',
    "port (?:de chargement|d[’']embarquement|de départ)",
    '(?:Verlade|Abgangs|Versand)hafen',
    'porto (?:de|di) (?:embarque|carga|imbarco|carico|partenza)',
    'port załadunku',
    'yükleme limanı',
    'cảng (?:xếp hàng|bốc hàng|đi|xuất)',
    'pelabuhan (?:muat|asal)',
    '(?:laad|verscheping)shaven',
  ]),
  scriptWords(['порт (?:отгрузки|погрузки|отправления)']),
  cjk(['装运港', '起运港', '装货港', '出口港', '積出港']),
);
/** Where the goods go: the named place of the C and D terms. */
const DESTINATION_LABEL = anyOf(
  latinWords([
    'ports? of (?:destination|discharge|arrival|entry)',
    '(?:destination|discharge|arrival) ports?',
    'POD',
    'place of (?:destination|delivery)',
    'delivery (?:place|address)',
    'final destination',
    'destination',
    'puerto de (?:destino|descarga)',
    'port de (?:destination|déchargement)',
    '(?:Bestimmungs|Ziel|Entlade)hafen',
    '(?:Liefer|Bestimmungs)ort',
    'porto (?:de|di) (?:destino|descarga|destinazione|scarico)',
    'port (?:docelowy|rozładunku)',
    'varış limanı',
    'cảng (?:đến|dỡ hàng)',
    'pelabuhan tujuan',
    '(?:los|bestemmings)haven',
  ]),
  scriptWords(['порт (?:назначения|выгрузки)']),
  cjk(['目的港', '卸货港', '到货港', '交货地点']),
);
/** "Port: Ningbo" names the place whichever side of the term it is on. */
const ANY_PORT_LABEL = latinWords([
  'ports?',
  'puerto',
  'porto',
  'Hafen',
  'haven',
  'liman',
  'cảng',
  'pelabuhan',
]);
const ORIGIN_TERM = /\b(?:FOB|FCA|FAS|EXW)\b/u;
const DESTINATION_TERM = /\b(?:CFR|C&F|CNF|CIF|CPT|CIP|DAP|DPU|DDP|DDU)\b/u;

/**
 * A place left open or meant for something else: a choice ("Ningbo or any other port", "Ningbo / Shanghai"), "any",
 * "depends on booking", or a port for the sample only.
 */
const PLACE_OPEN = latinWords([
  'or',
  'any',
  'depends?',
  'depending',
  'etc',
  'sample(?:s| only)?',
  'previous',
  'last (?:order|time)',
  'cualquier',
  'n[’\x27]importe',
  'beliebig',
  'qualsiasi',
  'qualquer',
]);

/** A port or town written out: a letter, and neither "any port", a choice, nor "TBD". */
function namesAPlace(line: string, value: string): boolean {
  return (
    /\p{L}/u.test(value) &&
    !/[/|]/u.test(value) &&
    !test(PLACE_OPEN, value) &&
    openIncotermPlaces(line).length === 0 &&
    !test(UNDECIDED, value)
  );
}

/** The label is the port's own field, not one qualified as another order's or a sample's ("Previous order port of loading"). */
function isField(labelSource: string, label: string): boolean {
  return regex(`^\\s*(?:${labelSource})(?:\\s*\\([^)]{0,30}\\))?\\s*$`, 'iu').test(label);
}

function placeGiven(term: string, lines: string[]): boolean {
  return lines.some((line) => {
    const field = labelled(line);
    if (!field || !namesAPlace(line, field.value)) return false;
    const label = field.label;
    if (regex(`^(?:${ANY_PORT_LABEL})$`, 'iu').test(label.trim())) return true;
    if (ORIGIN_TERM.test(term)) return isField(ORIGIN_LABEL, label);
    if (DESTINATION_TERM.test(term)) return isField(DESTINATION_LABEL, label);
    return false;
  });
}

/** The unit field of a sheet: "Unit: ml", "UOM: pcs", "单位：毫升", "Einheit: Stück". */
const UNIT_LABEL = anyOf(
  latinWords([
    'units?(?: of measure(?:ment)?)?',
    'UOM',
    'U/M',
    'unidad(?: de medida)?',
    'unité(?: de mesure)?',
    'Einheit',
    'Maßeinheit',
    'unidade(?: de medida)?',
    'unità(?: di misura)?',
    'jednostka(?: miary)?',
    'birim',
    'đơn vị(?: tính)?',
    'satuan',
    'eenheid',
  ]),
  scriptWords(['единица(?: измерения)?', 'ед\\. изм\\.']),
  cjk(['单位', '計量単位', '単位']),
);
const VOLUME_UNIT = anyOf(
  latinWords([
    'm?l',
    'cl',
    'cc',
    'litres?',
    'liters?',
    'millilit(?:re|er)s?',
    'fl\\.? ?oz',
    'oz',
    'gal(?:lons?)?',
    'k?mAh',
    'cm[³3]',
  ]),
  scriptWords(['мл', 'л']),
  cjk(['毫升', '升', 'ミリリットル']),
);
/** A quote that is figures alone: "500", "30x40", "30 x 40 x 50", "1.2", "250 / 500". */
const FIGURES_ONLY = /^\s*\d[\d.,]*(?:\s{0,2}[x×*X/~–-]\s{0,2}\d[\d.,]*){0,3}\s*$/u;

function whyKey(finding: Finding): string | undefined {
  const why = finding.text?.message.params?.why;
  return typeof why === 'object' && why !== null && 'key' in why ? String(why.key) : undefined;
}

/** The kind of unit a finding about a bare figure needs: a volume for a capacity, a length for a size, and so on. */
function unitNeeded(finding: Finding): string | undefined {
  const why = whyKey(finding);
  if (why === 'spec.why.quantityNoUnit') return COUNT_UNIT;
  if (!FIGURES_ONLY.test(finding.quote)) return undefined;
  if (why === 'spec.why.capacityUnitless') return VOLUME_UNIT;
  if (finding.rule === 'vague-size') return LENGTH_UNIT;
  if (finding.rule === 'vague-weight' && finding.text?.fix.key === 'spec.fix.weightValue') return WEIGHT_UNIT;
  return undefined;
}

function unitGiven(unit: string, lines: string[]): boolean {
  return lines.some((line) => {
    const field = labelled(line);
    return (
      field !== undefined &&
      regex(`^(?:${UNIT_LABEL})$`, 'iu').test(field.label.trim()) &&
      regex(`^(?:${unit})[.。]?$`, 'iu').test(field.value.trim())
    );
  });
}

/** A rule of dashes, equals signs, stars or dots between two orders ("---", "— — —", "· · ·"). */
const RULE_LINE = /^\s*(?:[-=*_—–·•~]\s*){3,}$/u;
/** A line that starts another order on the same sheet: "Order 2", "PO #4512", "Pedido 3", "订单2". */
const ORDER_HEADER =
  /^\s*(?:order|PO|P\/O|purchase order|pedido|commande|Bestellung|Auftrag|ordine|zamówienie|sipariş|订单|訂單|注文)\b[^:：]{0,24}[:：]?\s*$/iu;

/** The lines of the same sheet within `reach` of line `i`, nearest first, not crossing a blank line or a rule. */
function neighbours(texts: string[], i: number, reach: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= reach; d++) {
    for (const j of [i + d, i - d]) {
      if (j < 0 || j >= texts.length) continue;
      const between = j > i ? texts.slice(i + 1, j + 1) : texts.slice(j, i);
      if (between.some((t) => t.trim() === '' || RULE_LINE.test(t) || ORDER_HEADER.test(t))) continue;
      out.push(texts[j]!);
    }
  }
  return out;
}

/** The sheet's findings with those its other lines answer taken out. */
export function withSheetContext<T extends SheetLine>(lines: T[]): T[] {
  const texts = lines.map((l) => l.text);
  return lines.map((line, i) => {
    if (line.findings.length === 0) return line;
    const kept = line.findings.filter((f) => {
      if (f.text?.fix.key === 'spec.fix.incotermPlace') {
        const term = (ORIGIN_TERM.exec(f.quote) ?? DESTINATION_TERM.exec(f.quote))?.[0];
        return !(term && placeGiven(term, neighbours(texts, i, PORT_REACH)));
      }
      const unit = unitNeeded(f);
      return !(unit && unitGiven(unit, neighbours(texts, i, UNIT_REACH)));
    });
    return kept.length === line.findings.length ? line : { ...line, findings: kept };
  });
}
