import type { TextContext } from './text-context';

/**
 * Yes/no answers about the message being matched, one per key (a required literal, a part of a need), shared by
 * every pattern that asks. Keys get ids once; the answers sit in typed arrays beside the stamp of the message they
 * answer for, so a new message needs no clearing (a Map per message, cleared and hashed, cost more).
 */
export class MessageAnswers<K> {
  private readonly ids = new Map<K, number>();
  private readonly keys: K[] = [];
  private stamps = new Uint32Array(256);
  private answers = new Uint8Array(256);

  constructor(private readonly decide: (key: K, tc: TextContext) => boolean) {}

  idOf(key: K): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
      if (id >= this.stamps.length) {
        const stamps = new Uint32Array(this.stamps.length * 2);
        stamps.set(this.stamps);
        const answers = new Uint8Array(stamps.length);
        answers.set(this.answers);
        this.stamps = stamps;
        this.answers = answers;
      }
    }
    return id;
  }

  /** True when the answer of any of `ids` is yes for the message of `stamp`; each is decided once per message. */
  any(tc: TextContext, stamp: number, ids: Int32Array): boolean {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.stamps[id] !== stamp) {
        this.stamps[id] = stamp;
        this.answers[id] = this.decide(this.keys[id]!, tc) ? 1 : 0;
      }
      if (this.answers[id] === 1) return true;
    }
    return false;
  }

  /** Forgets every stamp: the stamps have wrapped round and an old one may come back. */
  reset(): void {
    this.stamps.fill(0);
  }
}
