import type { Page } from 'playwright-core';

/** Every record in Callback's IndexedDB database, table by table, as the page reads it: to compare byte for byte. */
export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('callback');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames].sort();
          const transaction = db.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              dump[name] = all.result as unknown[];
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(dump));
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
  );
}

/** Puts raw records into a table, as another (older, newer or broken) app might have left them. */
export async function putRecords(page: Page, table: string, records: readonly unknown[]): Promise<void> {
  await page.evaluate(
    ({ table, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('callback');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(table, 'readwrite');
          for (const record of records) transaction.objectStore(table).put(record);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
    { table, records },
  );
}
