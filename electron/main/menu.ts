/**
 * A small application menu. Edit is kept so copy and paste shortcuts work on macOS;
 * reload and DevTools exist only in development builds.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function menuTemplate(isMac: boolean, development: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (development) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { label: 'Window', submenu: [{ role: 'minimize', label: 'Minimise' }, ...(isMac ? [{ role: 'zoom' } as const] : []), { role: 'close' }] },
  ];
}

export function installMenu(development: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', development)));
}
