/**
 * A gate trie (gate-index.ts) laid out in typed arrays for the walk. The walk steps through a trie at most
 * positions of every message (a single letter or digit of some gate's words starts there) and marks about 130
 * gates a message: through node objects, their key arrays and gate arrays, each step and mark was a chase of
 * pointers across the heap, and the walk was the largest single cost of a scan. Here a node is a number, its
 * children and gate ids sit in a few flat arrays, and a step is an index or a short linear scan. The layout is a
 * copy of the object trie (same children, same gate ids in the same order), so a walk over it marks exactly what
 * a walk over the objects did.
 *
 * The copy is kept up to date as words are added (setKids, setGates), not made again: gates are registered as
 * their patterns are first used, and copying both tries whole (50,000 nodes) each time a gate added words, about
 * forty times over a session's first few hundred messages and mostly before the JIT had compiled the copy, was a
 * fifth of the cost of those messages. A node whose children or gates change gets a fresh segment at the end of
 * the arrays (its old one is left unused): segments are short, and nodes change only while gates are registered.
 */

/** The shape of gate-index.ts's trie nodes that the copy reads. */
export interface TrieNodeLike {
  keys: number[];
  kids: TrieNodeLike[];
  ascii: (TrieNodeLike | undefined)[] | null;
  gates: number[];
  startGates: number[];
  wholeGates: number[];
}

export interface FlatTrie {
  /** The node a word's first character leads to, for any UTF-16 unit (0: no word starts with it). */
  first: Int32Array;
  /** Per node: its children's keys and nodes are kidKeys/kidNodes[kidFrom[n] .. kidTo[n]). */
  kidFrom: Int32Array;
  kidTo: Int32Array;
  kidKeys: Int32Array;
  kidNodes: Int32Array;
  /** Per node: where its 128-entry ASCII table starts in `ascii`, or -1 (a node with few children has none). */
  asciiAt: Int32Array;
  ascii: Int32Array;
  /**
   * Per node: its gates are gateIds[gatesFrom[GATE_STRIDE * n + kind] .. gatesFrom[GATE_STRIDE * n + kind + 1])
   * (kinds: GATES…); the three lists of a node sit next to each other.
   */
  gatesFrom: Int32Array;
  gateIds: Int32Array;
  /** Used lengths of kidKeys/kidNodes, ascii and gateIds (the arrays have room beyond them). */
  kidsUsed: number;
  asciiUsed: number;
  gatesUsed: number;
}

/** Kinds of gate list at a node, as in TrieNodeLike. */
export const GATES = 0;
export const START_GATES = 1;
export const WHOLE_GATES = 2;
/** Bounds per node in gatesFrom: the start of each kind and the end of the last. */
export const GATE_STRIDE = 4;

/** An empty copy (node 0 stands for "none"; real nodes are numbered from 1). */
export function emptyFlatTrie(): FlatTrie {
  return {
    first: new Int32Array(0x10000),
    kidFrom: new Int32Array(64),
    kidTo: new Int32Array(64),
    kidKeys: new Int32Array(256),
    kidNodes: new Int32Array(256),
    asciiAt: new Int32Array(64).fill(-1),
    ascii: new Int32Array(128 * 8),
    gatesFrom: new Int32Array(GATE_STRIDE * 64),
    gateIds: new Int32Array(256),
    kidsUsed: 0,
    asciiUsed: 0,
    gatesUsed: 0,
  };
}

function grown(a: Int32Array, min: number, fill = 0): Int32Array {
  if (a.length >= min) return a;
  const b = new Int32Array(Math.max(min, a.length * 2));
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

/** Room in the per-node arrays for node `id`. */
function makeRoom(t: FlatTrie, id: number): void {
  if (id < t.kidFrom.length) return;
  t.kidFrom = grown(t.kidFrom, id + 1);
  t.kidTo = grown(t.kidTo, id + 1);
  t.asciiAt = grown(t.asciiAt, id + 1, -1);
  t.gatesFrom = grown(t.gatesFrom, GATE_STRIDE * (id + 1));
}

/** Word-first character `c` now leads to node `id`. */
export function setFirst(t: FlatTrie, c: number, id: number): void {
  makeRoom(t, id);
  t.first[c] = id;
}

/**
 * Node `id`'s children are now `keys` (numbered `kidIds`), with an ASCII table when `wide` (the object node has one:
 * the same children, looked up directly).
 */
export function setKids(
  t: FlatTrie,
  id: number,
  keys: readonly number[],
  kidIds: readonly number[],
  wide: boolean,
): void {
  makeRoom(t, id);
  for (const kid of kidIds) makeRoom(t, kid);
  const at = t.kidsUsed;
  t.kidKeys = grown(t.kidKeys, at + keys.length);
  t.kidNodes = grown(t.kidNodes, at + keys.length);
  for (let i = 0; i < keys.length; i++) {
    t.kidKeys[at + i] = keys[i]!;
    t.kidNodes[at + i] = kidIds[i]!;
  }
  t.kidFrom[id] = at;
  t.kidTo[id] = at + keys.length;
  t.kidsUsed = at + keys.length;
  if (!wide) return;
  let table = t.asciiAt[id]!;
  if (table < 0) {
    table = t.asciiUsed;
    t.ascii = grown(t.ascii, table + 128);
    t.asciiUsed = table + 128;
    t.asciiAt[id] = table;
  }
  for (let i = 0; i < keys.length; i++) if (keys[i]! < 128) t.ascii[table + keys[i]!] = kidIds[i]!;
}

/** Node `id`'s gate lists are now these (a gate added to one of them). */
export function setGates(
  t: FlatTrie,
  id: number,
  gates: readonly number[],
  startGates: readonly number[],
  wholeGates: readonly number[],
): void {
  makeRoom(t, id);
  let g = t.gatesUsed;
  t.gateIds = grown(t.gateIds, g + gates.length + startGates.length + wholeGates.length);
  const ids = t.gateIds;
  const b = GATE_STRIDE * id;
  t.gatesFrom[b + GATES] = g;
  for (const gate of gates) ids[g++] = gate;
  t.gatesFrom[b + START_GATES] = g;
  for (const gate of startGates) ids[g++] = gate;
  t.gatesFrom[b + WHOLE_GATES] = g;
  for (const gate of wholeGates) ids[g++] = gate;
  t.gatesFrom[b + WHOLE_GATES + 1] = g;
  t.gatesUsed = g;
}

/** Copies a whole trie (its root's ASCII table and the map for other first characters) into typed arrays. */
export function flatten(
  rootAscii: (TrieNodeLike | undefined)[],
  rootOther: Map<number, TrieNodeLike>,
): FlatTrie {
  const t = emptyFlatTrie();
  const ids = new Map<TrieNodeLike, number>();
  const number = (node: TrieNodeLike): number => {
    const id = ids.size + 1;
    ids.set(node, id);
    node.kids.forEach(number);
    setKids(
      t,
      id,
      node.keys,
      node.kids.map((kid) => ids.get(kid)!),
      node.ascii !== null,
    );
    setGates(t, id, node.gates, node.startGates, node.wholeGates);
    return id;
  };
  for (let c = 0; c < 128; c++) {
    const node = rootAscii[c];
    if (node) setFirst(t, c, number(node));
  }
  for (const [c, node] of rootOther) setFirst(t, c, number(node));
  return t;
}

/** The child of `node` under character `c` (0: none), as gate-index.ts's `child`. */
export function step(t: FlatTrie, node: number, c: number): number {
  if (c < 128) {
    const at = t.asciiAt[node]!;
    if (at >= 0) return t.ascii[at + c]!;
  }
  const to = t.kidTo[node]!;
  const keys = t.kidKeys;
  for (let k = t.kidFrom[node]!; k < to; k++) if (keys[k] === c) return t.kidNodes[k]!;
  return 0;
}
