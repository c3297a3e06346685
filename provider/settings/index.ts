/**
 * The per-client settings, in the order create and update apply them and refresh reads them. Each is a folder of its
 * own with a setting of the shape in `setting.ts`; the core goes through this list. A new setting is a folder and
 * one line here (and its part in `types.ts`).
 */
import { branding } from "./branding";
import { cimdPolicies } from "./cimdPolicies";
import { secrets } from "./secrets";
import { riskConfiguration } from "./riskConfiguration";
import type { ClientSetting } from "./setting";
import { ssoSession } from "./ssoSession";
import { terms } from "./terms";
import { uiCustomization } from "./uiCustomization";

export const CLIENT_SETTINGS: readonly ClientSetting[] = [secrets, ssoSession, branding, terms, cimdPolicies, riskConfiguration, uiCustomization];

/** The arguments the settings own. */
export const SETTING_ARGUMENTS: readonly string[] = CLIENT_SETTINGS.flatMap((s) => Object.keys(s.rules));

/** The arguments of the settings that only their own operations change: a change of only these makes no UpdateUserPoolClient call. */
export const ARGUMENTS_OUTSIDE_THE_CLIENT: readonly string[] = CLIENT_SETTINGS.flatMap((s) => Object.keys(s.rules).filter((a) => !(s.updatedWithClient ?? []).includes(a)));

/** The outputs the settings compute: never arguments, never compared. */
export const SETTING_COMPUTED_OUTPUTS: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.computedOutputs ?? []);

/** The outputs that are always Pulumi secrets. */
export const SECRET_OUTPUTS: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.secretOutputs ?? []);

/** The settings' arguments whose change forces a new client (unless a setting changes it in place). */
export const SETTING_REPLACE_PROPERTIES: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.replaces ?? []);

/** Of those, the arguments a setting may change in place for some changes (a custom secret's rotation). */
export const SETTING_SOMETIMES_REPLACING: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.replacesOnlySometimes ?? []);

/** The Cognito operations the settings call. */
export const SETTING_OPERATIONS: readonly string[] = CLIENT_SETTINGS.flatMap((s) => s.operations);

export { applyOutputs } from "./setting";
export type { ClientSetting, SettingContext, SettingOperations } from "./setting";
