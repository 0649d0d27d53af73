/**
 * Which key made an OpenSSH signature (`ssh-keygen -Y sign`), read from the signature itself, so
 * the pages can say which of the published keys signed each release when the key has changed.
 * The armoured blob is "SSHSIG", a version, then the signer's public key as an SSH string
 * (PROTOCOL.sshsig); that key, base64-encoded, is what an allowed_signers line carries.
 */

const MAGIC = 'SSHSIG';
/** The only version of the format; a public key blob is well under this many bytes (ed25519: 51). */
const VERSION = 1;
const MAX_KEY_BYTES = 8192;

/** The signer's public key blob, base64 as in allowed_signers; null when `armoured` is not an SSH signature. */
export function signerKeyOf(armoured: string): string | null {
  const body = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/.exec(armoured)?.[1];
  if (body === undefined) return null;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  if (bytes.length < MAGIC.length + 8 || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(MAGIC.length) !== VERSION) return null;
  const start = MAGIC.length + 4; // after the version
  const length = view.getUint32(start);
  // A hostile length is refused before the bytes are spread into one call.
  if (length === 0 || length > MAX_KEY_BYTES) return null;
  const key = bytes.subarray(start + 4, start + 4 + length);
  if (key.length !== length) return null;
  return btoa(String.fromCharCode(...key));
}
