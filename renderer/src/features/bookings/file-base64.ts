/** A file's bytes as base64, read in the renderer (the core detects the encoding from the bytes). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onload = () => {
      if (!(reader.result instanceof ArrayBuffer)) return reject(new Error('unreadable'));
      resolve(bytesToBase64(new Uint8Array(reader.result)));
    };
    reader.readAsArrayBuffer(file);
  });
}

/** Chunked, because String.fromCharCode(...bytes) overflows the call stack on a file of a few MB. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
