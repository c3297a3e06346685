/**
 * Pure: property values as a provider plugin exchanges them with the engine. A plugin that accepts secrets gets secret
 * values wrapped (`{ <sig>: <secret sig>, value }`); the provider works on plain values, so inputs are unwrapped (the
 * paths of their secrets kept) and results wrapped again: the paths that came in secret and every `SECRET_OUTPUTS`
 * key, so a client secret is a Pulumi secret in every language, whatever the program marks.
 */
/** The engine's signature key and its value for a secret (`@pulumi/pulumi/runtime/rpc`). */
export const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

export type Properties = Record<string, unknown>;

const isSecret = (value: unknown): value is { value: unknown } =>
    value !== null && typeof value === "object" && (value as Record<string, unknown>)[SIGNATURE_KEY] === SECRET_SIGNATURE;

export const secret = (value: unknown) => ({ [SIGNATURE_KEY]: SECRET_SIGNATURE, value });

/** Plain values, and the dotted paths (`a.b`, `list.0`) that were secret. */
export function unwrapSecrets(properties: Properties | undefined): { values: Properties; secretPaths: string[] } {
    const secretPaths: string[] = [];
    const walk = (value: unknown, at: string): unknown => {
        if (isSecret(value)) {
            secretPaths.push(at);
            return walk(value.value, at);
        }
        if (Array.isArray(value)) return value.map((item, i) => walk(item, `${at}.${i}`));
        if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, at ? `${at}.${k}` : k)]));
        return value;
    };
    return { values: walk(properties ?? {}, "") as Properties, secretPaths };
}

/**
 * The values with each of `paths` wrapped as a secret, and each of `secretKeys` at the top; absent paths are skipped.
 * A path inside a secret is already covered by it.
 */
export function wrapSecrets(properties: Properties, paths: readonly string[], secretKeys: readonly string[] = []): Properties {
    const all = new Set([...paths, ...secretKeys]);
    const walk = (value: unknown, at: string): unknown => {
        if (value === undefined) return value;
        let inner: unknown = value;
        if (Array.isArray(value)) inner = value.map((item, i) => walk(item, `${at}.${i}`));
        else if (value !== null && typeof value === "object") {
            // Undefined members dropped: the engine's Struct has no undefined.
            inner = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, walk(v, at ? `${at}.${k}` : k)]));
        }
        return all.has(at) ? secret(isSecret(inner) ? inner.value : inner) : inner;
    };
    return walk(properties, "") as Properties;
}

/** Every string at or under the given paths: the plain text of what came in secret. */
export function textsAt(values: Properties, paths: readonly string[]): Set<string> {
    const texts = new Set<string>();
    const collect = (value: unknown): void => {
        if (typeof value === "string") texts.add(value);
        else if (Array.isArray(value)) value.forEach(collect);
        else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
    };
    for (const at of paths) collect(at.split(".").reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), values));
    return texts;
}
