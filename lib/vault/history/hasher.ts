import { createSHA256, type IHasher } from 'hash-wasm';

/**
 * A synchronous SHA-256 over text (UTF-8), for history entries. Synchronous
 * on purpose: an entry is hashed inside the IndexedDB transaction that writes
 * the change it records, and a transaction that waits on anything but the
 * database commits early. The WASM hasher is loaded once, before any transaction.
 */
export type TextHasher = (text: string) => string;

let loaded: Promise<IHasher> | null = null;

export async function loadTextHasher(): Promise<TextHasher> {
  loaded ??= createSHA256().catch((error) => {
    loaded = null;
    throw error;
  });
  const hasher = await loaded;
  return (text) => {
    hasher.init();
    hasher.update(text);
    return hasher.digest('hex');
  };
}
