import { useEffect, useState } from 'react';

/** `value`, but only once it has stopped changing for `delayMs` (typing does not re-run heavy checks per key). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
