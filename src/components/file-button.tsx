import { type ChangeEvent, type ReactNode, useRef } from 'react';

/** A file the person picked, read as text. */
export interface PickedFile {
  name: string;
  text: string;
}

/** A button that opens the file picker and hands back the chosen files' text. */
export function FileButton({
  label,
  accept = 'application/json,.json',
  multiple = false,
  onFiles,
  children,
}: {
  label: string;
  accept?: string;
  multiple?: boolean;
  onFiles: (files: PickedFile[]) => void;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so choosing the same file again still reports it.
    event.target.value = '';
    if (files.length > 0) onFiles(await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))));
  };
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input ref={input} type="file" accept={accept} multiple={multiple} hidden aria-label={label} onChange={(event) => void picked(event)} />
    </>
  );
}
