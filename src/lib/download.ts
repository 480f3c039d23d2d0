/** Saves text as a file through the browser's download, without any server. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next tick: some browsers start the download after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A name safe in any file system, from text a person typed. */
export function fileSlug(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || fallback
  );
}
