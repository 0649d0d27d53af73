/**
 * Who signs releases and how a reader checks a signature: OpenSSH's `ssh-keygen -Y`. The signer's
 * name (in allowed_signers) and the namespace are fixed, so a signature made for anything else
 * never verifies as a release.
 */
export const SIGNER = 'cong-khai-57';
export const NAMESPACE = 'cong-khai-57';

/** The command a reader runs in the folder holding manifest.json, its .sig and allowed_signers. */
export const VERIFY_COMMAND = `ssh-keygen -Y verify -f allowed_signers -I ${SIGNER} -n ${NAMESPACE} -s manifest.json.sig < manifest.json`;

/**
 * The same check run in the folder where the offline archive was unzipped (or a copy of the site),
 * on the signed release of `date` and the key the archive carries beside it.
 */
export function folderVerifyCommand(date: string): string {
  return `ssh-keygen -Y verify -f release/allowed_signers -I ${SIGNER} -n ${NAMESPACE} -s release/${date}/manifest.json.sig < release/${date}/manifest.json`;
}
