import { type ChangeEvent, useId } from 'react';
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
  const { selectedCaseId, busy } = props;
  const working = busy !== null;
  return (
    <section className="tg-vault-toolbar" aria-label="Vault tools">
      <SearchBar query={props.query} tag={props.tag} knownTags={props.knownTags} onSearch={props.onSearch} />
      <div className="tg-vault-toolbar__actions">
        <button
          type="button"
          className="tg-button"
          disabled={working || selectedCaseId === null}
          title={
            selectedCaseId === null
              ? 'Select a case first'
              : 'A ZIP with every file, its SHA-256, and a readable report for the dispute team'
          }
          data-testid="export-button"
          onClick={() => selectedCaseId && props.onExportCase(selectedCaseId)}
        >
          Export dispute pack
        </button>
        <FilePick
          label="Import pack"
          hint="Add the evidence of a TradeGuard dispute pack (.zip); hashes are checked on the way in"
          testId="import-input"
          disabled={working}
          onFile={props.onImportPack}
        />
        <button
          type="button"
          className="tg-button tg-button--quiet"
          disabled={working}
          title="One ZIP with every case, file and note in the vault"
          data-testid="backup-button"
          onClick={() => props.onBackup()}
        >
          Back up everything
        </button>
        <FilePick
          label="Restore backup"
          hint="Bring back a TradeGuard backup (.zip): adds what is missing, never changes what the vault holds"
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
