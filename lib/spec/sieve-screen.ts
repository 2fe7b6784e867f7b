/**
 * "screen 16 up", "criba 16 arriba", "saringan 15", "peneira 17/18", "60目": a bean, grain or powder size given by the
 * sieve it is retained on. A screen number is a standard hole size (coffee screens are 64ths of an inch, a mesh counts
 * holes per inch), so the size is measured, and "and above" says which sieve the lot must not pass.
 */
import { anyOf, latinWords, regex } from './patterns';

const SIEVE_WORD = latinWords([
  'screens?',
  'sieves?',
  'mesh',
  'criba',
  'tamiz',
  'zaranda',
  'crible',
  'peneira',
  'saringan',
  'ayakan',
  'Sieb(?:größe)?',
  'setaccio',
]);
const SIEVE_SIZE = regex(
  anyOf(
    String.raw`${SIEVE_WORD}\s{0,2}(?:size|tamaño|ukuran|no\.?|nr\.?|n[º°]|#)?\s{0,2}[:：]?\s{0,2}\d{1,3}(?:\s{0,2}/\s{0,2}\d{1,3})?(?!\d|[.,]\d|\s{0,2}(?:"|''|in\b|inch|cm|mm|%|layers?|tiers?|pcs|pieces?|sets?|capas|Lagen|lớp))`,
    String.raw`(?<![\d.,])\d{1,3}\s{0,2}目`,
  ),
  'iu',
);

/**
 * A size word the clause still leaves open ("standard", "normal", "big enough", "approx. large"): the sieve number beside
 * it does not close it. A device's "screen 6" (a phone, a laptop) is a display, not a sieve.
 */
const OPEN_SIZE = regex(
  String.raw`\b(?:standard|normal|regular|usual|common|average|medium|big|large|small|enough|approx\p{L}*|about|around|roughly|fits?|suitable|estándar|normal|grande|pequeño|mediano|aprox\p{L}*|padrão|groß|klein|normal|ungefähr|etwa|phones?|laptops?|tablets?|monitors?|TVs?|displays?|notebooks?)\b|标准|普通|大概|左右`,
  'iu',
);

export function sizedBySieve(text: string): boolean {
  return SIEVE_SIZE.test(text) && !OPEN_SIZE.test(text);
}
