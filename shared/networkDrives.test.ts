import { describe, expect, it } from 'vitest';
import { parseNetUse } from './networkDrives';

// Outputs as Windows prints them (Windows 10 and 11, cmd.exe), blank lines and column padding kept.
const ENGLISH = `New connections will be remembered.


Status       Local     Remote                    Network

-------------------------------------------------------------------------------
OK           H:        \\\\fs01.council.local\\home$\\jsmith
                                                Microsoft Windows Network
Unavailable  V:        \\\\192.168.7.172\\personal  Microsoft Windows Network
Disconnected Y:        \\\\10.10.10.9\\C$           Microsoft Windows Network
             Z:        \\\\192.168.7.172\\pc        Microsoft Windows Network
OK                     \\\\UNRAID\\IPC$             Microsoft Windows Network
Disconnected           \\\\UNRAID\\Seagate_Expansion_Drive
                                                Microsoft Windows Network
OK           W:        \\\\council.sharepoint.com@SSL\\DavWWWRoot\\sites\\iv
                                                Web Client Network
The command completed successfully.
`;

const GERMAN = `Neue Verbindungen werden gespeichert.


Status       Lokal     Remote                    Netzwerk

-------------------------------------------------------------------------------
OK           S:        \\\\server\\freigabe         Microsoft Windows-Netzwerk
Getrennt     T:        \\\\server\\archiv           Microsoft Windows-Netzwerk
Der Befehl wurde erfolgreich ausgeführt.
`;

const NONE = `New connections will be remembered.

There are no entries in the list.

`;

describe('parseNetUse', () => {
  it('finds every mapped drive, whatever its status, including a wrapped long path and WebDAV', () => {
    expect(parseNetUse(ENGLISH)).toEqual(['H', 'V', 'Y', 'Z', 'W']);
  });

  it('reads Windows line endings', () => {
    expect(parseNetUse(ENGLISH.replace(/\n/g, '\r\n'))).toEqual(['H', 'V', 'Y', 'Z', 'W']);
  });

  it('does not depend on the language of the status and network columns', () => {
    expect(parseNetUse(GERMAN)).toEqual(['S', 'T']);
  });

  it('finds none when nothing is mapped, or for a connection with no drive letter', () => {
    expect(parseNetUse(NONE)).toEqual([]);
    expect(parseNetUse('OK                     \\\\server\\IPC$             Microsoft Windows Network')).toEqual([]);
    expect(parseNetUse('')).toEqual([]);
  });

  it('ignores a local path, a printer port and an error message', () => {
    expect(parseNetUse('OK           C:        D:\\data')).toEqual([]);
    expect(parseNetUse('OK           LPT1:     \\\\printsrv\\floor2     Microsoft Windows Network')).toEqual([]);
    expect(parseNetUse('System error 1222 has occurred.\n\nThe network is not present or not started.')).toEqual([]);
  });

  it('lists a letter once, in capitals', () => {
    expect(parseNetUse('OK  z:  \\\\a\\b  Microsoft Windows Network\nOK  Z:  \\\\c\\d  Microsoft Windows Network')).toEqual(['Z']);
  });
});
