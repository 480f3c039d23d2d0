/** How much of the browser's storage this site uses, and may use, in bytes; null where the browser won't say. */
export interface StorageEstimateBytes {
  usage: number;
  quota: number;
}

/** The browser's own estimate of this site's storage. */
export async function estimateStorage(): Promise<StorageEstimateBytes | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}

/**
 * Whether `bytes` more would fit, with room to spare: IndexedDB stores more than the text's length
 * (keys, indexes, structure), so an import needs a few times its size free. Unknown counts as room.
 */
export async function hasRoomFor(bytes: number): Promise<boolean> {
  const estimate = await estimateStorage();
  return estimate === null || estimate.quota - estimate.usage >= bytes * 3;
}

/**
 * Asks the browser to keep this site's data when space runs low, instead of clearing it. Returns
 * whether the data is kept; the browser may decide without asking the person.
 */
export async function askToKeepData(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    return false;
  }
}

/** A size a person reads: "840 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}
