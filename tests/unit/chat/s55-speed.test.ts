import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import {
  emptyFlatTrie,
  flatten,
  GATE_STRIDE,
  setFirst,
  setGates,
  setKids,
  step,
  type TrieNodeLike,
} from '../../../lib/chat/flat-trie';
import { gateInfo, gateWordsFound, walkGates } from '../../../lib/chat/gate-index';
import { requiredLiteralChoices } from '../../../lib/chat/required-literals';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 55 (speed): the gate tries' flat copies are kept up to date word by word instead of being copied again after
 * each gate registration; a list's index is built in linear time; literal choices are worked out once per source.
 * None of it may change what a scan finds: these check that gates registered between walks (a node gaining children
 * until it gets its ASCII table, a gate added to a node that already ends a word) are found exactly where a plain
 * regex finds them, and that a shared answer is the same for every copy of a regex.
 */

const node = (over: Partial<TrieNodeLike> = {}): TrieNodeLike => ({
  keys: [],
  kids: [],
  ascii: null,
  gates: [],
  startGates: [],
  wholeGates: [],
  ...over,
});

describe('the flat copy, updated in place', () => {
  it('a node rewritten with more children and gates reads as its latest version', () => {
    const t = emptyFlatTrie();
    setFirst(t, 107, 1); // "k" → node 1
    setKids(t, 1, [105], [2], false); // "ki"
    setGates(t, 2, [4], [], []);
    setKids(t, 1, [105, 111, 0x4e00], [2, 3, 4], false); // "ki", "ko", "k一"
    setKids(t, 1, [105, 111, 0x4e00, 97], [2, 3, 4, 5], true); // wide now: "ka" by the ASCII table
    setGates(t, 2, [4], [9, 8], [1]);
    const k = t.first[107]!;
    expect([105, 111, 0x4e00, 97].map((c) => step(t, k, c))).toEqual([2, 3, 4, 5]);
    expect(step(t, k, 117)).toBe(0);
    const lists = (n: number) =>
      [0, 1, 2].map((kind) =>
        Array.from(
          t.gateIds.subarray(t.gatesFrom[GATE_STRIDE * n + kind]!, t.gatesFrom[GATE_STRIDE * n + kind + 1]!),
        ),
      );
    expect(lists(2)).toEqual([[4], [9, 8], [1]]);
    expect(lists(3)).toEqual([[], [], []]);
  });

  it('a whole copy of an object trie steps like the trie', () => {
    const leaf = node({ gates: [6] });
    const wide = node({ keys: [120, 121, 122], kids: [node(), leaf, node()], ascii: [] });
    wide.ascii = new Array(128).fill(undefined);
    wide.keys.forEach((c, i) => {
      wide.ascii![c] = wide.kids[i];
    });
    const rootAscii: (TrieNodeLike | undefined)[] = new Array(128).fill(undefined);
    rootAscii[119] = wide;
    const t = flatten(rootAscii, new Map());
    const y = step(t, t.first[119]!, 121);
    expect(y).toBeGreaterThan(0);
    expect(
      Array.from(t.gateIds.subarray(t.gatesFrom[GATE_STRIDE * y]!, t.gatesFrom[GATE_STRIDE * y + 1]!)),
    ).toEqual([6]);
  });
});

describe('gates registered between walks are found where a regex finds them', () => {
  const samples = [
    'qzlv sent qzlvab then qzlvac, qzlvad and qzlvae',
    'nothing of the kind here',
    'xqzlvae at the end qzlva',
    'qzlv一二 and qzlvü',
    'qzlvaf',
  ];
  it('each gate, added one at a time with a walk after each, agrees with its regex on every sample', () => {
    // Words sharing a prefix: the shared node gains children one registration at a time (and its ASCII table).
    const sources = ['qzlv', 'qzlvab', 'qzlvac|qzlvad', 'qzlvae', 'qzlv一', 'qzlvü', '\\bqzlvaf'];
    const gates: RegExp[] = [];
    for (const source of sources) {
      gates.push(new RegExp(source));
      gateInfo(gates.at(-1)!);
      walkGates(samples[gates.length % samples.length]!);
      for (const text of samples)
        for (const gate of gates)
          if (gateInfo(gate).exact)
            expect([source, text, gateWordsFound(gateInfo(gate), text, { gateWalk: 0 })]).toEqual([
              source,
              text,
              gate.test(text),
            ]);
          else if (!gate.test(text)) {
            // Not exact ("\\b…"): the walk may only over-report, never miss.
          } else expect(gateWordsFound(gateInfo(gate), text, { gateWalk: 0 })).toBe(true);
    }
  });
});

describe('literal choices shared by copies of a regex', () => {
  it('two copies get the same answer, and a flag that changes it is not mixed up with them', () => {
    const one = requiredLiteralChoices(/\bwire\s+(?:the|a)\s+deposit/u);
    const two = requiredLiteralChoices(/\bwire\s+(?:the|a)\s+deposit/u);
    expect(two).toEqual(one);
    expect(one).not.toBeNull();
    expect(requiredLiteralChoices(/\bwire\s+(?:the|a)\s+deposit/iu)).toBeNull();
  });
});

describe('findings stay as they were', () => {
  it.each([
    'Please wire the deposit to my personal account at another bank, not through the order',
    'Add me on WhatsApp so we can talk prices there',
  ])('a risky message is still flagged: %s', (text) => {
    expect(scanMessage({ from: 'supplier', text }).length).toBeGreaterThan(0);
  });
  it.each([
    'The carton size is 40 x 30 x 20 cm and the goods ship on Friday',
    'Thank you for your order, we will start production tomorrow',
  ])('ordinary talk stays clear: %s', (text) => {
    expect(scanMessage({ from: 'supplier', text })).toEqual([]);
  });
});
