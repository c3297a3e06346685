/**
 * The pure diff: which arguments changed between the stored outputs and the program's inputs, and whether the
 * change replaces the client. No API call. Lists compare as sets, API default echoes as unset; each setting gives
 * the normal form of its arguments, and may say that a replacing argument changes in place this time.
 */
import { REPLACE_PROPERTIES, UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { CLIENT_COMPUTED_OUTPUTS } from "./clientArgs";
import { containsUnknown, deepEqual } from "./json";
import { normalizeForComparison } from "./mapping";
import { CLIENT_SETTINGS, SETTING_COMPUTED_OUTPUTS } from "./settings";

export interface ClientDiff {
    /** Arguments whose desired value differs from the stored one, in a stable order. */
    changed: string[];
    /** The subset of `changed` that forces a new client. */
    replaces: string[];
}

/** Keys that never take part in a diff: the engine's serialized provider, the import marker, computed values. */
const IGNORED_KEYS = new Set<string>([
    "__provider", "importId", ...CLIENT_COMPUTED_OUTPUTS, ...SETTING_COMPUTED_OUTPUTS,
    // Widens what check accepts; nothing Cognito stores.
    "allowNewAuthFlows",
]);

/**
 * @param olds the stored outputs (live values after create, update or refresh)
 * @param news the program's checked inputs
 * @param defaultRegion the region used when `news.region` is not set (the stack's `aws:region`)
 */
export function diffUserPoolClient(
    olds: Partial<UserPoolClientOutputs>,
    news: Partial<UserPoolClientInputs>,
    defaultRegion?: string,
): ClientDiff {
    const desired = { ...news, region: news.region ?? defaultRegion ?? olds.region };
    let current: Partial<UserPoolClientOutputs> = { ...olds };
    for (const setting of CLIENT_SETTINGS) current = setting.storedForComparison?.(current, desired) ?? current;
    const a = normalizeForComparison(current);
    const b = normalizeForComparison(desired);
    const changed: string[] = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (IGNORED_KEYS.has(key)) continue;
        if (containsUnknown(b[key]) || !deepEqual(a[key], b[key])) changed.push(key);
    }
    const inPlace = new Set(CLIENT_SETTINGS.flatMap((setting) => setting.changesInPlace?.(olds, desired) ?? []));
    const replaces = changed.filter((key) => (REPLACE_PROPERTIES as readonly string[]).includes(key) && !inPlace.has(key));
    return { changed, replaces };
}
