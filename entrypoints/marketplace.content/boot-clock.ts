/**
 * When this bundle started to run (imported first, so evaluated first): the
 * benchmark's "module init" is the time from here to the script's main().
 */
export const BOOTED_AT = performance.now();
