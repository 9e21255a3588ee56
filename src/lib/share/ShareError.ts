import type { SettingsProblem } from './settings.ts';

/** Why a share link or project file could not be opened; `code` is an i18n key. */
export type ShareErrorCode =
  | 'share.error.truncated'
  | 'share.error.corrupt'
  | 'share.error.tooLarge'
  | 'share.error.version'
  | 'share.error.unknownVersion'
  | 'share.error.prefixCase'
  | 'share.error.notKefen'
  | 'share.error.invalid'
  | 'share.error.settings'
  | 'share.error.projectChecksum';

/** An error opening shared content: a code the UI translates and a detail saying what was received. */
export class ShareError extends Error {
  override name = 'ShareError';
  constructor(
    readonly code: ShareErrorCode,
    readonly detail: string,
    /** For `share.error.settings`: the refused setting, in the words of the settings rules (src/lib/share/settings.ts). */
    readonly setting?: SettingsProblem
  ) {
    super(`${code}: ${detail}`);
  }
}

export function isShareError(error: unknown): error is ShareError {
  return error instanceof ShareError;
}
