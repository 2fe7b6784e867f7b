import { logError } from '../log';
import type { Language } from './languages';

/**
 * Where the message catalogs a translator reads are installed, one language
 * at a time, through {@link installCatalog} (the one install point):
 * - extension pages, the background, the command line and the tests install
 *   every language the extension ships (lib/i18n/bundled-catalogs.ts);
 * - content scripts install only the buyer's language and English, as the
 *   background sends them (lib/i18n/page-language.ts), so the script that runs
 *   on every marketplace page does not carry five catalogs.
 * The installed catalogs live on the global object of the JavaScript world,
 * not in this module: the page card's UI is a separate bundle injected into
 * the content script's isolated world (entrypoints/card-ui), and reads what
 * the content script installed.
 */
export type FlatCatalog = ReadonlyMap<string, string>;

interface Installed {
  raw: unknown;
  flat?: Map<string, string>;
  /** Keys already looked up in `raw` (a chat scan asks for the same few findings' texts thousands of times). */
  found?: Map<string, string | undefined>;
}

const STORE = Symbol.for('tradeguard.i18n.catalogs');
const EMPTY: FlatCatalog = new Map();

function store(): Map<Language, Installed> {
  const world = globalThis as { [STORE]?: Map<Language, Installed> };
  world[STORE] ??= new Map();
  return world[STORE];
}

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Installs (or replaces) one language's messages: locales/<lang>.json's tree, or its flat "a.b.c" → text form. */
export function installCatalog(language: Language, messages: unknown): void {
  store().set(language, { raw: messages });
}

export function hasCatalog(language: Language): boolean {
  return store().has(language);
}

let warned = false;

/** One language's messages by flat key; empty when that language was not installed. */
export function catalogOf(language: Language): FlatCatalog {
  const all = store();
  const installed = all.get(language);
  if (!installed) {
    // Nothing at all installed is a wiring mistake (an entry point that forgot its catalogs), not a missing language.
    if (all.size === 0 && !warned) {
      warned = true;
      logError(
        'i18n',
        'no message catalog is installed: import lib/i18n/bundled-catalogs in this entry point',
      );
    }
    return EMPTY;
  }
  installed.flat ??= flatten(installed.raw);
  return installed.flat;
}

/**
 * One message by its flat key, without flattening the whole catalog: a content script's card asks for a few
 * dozen of its ~2,000 messages, and flattening them all cost about 1–2 ms of the buyer's page on every load.
 * Undefined when the language is not installed or has no such message (same answer as catalogOf(l).get(key)).
 */
export function messageOf(language: Language, key: string): string | undefined {
  const installed = store().get(language);
  if (!installed) return catalogOf(language).get(key); // warns once when nothing is installed
  if (installed.flat) return installed.flat.get(key);
  // Kept on the installed catalog: installing a language again replaces it, and with it what was found.
  installed.found ??= new Map();
  if (installed.found.has(key)) return installed.found.get(key);
  const text = messageIn(installed.raw, key);
  installed.found.set(key, text);
  return text;
}

/** `key` in a tree or flat tree ("a.b.c", or "a" → "b.c", …): each dot may be a level or part of a key. */
function messageIn(node: unknown, key: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const tree = node as Record<string, unknown>;
  const whole = Object.hasOwn(tree, key) ? tree[key] : undefined;
  if (typeof whole === 'string') return whole;
  for (let dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
    const head = key.slice(0, dot);
    if (!Object.hasOwn(tree, head)) continue;
    const found = messageIn(tree[head], key.slice(dot + 1));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One language's messages as a plain object (flat keys), to send to a content script. */
export function catalogRecord(language: Language): Record<string, string> {
  return Object.fromEntries(catalogOf(language));
}
