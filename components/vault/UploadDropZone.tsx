import { type DragEvent, useId, useRef, useState } from 'react';
import type { EvidenceKind } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { defaultKindForFiles, displayFileName, formatSize } from './format';
import { KindSelect } from './KindSelect';
import './vault.css';

export interface UploadDropZoneProps {
  onUpload: (files: File[], kind: EvidenceKind) => void;
  /** False when no case is selected: files need a case to go into. */
  enabled: boolean;
  disabled?: boolean;
}

/**
 * Drop or pick any files (PDF, photos, video, office documents, ZIP). They are
 * held here until the buyer confirms the kind, because the guess from the file
 * type is only a guess.
 */
export function UploadDropZone({ onUpload, enabled, disabled }: UploadDropZoneProps) {
  const t = useT();
  const [files, setFiles] = useState<File[]>([]);
  const [kind, setKind] = useState<EvidenceKind>('other');
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const off = disabled || !enabled;

  const take = (list: FileList | null) => {
    const picked = list ? Array.from(list) : [];
    if (picked.length === 0) return;
    setFiles(picked);
    setKind(defaultKindForFiles(picked));
  };
  const clear = () => {
    setFiles([]);
    // Reset the input so picking the same file again fires a change.
    if (inputRef.current) inputRef.current.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!off) take(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = off ? 'none' : 'copy';
    if (!off) setDragging(true);
  };

  return (
    <section
      className={`tg-vault-drop${dragging ? ' tg-vault-drop--over' : ''}${off ? ' tg-vault-drop--off' : ''}`}
      aria-label={t.t('vault.upload.label')}
      data-testid="upload-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="tg-vault-drop__prompt">
        {enabled ? t.t('vault.upload.prompt') : t.t('vault.upload.needCase')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        multiple
        disabled={off}
        data-testid="upload-input"
        onChange={(e) => take(e.target.files)}
      />
      {files.length > 0 && (
        <div className="tg-vault-drop__staged">
          <ul className="tg-vault-drop__files" aria-label={t.t('vault.upload.filesToAdd')}>
            {files.map((file, i) => (
              // The same name can be picked twice from different folders; position keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                {displayFileName(t, file.name)} <span className="tg-muted">({formatSize(t, file.size)})</span>
              </li>
            ))}
          </ul>
          <KindSelect
            label={t.plural('vault.upload.fileAs', files.length)}
            value={kind}
            onChange={setKind}
            disabled={off}
            testId="upload-kind"
          />
          <p className="tg-muted tg-vault-small">{t.t('vault.upload.fingerprinted')}</p>
          <div className="tg-vault-actions">
            <button
              type="button"
              className="tg-button"
              disabled={off}
              data-testid="upload-submit"
              onClick={() => {
                onUpload(files, kind);
                clear();
              }}
            >
              {t.plural('vault.upload.add', files.length)}
            </button>
            <button type="button" className="tg-button tg-button--quiet" onClick={clear}>
              {t.t('vault.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
