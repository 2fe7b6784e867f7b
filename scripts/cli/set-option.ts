import { parseCorrectionInput } from '../../lib/corrections/input';
import { CORRECTABLE_FACTS, type CorrectableFact, type CorrectionValue } from '../../lib/model/correction';
import { UsageError } from './args';

/**
 * `audit --set fact=value`: taLimit=42000USD, orderTotal="US$48,600", paymentAmount=14580USD,
 * paymentMethod=tt|card|paypal|western-union|online-bank-payment|pay-later,
 * shippingMethod=express|air|sea|land|post, shipBy=2027-01-20. Checked like the card's form.
 */
export function parseSetOptions(values: readonly string[]): CorrectionValue[] {
  const seen = new Set<CorrectableFact>();
  return values.map((raw) => {
    const [name = '', text = ''] = raw.split(/=(.*)/s, 2);
    const fact = CORRECTABLE_FACTS.find((f) => f === name.trim());
    if (!fact) throw new UsageError(`--set ${raw}: the fact must be one of ${CORRECTABLE_FACTS.join(', ')}`);
    if (seen.has(fact)) throw new UsageError(`--set ${fact} is given twice`);
    seen.add(fact);
    const checked = parseCorrectionInput(fact, text, { currency: 'USD' });
    if (!checked.ok) throw new UsageError(`--set ${raw}: ${checked.error}`);
    return checked.value;
  });
}
