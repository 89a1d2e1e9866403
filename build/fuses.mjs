// electron-builder afterPack hook: flips Electron's fuses in the packaged executable, so
// the shipped app cannot be run as plain Node, driven through NODE_OPTIONS or --inspect,
// made to load code from outside its (integrity-checked) app.asar, or give file:// pages
// powers beyond a web page's (the app's page comes from app://, see electron/main/appProtocol.ts).
// Development builds are left alone: Playwright's Electron tests need --inspect.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Flipping a fuse breaks the ad hoc signature an unsigned macOS build relies on.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...FUSES,
  });
}
