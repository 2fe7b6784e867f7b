import type { SyntheticEvent } from 'react';

/**
 * True when a person did it: the browser marks events made by page script
 * (element.click(), dispatchEvent) with isTrusted === false. Everything
 * TradeGuard mounts in a marketplace page (the card, chat marks) must act only
 * on these: the page is the supplier's ground and its scripts can press buttons.
 */
export function byPerson(event: SyntheticEvent | Event): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isTrusted === true;
}
