import { EVIDENCE_KINDS, type EvidenceKind } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { kindLabel } from './labels';

export interface KindSelectProps {
  value: EvidenceKind;
  onChange: (kind: EvidenceKind) => void;
  label: string;
  disabled?: boolean;
  testId?: string;
}

/** The eight evidence kinds (seven dispute documents + other) with their short names. */
export function KindSelect({ value, onChange, label, disabled, testId }: KindSelectProps) {
  const t = useT();
  return (
    <label className="tg-vault-kind-select">
      <span>{label}</span>
      <select
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value as EvidenceKind)}
      >
        {EVIDENCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(t, kind)}
          </option>
        ))}
      </select>
    </label>
  );
}
