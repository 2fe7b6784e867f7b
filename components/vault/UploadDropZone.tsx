import { type DragEvent, useId, useRef, useState } from 'react';
import type { EvidenceKind } from '../../lib/vault/schema/rows';
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
      aria-label="Add evidence files"
      data-testid="upload-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="tg-vault-drop__prompt">
        {enabled
          ? 'Drop files here, or choose them: contracts, invoices, photos, videos, inspection reports, ZIPs…'
          : 'Select or create a case first, then add files to it.'}
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
          <ul className="tg-vault-drop__files" aria-label="Files to add">
            {files.map((file, i) => (
              // The same name can be picked twice from different folders; position keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                {displayFileName(file.name)} <span className="tg-muted">({formatSize(file.size)})</span>
              </li>
            ))}
          </ul>
          <KindSelect
            label={files.length === 1 ? 'File it as' : `File all ${files.length} as`}
            value={kind}
            onChange={setKind}
            disabled={off}
            testId="upload-kind"
          />
          <p className="tg-muted tg-vault-small">
            Each file is stored exactly as it is and fingerprinted (SHA-256) when added.
          </p>
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
              Add {files.length === 1 ? 'file' : `${files.length} files`}
            </button>
            <button type="button" className="tg-button tg-button--quiet" onClick={clear}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
