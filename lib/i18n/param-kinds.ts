import type { Money } from '../model/money-math';
import type { Msg, MsgParam } from './msg';

/**
 * What kind of parameter a message carries. Apart from msg.ts, whose zod schemas the translator does not
 * need: a content script's translator is built without them.
 */
export const isMsg = (p: MsgParam): p is Msg => typeof p === 'object' && p !== null && 'key' in p;
export const isMoney = (p: MsgParam): p is Money => typeof p === 'object' && p !== null && 'minor' in p;
