import { READERS_OWN, SELLERS_OWN_WORD } from './number-then-reach';

/**
 * A number that belongs to one of the reader's own people (stop 56): "Ihr Elektriker hat die Nummer 0171 … hinterlassen
 * – rufen Sie ihn an", "your colleague Mr. Brown from purchasing (+1 212 …) asked for samples", "su técnico dejó el
 * 612 …", "votre transitaire (06 …) nous a écrit", "il suo idraulico, 333 …", "ваш экспедитор оставил номер +7 …",
 * "anh kỹ thuật của anh, 0903 …". The buyer's electrician, colleague or broker is reached for the buyer's own errand:
 * the seller hands no line of its own. Only when the person word follows "your" closely, and no word of the seller's
 * own ("our", "my", "me", 我们) is in the stretch: "your agent Amy from our office" or "your sales rep is me" stay moves.
 * "Manager", "assistant" and "partner" are left out: "your account manager Lisa" is the seller's person assigned to the buyer.
 * Words over normalised text (accents folded).
 */
const PERSON =
  '(?:colleague\\w*|co-?worker\\w*|boss|electrician|plumber|technician|engineer|installer|contractor|architect|customs\\s+broker|broker|forwarder|freight\\s+agent|accountant|lawyer|wife|husband|brother|sister|son|daughter|friend|employee|kolleg\\w*|elektriker\\w*|installateur\\w*|techniker\\w*|monteur\\w*|handwerker\\w*|chef\\w*|mitarbeiter\\w*|spediteur\\w*|architekt\\w*|buchhalter\\w*|colega|tecnico|electricista|eletricista|fontanero|plomero|encanador|jefe|chefe|socio|despachante|transitario|instalador|contador|contable|arquitecto|arquiteto|empleado|funcionario|encargado|collegue|technicien|electricien|plombier|patron|associe|transitaire|installateur|comptable|architecte|employe|collega|elettricista|idraulico|capo|spedizioniere|installatore|commercialista|architetto|dipendente|kolega|kolezank\\w*|elektryk\\w*|hydraulik\\w*|technik\\w*|szef\\w*|wspolnik\\w*|spedytor\\w*|instalator\\w*|ksiegow\\w*|pracownik\\w*|elektrikar\\w*|instalater\\w*|sef\\w*|meslektas\\w*|elektrikci\\w*|tesisatci\\w*|teknisyen\\w*|ortag\\w*|gumrukcu\\w*|muhasebeci\\w*|rekan\\w*|teknisi|tukang\\s+\\w+|atasan|mitra|karyawan|dong\\s+nghiep|tho\\s+dien|ky\\s+thuat|nhan\\s+vien)';
const PERSON_RU =
  '(?:коллег|электрик|сантехник|техник|начальник|руководител|партн[её]р|экспедитор|бухгалтер|сотрудник|монтажник|брокер)\\p{L}*';
const PERSON_ZH =
  '(?:同事|电工|電工|技术员|技術員|老板|老闆|经理|經理|助理|货代|貨代|报关行|報關行|会计|會計)';
const PERSON_AR = '(?:زميلك|الفني\\s+الخاص\\s+بك|الكهربائي\\s+الخاص\\s+بك|مديرك|شريكك|وكيلك|مخلصك)';

const READERS_PERSON = new RegExp(
  `(?:${READERS_OWN.source})\\s*(?:[\\p{L}'-]+\\s+){0,2}?(?:${PERSON}\\b|${PERSON_RU})|(?:您的|你的|贵方)(?:\\S{0,3}?)${PERSON_ZH}|${PERSON_AR}`,
  'u',
);
/** The writer's own line or side in the stretch: "my", "me", "our", "我的". */
const WRITERS_OWN =
  /\b(?:me|my|mine|mi|mio|mia|meu|minha|moi|mon|mich|mir|mein\w*)\b|(?<![\p{L}])(?:мне|мой|мою|меня)(?![\p{L}])|我的|给我|給我/u;

/**
 * A person the seller assigned to the buyer ("your dedicated engineer", "su técnico asignado", "Ihr persönlicher
 * Techniker", "your sales engineer"): the seller's person, however the sentence says "your" (red team of stop 56).
 */
const ASSIGNED =
  /\b(?:dedicated|assigned|personal|exclusive|sales|persoenlich\w*|personlich\w*|zugewiesen\w*|zustandig\w*|asignad[oa]|dedicad[oa]|exclusiv[oa]|dedie|attitre|dedicat[oa]|assegnat[oa]|dedykowan\w*|przypisan\w*|osobist\w*|rieng)\b|(?<![\p{L}])(?:персональн|закрепл)\p{L}*|专属|專屬|专门/u;

/** True when the stretch before a number (its sentence, up to the digits) names it as one of the reader's own people's. */
export function numberOfReadersPerson(stretch: string): boolean {
  return (
    READERS_PERSON.test(stretch) &&
    !SELLERS_OWN_WORD.test(stretch) &&
    !WRITERS_OWN.test(stretch) &&
    !ASSIGNED.test(stretch)
  );
}
