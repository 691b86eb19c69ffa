import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { installApplicationMenu } from '../../../../electron/main/menu';
import { app, Menu, resetElectronMock } from '../../electronMock';

beforeEach(resetElectronMock);

function installedRoles(): string[] {
  installApplicationMenu();
  const menu = Menu.setApplicationMenu.mock.calls[0]?.[0];
  if (!menu) throw new Error('no application menu set');
  const roles = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
  return roles(menu.template);
}

describe('application menu', () => {
  it('keeps editing and zoom, and offers no reload that would skip the flush', () => {
    const roles = installedRoles();
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers developer tools only in development', () => {
    expect(installedRoles()).toContain('toggleDevTools');
    resetElectronMock();
    app.isPackaged = true;
    expect(installedRoles()).not.toContain('toggleDevTools');
  });
});
