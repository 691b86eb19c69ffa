// @ts-check
/*
 * electron-builder afterPack hook. Fuses are switches compiled into the
 * Electron binary; flipping them at package time removes ways to run the
 * shipped app as something else (a plain Node, a debuggable process, or with
 * code from outside the signed asar). Plain CommonJS because electron-builder
 * loads hooks itself, outside the TypeScript build.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook has only require
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {import('@electron/fuses').FuseV1Config} */
const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/**
 * The packager knows where each platform keeps the binary (the .app bundle on
 * macOS, the renamed executable elsewhere) and signs after this hook, so the
 * flipped binary is what gets signed.
 *
 * @param {import('app-builder-lib').AfterPackContext} context
 */
async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuses);
}

module.exports = { afterPack, fuses };
