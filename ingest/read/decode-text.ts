/* Ingest read: bytes → text; rejects binary, falls back to Latin-1 when the bytes are not UTF-8. */

export type DecodedText = { ok: true; text: string; latin1: boolean } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');

export function decodeText(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul})` };
  try {
    return { ok: true, text: utf8.decode(bytes), latin1: false };
  } catch {
    // Old wire copy is often Windows-1252/Latin-1; every byte sequence is valid Latin-1.
    return { ok: true, text: latin1.decode(bytes), latin1: true };
  }
}
