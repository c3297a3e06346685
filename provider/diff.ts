/**
 * The pure diff: which arguments changed between the stored outputs and the program's inputs, and whether the
 * change replaces the client. No API call. Lists compare as sets, API default echoes as unset.
 */
import { REPLACE_PROPERTIES, UserPoolClientInputs, UserPoolClientOutputs } from "./args";
import { containsUnknown, deepEqual } from "./json";
import { normalizeForComparison } from "./mapping";
import { SECRET_STATE_KEYS, isCustomSecretRotation } from "./settings/secrets";

export interface ClientDiff {
    /** Arguments whose desired value differs from the stored one, in a stable order. */
    changed: string[];
    /** The subset of `changed` that forces a new client. */
    replaces: string[];
}

/** Keys that never take part in a diff: the engine's serialized provider, the import marker, computed values. */
const IGNORED_KEYS = new Set<string>([
    "__provider", "importId", "clientId", "creationDate", "lastModifiedDate", "clientSecretArn", "clientType", "termsOfUseId", "privacyPolicyId", "managedLoginBrandingId",
    // Widens what check accepts; nothing Cognito stores.
    "allowNewAuthFlows",
    ...SECRET_STATE_KEYS.filter((k) => k !== "clientSecret"),
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
    const current = { ...olds };
    // A generated secret is not an argument: compare the custom secret only when the program gives one, or when
    // the stored client had a custom secret that the program removed.
    if (desired.clientSecret === undefined && (olds.generateSecret === true || olds.clientSecret === undefined)) {
        delete current.clientSecret;
    }
    const a = normalizeForComparison(current);
    const b = normalizeForComparison(desired);
    const changed: string[] = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (IGNORED_KEYS.has(key)) continue;
        if (containsUnknown(b[key]) || !deepEqual(a[key], b[key])) changed.push(key);
    }
    // A custom secret changed to another value rotates in place; adding or removing one replaces the client.
    const rotates = isCustomSecretRotation(olds, desired);
    const replaces = changed.filter((key) => (REPLACE_PROPERTIES as readonly string[]).includes(key) && !(key === "clientSecret" && rotates));
    return { changed, replaces };
}
