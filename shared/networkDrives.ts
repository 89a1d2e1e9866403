/**
 * The drive letters Windows has mapped to network shares, read from the output of
 * `net use`. Only the drive letter and the remote path are used: the status and network
 * columns are in the computer's language ("OK", "Unavailable", "Getrennt"...), and the
 * status is blank in some states, but a mapped drive's row always holds a letter and a
 * colon followed by a \\server\share path. Pure, so it is tested on real outputs.
 */

/** A letter and a colon on their own, then a UNC path (\\server\share, or \\host@SSL\DavWWWRoot for WebDAV). */
const MAPPED_DRIVE = /(?:^|\s)([A-Za-z]):\s+\\\\[^\\\s]/;

/** The mapped drive letters in `net use` output, upper case, each once, in the order listed. */
export function parseNetUse(output: string): string[] {
  const letters: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const letter = MAPPED_DRIVE.exec(line)?.[1]?.toUpperCase();
    if (letter && !letters.includes(letter)) letters.push(letter);
  }
  return letters;
}
