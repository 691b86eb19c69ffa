/**
 * Channel names of the bridge. Kept apart from the schemas so the sandboxed
 * preload bundles nothing but these strings.
 */
export const invokeChannels = {
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'link:open-external',
  appInfo: 'app:info',
  saveDocument: 'document:save',
  backupWrite: 'backup:write',
  backupStatus: 'backup:status',
  backupChooseFolder: 'backup:choose-folder',
  backupRead: 'backup:read',
  identityRead: 'identity:read',
  identityWrite: 'identity:write',
  boardSessionRead: 'board-session:read',
  boardSessionWrite: 'board-session:write',
} as const;

export type InvokeMethod = keyof typeof invokeChannels;

/** Main asks the renderer to write what it still holds; the renderer answers when done. */
export const lifecycleChannels = {
  flushRequest: 'lifecycle:flush-request',
  flushed: 'lifecycle:flushed',
} as const;

export const bridgeGlobal = 'beraad';
