import { describe, expect, it } from 'vitest';
import {
  flatten,
  GATE_STRIDE,
  GATES,
  START_GATES,
  step,
  type TrieNodeLike,
  WHOLE_GATES,
} from '../../../lib/chat/flat-trie';
import { gateInfo, gateWordsFound, walkGates } from '../../../lib/chat/gate-index';

const node = (over: Partial<TrieNodeLike> = {}): TrieNodeLike => ({
  keys: [],
  kids: [],
  ascii: null,
  gates: [],
  startGates: [],
  wholeGates: [],
  ...over,
});

describe('flat trie', () => {
  it('keeps every child, gate list and order of the object trie', () => {
    // "pa" (gate 3), "pay" (gates 5 then 2, word start), "微信" (gate 7, whole word).
    const y = node({ startGates: [5, 2] });
    const a = node({ keys: [121], kids: [y], gates: [3] });
    const xin = node({ wholeGates: [7] });
    const wei = node({ keys: [0x4fe1], kids: [xin] });
    const rootAscii: (TrieNodeLike | undefined)[] = new Array(128).fill(undefined);
    rootAscii[112] = node({ keys: [97], kids: [a] });
    const t = flatten(rootAscii, new Map([[0x5fae, wei]]));
    const lists = (n: number) =>
      [GATES, START_GATES, WHOLE_GATES].map((kind) =>
        Array.from(
          t.gateIds.subarray(t.gatesFrom[GATE_STRIDE * n + kind]!, t.gatesFrom[GATE_STRIDE * n + kind + 1]!),
        ),
      );
    const p = t.first[112]!;
    const pa = step(t, p, 97);
    const pay = step(t, pa, 121);
    expect([p, pa, pay].every((n) => n > 0)).toBe(true);
    expect(lists(pa)).toEqual([[3], [], []]);
    expect(lists(pay)).toEqual([[], [5, 2], []]);
    expect(step(t, pay, 112)).toBe(0);
    expect(t.first[113]).toBe(0);
    const weiXin = step(t, t.first[0x5fae]!, 0x4fe1);
    expect(lists(weiXin)).toEqual([[], [], [7]]);
  });

  it('finds the words of a gate registered after earlier walks', () => {
    const first = gateInfo(/\bflat-trie-test-one\b/);
    walkGates('nothing to see');
    const later = gateInfo(/\bflat-trie-test-two\b/);
    const seen = { gateWalk: 0 };
    const text = 'here is flat-trie-test-two and flat-trie-test-one';
    expect(gateWordsFound(later, text, seen)).toBe(true);
    expect(gateWordsFound(first, text, seen)).toBe(true);
    expect(gateWordsFound(later, 'flat-trie-test-three', { gateWalk: 0 })).toBe(false);
  });
});

describe('gate words that open with digits or small classes', () => {
  it('a gate of a digit beside a letter is found only where a digit touches the letter', () => {
    const digitBesideLetter = gateInfo(/\d[xq]|[xq]\d/);
    expect(digitBesideLetter.exact).toBe(true);
    expect(gateWordsFound(digitBesideLetter, 'call me on x7, at 9', { gateWalk: 0 })).toBe(true);
    expect(gateWordsFound(digitBesideLetter, 'a box of 7 and a quiz', { gateWalk: 0 })).toBe(false);
  });

  it('a class followed by more than characters is still tried where its words start', () => {
    const info = gateInfo(/[xq]\d+\s*kg/);
    expect(info.exact).toBe(false);
    expect(gateWordsFound(info, 'ship x12 kg', { gateWalk: 0 })).toBe(true);
    expect(gateWordsFound(info, 'ship 12 kg', { gateWalk: 0 })).toBe(false);
  });
});
