import { isTimeLeaf, leavesOf } from './bubble';
import { sideFromStructure } from './side';

/**
 * Finds the element whose children are the chat's message blocks: the parent
 * with the most children that each hold a time-like text (repeated sibling
 * blocks with text and a time). A conversation list in the sidebar has the
 * same shape, so candidates whose children are mostly links are discounted,
 * and candidates whose children sit on both sides of the chat are preferred.
 */
const MAX_CLIMB = 12;
const SKIP = 'script, style, noscript, template';

export function findMessageList(root: ParentNode): Element | null {
  const childrenWithTime = new Map<Element, Set<Element>>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.childElementCount > 0 || el.matches(SKIP)) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 40 || !isTimeLeaf({ text, el })) continue;
    let child: Element = el;
    for (let i = 0, parent = el.parentElement; parent && i < MAX_CLIMB; i++, parent = parent.parentElement) {
      let set = childrenWithTime.get(parent);
      if (!set) {
        set = new Set();
        childrenWithTime.set(parent, set);
      }
      set.add(child);
      if (parent === root) break;
      child = parent;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [parent, children] of childrenWithTime) {
    if (children.size < 2) continue;
    const score = scoreOf(parent, [...children]);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return best;
}

function scoreOf(parent: Element, children: Element[]): number {
  const sample = children.slice(0, 40);
  // Blocks that hold more than a time (someone wrote something).
  const withText = sample.filter((c) => leavesOf(c).length >= 2).length / sample.length;
  const linkish =
    sample.filter(
      (c) => c.tagName === 'A' || c.querySelector('a[href*="conversation"], a[href*="msgDetail"]'),
    ).length / sample.length;
  const sides = new Set(
    sample.map((c) => sideFromStructure(c)).filter((s) => s === 'buyer' || s === 'supplier'),
  );
  void parent;
  return children.length * (0.5 + withText) * (sides.size === 2 ? 2 : 1) * (linkish > 0.5 ? 0.25 : 1);
}
