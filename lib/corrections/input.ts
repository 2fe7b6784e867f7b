import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { type CorrectableFact, CorrectionValueSchema } from '../model/correction';
import { type InputCheck, readCorrectionInput } from './read-input';

export { type InputCheck, isMoneyFact } from './read-input';

/**
 * What the buyer typed or chose, read (read-input.ts) and then held to the
 * correction schema: what the command line and the background store.
 */
export function parseCorrectionInput(
  fact: CorrectableFact,
  text: string,
  opts: { currency: string },
): InputCheck {
  const read = readCorrectionInput(fact, text, opts);
  if (!read.ok) return read;
  const result = CorrectionValueSchema.safeParse(read.value);
  if (result.success) return { ok: true, value: result.data };
  const text_ = msg('corrections.error.notSaved', {
    reason: result.error.issues[0]?.message ?? 'invalid value',
  });
  return { ok: false, error: english.render(text_), text: text_ };
}
