/**
 * The per-client settings, in the order create and update apply them and refresh reads them. Each is a module of
 * the shape in `setting.ts`; `provider.ts` goes through this list.
 */
import { branding } from "./branding";
import { secrets } from "./secrets";
import type { ClientSetting } from "./setting";
import { ssoSession } from "./ssoSession";
import { terms } from "./terms";

export const CLIENT_SETTINGS: readonly ClientSetting[] = [secrets, ssoSession, branding, terms];

/** The arguments the settings own: never members of UpdateUserPoolClient. */
export const SETTING_ARGUMENTS: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.arguments);

export { applyOutputs } from "./setting";
export type { ClientSetting, SettingContext } from "./setting";
