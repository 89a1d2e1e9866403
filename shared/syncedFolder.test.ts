import { describe, expect, it } from 'vitest';
import { syncedFolderKind, syncedFolderProblem } from './syncedFolder';

describe('syncedFolderKind', () => {
  const cases: [string, ReturnType<typeof syncedFolderKind>][] = [
    // Windows
    ['C:\\Users\\sam\\OneDrive\\IV Desk', 'OneDrive'],
    ['C:\\Users\\sam\\OneDrive - Northshire County Council\\Documents\\IV Desk', 'OneDrive'],
    ['c:/users/sam/onedrive/IV Desk', 'OneDrive'],
    ['C:\\Users\\sam\\Dropbox\\IV Desk', 'Dropbox'],
    ['D:\\Dropbox (Northshire)\\IV Desk', 'Dropbox'],
    ['C:\\Users\\sam\\Google Drive\\IV Desk', 'Google Drive'],
    ['C:\\Users\\sam\\iCloudDrive\\IV Desk', 'iCloud Drive'],
    ['\\\\fileserver\\shared\\IV Desk', 'a network share'],
    ['\\\\fileserver', 'a network share'],
    ['//fileserver/shared/IV Desk', 'a network share'],
    ['\\\\?\\UNC\\fileserver\\shared\\IV Desk', 'a network share'],
    // macOS
    ['/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/IV Desk', 'iCloud Drive'],
    ['/Users/sam/Library/Mobile Documents/IV Desk', 'iCloud Drive'],
    ['/Users/sam/iCloud Drive/IV Desk', 'iCloud Drive'],
    ['/Users/sam/Library/CloudStorage/OneDrive-Personal/IV Desk', 'OneDrive'],
    ['/Users/sam/Library/CloudStorage/OneDrive-NorthshireCountyCouncil/IV Desk', 'OneDrive'],
    ['/Users/sam/Library/CloudStorage/Dropbox/IV Desk', 'Dropbox'],
    ['/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/IV Desk', 'Google Drive'],
    ['/Users/sam/Library/CloudStorage/Box-Box/IV Desk', 'a cloud storage folder'],
    ['/Users/sam/Dropbox/IV Desk', 'Dropbox'],
    // Ordinary local folders
    ['C:\\Users\\sam\\AppData\\Roaming\\IV Desk', null],
    ['\\\\?\\C:\\Users\\sam\\AppData\\Roaming\\IV Desk', null],
    ['/Users/sam/Library/Application Support/IV Desk', null],
    ['/Users/sam/Library/CloudStorage', null],
    ['/home/sam/.config/IV Desk', null],
    ['C:\\Users\\sam\\Documents\\Notes about OneDrive\\IV Desk', null],
  ];
  it.each(cases)('%s', (path, kind) => {
    expect(syncedFolderKind(path)).toBe(kind);
  });

  it('a mapped network drive, from the list of network drive letters, however the letters are written', () => {
    expect(syncedFolderKind('Z:\\IV Desk', { networkDriveLetters: ['Z'] })).toBe('a network drive');
    expect(syncedFolderKind('z:/IV Desk', { networkDriveLetters: ['Z:'] })).toBe('a network drive');
    expect(syncedFolderKind('\\\\?\\Z:\\IV Desk', { networkDriveLetters: ['z:\\'] })).toBe('a network drive');
    expect(syncedFolderKind('C:\\IV Desk', { networkDriveLetters: ['Z'] })).toBeNull();
    expect(syncedFolderKind('Z:\\IV Desk')).toBeNull();
  });

  it('the problem names the folder and what to do', () => {
    expect(syncedFolderProblem('C:\\Users\\sam\\OneDrive\\IV Desk')).toMatch(/^The data folder C:\\Users\\sam\\OneDrive\\IV Desk is in OneDrive\. .*not synced/);
    expect(syncedFolderProblem('/home/sam/.config/IV Desk')).toBeNull();
  });
});
