import { type ChangeEvent, useId } from 'react';
import { useT } from '../i18n/I18n';
import { SearchBar } from './SearchBar';
import { type StorageInfo, StorageLine } from './StorageLine';
import { type VaultMessage, VaultStatus } from './VaultStatus';
import './vault.css';

export interface VaultToolbarProps {
  selectedCaseId: string | null;
  query: string;
  tag: string | null;
  knownTags: readonly string[];
  storage: StorageInfo;
  busy: string | null;
  message: VaultMessage | null;
  onSearch: (query: string, tag: string | null) => void;
  onExportCase: (caseId: string) => void;
  onImportPack: (file: File) => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
  onRequestPersist: () => void;
}

interface FilePickProps {
  label: string;
  hint: string;
  testId: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A button-looking file input: one .zip, handed up, then the input is reset so the same file can be picked again. */
function FilePick({ label, hint, testId, disabled, onFile }: FilePickProps) {
  const id = useId();
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <span className={`tg-vault-file-pick${disabled ? ' tg-vault-file-pick--off' : ''}`} title={hint}>
      <label htmlFor={id} className="tg-button tg-button--quiet">
        {label}
      </label>
      <input
        id={id}
        className="tg-vault-visually-hidden"
        type="file"
        accept=".zip,application/zip"
        disabled={disabled}
        data-testid={testId}
        onChange={change}
      />
    </span>
  );
}

/** Search, the vault-wide file actions (export, import, backup, restore), storage and job status. */
export function VaultToolbar(props: VaultToolbarProps) {
  const t = useT();
  const { selectedCaseId, busy } = props;
  const working = busy !== null;
  return (
    <section className="tg-vault-toolbar" aria-label={t.t('vault.tools.label')}>
      <SearchBar query={props.query} tag={props.tag} knownTags={props.knownTags} onSearch={props.onSearch} />
      <div className="tg-vault-toolbar__actions">
        <button
          type="button"
          className="tg-button"
          disabled={working || selectedCaseId === null}
          title={selectedCaseId === null ? t.t('vault.tools.selectFirst') : t.t('vault.tools.exportHint')}
          data-testid="export-button"
          onClick={() => selectedCaseId && props.onExportCase(selectedCaseId)}
        >
          {t.t('vault.tools.export')}
        </button>
        <FilePick
          label={t.t('vault.tools.import')}
          hint={t.t('vault.tools.importHint')}
          testId="import-input"
          disabled={working}
          onFile={props.onImportPack}
        />
        <button
          type="button"
          className="tg-button tg-button--quiet"
          disabled={working}
          title={t.t('vault.tools.backupHint')}
          data-testid="backup-button"
          onClick={() => props.onBackup()}
        >
          {t.t('vault.tools.backup')}
        </button>
        <FilePick
          label={t.t('vault.tools.restore')}
          hint={t.t('vault.tools.restoreHint')}
          testId="restore-input"
          disabled={working}
          onFile={props.onRestore}
        />
      </div>
      <StorageLine storage={props.storage} onRequestPersist={props.onRequestPersist} />
      <VaultStatus busy={busy} message={props.message} />
    </section>
  );
}
