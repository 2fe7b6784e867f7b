/**
 * linkedom's CSS parser, left out of the background's bundle (a CommonJS module the bundler cannot import
 * by name): TradeGuard reads pages' text and data, never a <style> element's rules (`sheet`).
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
