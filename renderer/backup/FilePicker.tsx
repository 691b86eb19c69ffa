import { useId } from 'react';

/** A labelled file input for one .zip; the value is cleared so the same file can be chosen again. */
export function FilePicker({ label, disabled, onFile }: { label: string; disabled?: boolean; onFile(file: File): void }) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id} className="file-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".zip,application/zip"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

export const fileBytes = async (file: File) => new Uint8Array(await file.arrayBuffer());
