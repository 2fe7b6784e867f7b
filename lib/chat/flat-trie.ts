/**
 * A gate trie (gate-index.ts) laid out in typed arrays for the walk. The walk steps through a trie at most
 * positions of every message (a single letter or digit of some gate's words starts there) and marks about 130
 * gates a message: through node objects, their key arrays and gate arrays, each step and mark was a chase of
 * pointers across the heap, and the walk was the largest single cost of a scan. Here a node is a number, its
 * children and gate ids sit in a few flat arrays, and a step is an index or a short linear scan. The layout is a
 * copy of the object trie (same children, same gate ids in the same order), rebuilt when a gate adds words,
 * so a walk over it marks exactly what a walk over the objects did.
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
  /** Per node: its children's keys and nodes are kidKeys/kidNodes[kidFrom[n] .. kidFrom[n + 1]). */
  kidFrom: Int32Array;
  kidKeys: Int32Array;
  kidNodes: Int32Array;
  /** Per node: where its 128-entry ASCII table starts in `ascii`, or -1 (a node with few children has none). */
  asciiAt: Int32Array;
  ascii: Int32Array;
  /** Per node: its gates are gateIds[gatesFrom[3n + kind] .. gatesFrom[3n + kind + 1]) (kinds: GATES…). */
  gatesFrom: Int32Array;
  gateIds: Int32Array;
}

/** Kinds of gate list at a node, as in TrieNodeLike. */
export const GATES = 0;
export const START_GATES = 1;
export const WHOLE_GATES = 2;

/** Copies a trie (its root's ASCII table and the map for other first characters) into typed arrays. */
export function flatten(
  rootAscii: (TrieNodeLike | undefined)[],
  rootOther: Map<number, TrieNodeLike>,
): FlatTrie {
  // Node 0 stands for "none"; real nodes are numbered from 1, depth first.
  const nodes: TrieNodeLike[] = [null as unknown as TrieNodeLike];
  const ids = new Map<TrieNodeLike, number>();
  const number = (node: TrieNodeLike): number => {
    const id = nodes.length;
    nodes.push(node);
    ids.set(node, id);
    for (const kid of node.kids) number(kid);
    return id;
  };
  const first = new Int32Array(0x10000);
  for (let c = 0; c < 128; c++) {
    const node = rootAscii[c];
    if (node) first[c] = number(node);
  }
  for (const [c, node] of rootOther) first[c] = number(node);
  const n = nodes.length;
  const kidFrom = new Int32Array(n + 1);
  const asciiAt = new Int32Array(n).fill(-1);
  const gatesFrom = new Int32Array(3 * n + 1);
  let kidCount = 0;
  let gateCount = 0;
  let wide = 0;
  for (let id = 1; id < n; id++) {
    const node = nodes[id]!;
    kidCount += node.keys.length;
    gateCount += node.gates.length + node.startGates.length + node.wholeGates.length;
    if (node.ascii !== null) wide++;
  }
  const kidKeys = new Int32Array(kidCount);
  const kidNodes = new Int32Array(kidCount);
  const ascii = new Int32Array(wide * 128);
  const gateIds = new Int32Array(gateCount);
  let k = 0;
  let g = 0;
  let a = 0;
  for (let id = 0; id < n; id++) {
    kidFrom[id] = k;
    const node = nodes[id];
    if (id === 0 || !node) {
      gatesFrom[0] = gatesFrom[1] = gatesFrom[2] = 0;
      continue;
    }
    for (let i = 0; i < node.keys.length; i++, k++) {
      kidKeys[k] = node.keys[i]!;
      kidNodes[k] = ids.get(node.kids[i]!)!;
    }
    if (node.ascii !== null) {
      asciiAt[id] = a;
      for (let c = 0; c < 128; c++) {
        const kid = node.ascii[c];
        ascii[a + c] = kid ? ids.get(kid)! : 0;
      }
      a += 128;
    }
    const lists = [node.gates, node.startGates, node.wholeGates];
    for (let kind = 0; kind < 3; kind++) {
      gatesFrom[3 * id + kind] = g;
      for (const gate of lists[kind]!) gateIds[g++] = gate;
    }
  }
  kidFrom[n] = k;
  gatesFrom[3 * n] = g;
  return { first, kidFrom, kidKeys, kidNodes, asciiAt, ascii, gatesFrom, gateIds };
}

/** The child of `node` under character `c` (0: none), as gate-index.ts's `child`. */
export function step(t: FlatTrie, node: number, c: number): number {
  if (c < 128) {
    const at = t.asciiAt[node]!;
    if (at >= 0) return t.ascii[at + c]!;
  }
  const to = t.kidFrom[node + 1]!;
  const keys = t.kidKeys;
  for (let k = t.kidFrom[node]!; k < to; k++) if (keys[k] === c) return t.kidNodes[k]!;
  return 0;
}
