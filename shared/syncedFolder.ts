/**
 * Whether a data folder is inside a synced or network folder. A sync client copies the
 * database and its write-ahead log separately and at different moments, and a network
 * share does not honour SQLite's locks: either can corrupt the database. Pure: it looks
 * only at the path's spelling, Windows-style (C:\..., \\server\share) or POSIX-style.
 */

export type SyncedFolderKind = 'OneDrive' | 'Dropbox' | 'Google Drive' | 'iCloud Drive' | 'a cloud storage folder' | 'a network share' | 'a network drive';

export interface SyncedFolderOptions {
  /** Drive letters Windows reports as network drives (for example from `net use`), such as ["Z"] or ["Z:"]. */
  networkDriveLetters?: readonly string[];
}

/** A folder name that belongs to a sync client wherever it appears in the path. */
const SYNCED_SEGMENTS: [RegExp, SyncedFolderKind][] = [
  // "OneDrive", "OneDrive - Contoso" (Windows), "OneDrive-Personal", "OneDrive-Contoso" (macOS CloudStorage).
  [/^onedrive( - .+|-.+)?$/i, 'OneDrive'],
  // "Dropbox", "Dropbox (Personal)", "Dropbox (Contoso)", "Dropbox-Contoso".
  [/^dropbox( \(.+\)|-.+)?$/i, 'Dropbox'],
  // "Google Drive", "GoogleDrive-name@example.com" (macOS CloudStorage).
  [/^(google drive|googledrive-.+)$/i, 'Google Drive'],
  // "iCloud Drive" (Finder), "iCloudDrive" (iCloud for Windows), "com~apple~CloudDocs".
  [/^(icloud ?drive|com~apple~clouddocs)$/i, 'iCloud Drive'],
];

function segmentsOf(path: string): string[] {
  return path.split(/[\\/]+/).filter((s) => s.length > 0);
}

function networkKind(path: string, letters: readonly string[]): SyncedFolderKind | null {
  const slashes = path.replace(/\//g, '\\');
  // \\?\C:\... is a long local path; \\?\UNC\server\share and \\server\share are network paths.
  if (/^\\\\[?.]\\unc\\/i.test(slashes)) return 'a network share';
  const local = slashes.replace(/^\\\\[?.]\\(?=[a-z]:)/i, '');
  if (/^\\\\[^\\?.][^\\]*\\/.test(local) || /^\\\\[^\\?.][^\\]*$/.test(local)) return 'a network share';
  const drive = /^([a-z]):/i.exec(local)?.[1]?.toUpperCase();
  if (drive && letters.some((l) => l.replace(/[:\\/]/g, '').toUpperCase() === drive)) return 'a network drive';
  return null;
}

/** The kind of synced or network folder the path is in, or null for an ordinary local folder. */
export function syncedFolderKind(path: string, options: SyncedFolderOptions = {}): SyncedFolderKind | null {
  const network = networkKind(path, options.networkDriveLetters ?? []);
  if (network) return network;
  const segments = segmentsOf(path);
  for (const segment of segments) {
    for (const [pattern, kind] of SYNCED_SEGMENTS) if (pattern.test(segment)) return kind;
  }
  for (const [i, segment] of segments.entries()) {
    if (segment.toLowerCase() !== 'library') continue;
    const next = segments[i + 1]?.toLowerCase();
    // macOS: ~/Library/Mobile Documents is iCloud Drive; ~/Library/CloudStorage holds every File Provider sync client.
    if (next === 'mobile documents') return 'iCloud Drive';
    if (next === 'cloudstorage' && segments.length > i + 2) return 'a cloud storage folder';
  }
  return null;
}

/** A plain sentence about the folder, or null when it is an ordinary local folder. */
export function syncedFolderProblem(path: string, options: SyncedFolderOptions = {}): string | null {
  const kind = syncedFolderKind(path, options);
  if (!kind) return null;
  return `The data folder ${path} is in ${kind}. Syncing or sharing a live database can damage it: keep IV Desk's data in a folder on this computer that is not synced, and use backups to keep a copy elsewhere.`;
}
