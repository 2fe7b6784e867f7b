import { send } from '../../lib/messaging/client';
import { INJECTED_GLOBALS, type InjectedScript } from '../../lib/messaging/injected-scripts';

/**
 * A part of this script that the background injects into its world when first needed (content/load-script;
 * lib/messaging/injected-scripts.ts), once per page. A failed load is tried again on the next call.
 */
const loading = new Map<InjectedScript, Promise<unknown>>();

const registered = (script: InjectedScript) =>
  (globalThis as Record<string, unknown>)[INJECTED_GLOBALS[script]];

export function loadInjected<T>(script: InjectedScript): Promise<T> {
  let pending = loading.get(script);
  if (!pending) {
    pending = (async () => {
      if (!registered(script)) await send({ type: 'content/load-script', script });
      const part = registered(script);
      if (!part) {
        loading.delete(script);
        throw new Error(`${script} could not be loaded`);
      }
      return part;
    })();
    loading.set(script, pending);
  }
  return pending as Promise<T>;
}
