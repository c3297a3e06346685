/**
 * The rule engine: the forms a rule takes (string, integer, boolean, JSON document, list, object, map) and the one
 * function that checks a value against a rule, naming the property, the limit and the value received. Pure: the
 * client's own rules (`validate.ts`) and every setting's rules (`settings/<name>/rules.ts`) are data in these forms.
 */
import { SECONDS_PER_UNIT, isUnknown } from "./schema";

export interface CheckFailure {
    property: string;
    reason: string;
}

/** Records a failure of a cross-field rule: `property` and the reason after it. */
export type Fail = (property: string, reason: string) => void;

/** A rule that involves several arguments: reads the whole (checked) arguments and reports what it finds. */
export type CrossFieldRule<I = Record<string, unknown>> = (inputs: I, fail: Fail) => void;

export interface StringRule {
    kind: "string";
    minLength?: number;
    maxLength?: number;
    pattern?: RegExp;
    /** Words for the pattern, shown in messages beside the regex. */
    patternText?: string;
    oneOf?: readonly string[];
    /**
     * With `oneOf`: values outside it that match `pattern` are accepted when the program opts in with the boolean
     * argument `optIn`, for values AWS adds after this release; never a value within two edits of a listed one (a typo).
     */
    futureValues?: { pattern: RegExp; optIn: string };
    url?: boolean;
    /** Base64 text whose decoded bytes are at most `maxBytes`. */
    base64?: { maxBytes: number };
    /** Never echo the value in messages. */
    secret?: boolean;
    /** An IP address range in CIDR notation, IPv4 or IPv6, with its prefix length (`cidrProblem`). */
    cidr?: boolean;
}
export interface IntegerRule { kind: "integer"; min: number; max: number; unit?: string }
export interface BooleanRule { kind: "boolean" }
/** A JSON object (a document), e.g. the branding editor's settings. */
export interface JsonRule { kind: "json" }
export interface ListRule { kind: "list"; minItems?: number; maxItems?: number; item: StringRule | ObjectRule }
export interface ObjectRule { kind: "object"; fields: Record<string, ArgumentRule> }
/** An object of arbitrary keys (or of `keys` only), each value checked by `value`; `entries` bounds its size. */
export interface MapRule { kind: "map"; value: StringRule; keys?: readonly string[]; entries?: { min: number; max: number }; example: string }
export type Rule = StringRule | IntegerRule | BooleanRule | JsonRule | ListRule | ObjectRule | MapRule;
/** A rule of an argument or field: whether it must be given. */
export type ArgumentRule = Rule & { required?: boolean };

/** Text without whitespace (the model's URL and link patterns). */
export const NO_WHITESPACE = { pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, patternText: "letters, marks, symbols, digits and punctuation; no whitespace" } as const;

/** `inputs`: the whole arguments, for the opt-ins that widen a rule (`futureValues`). */
export function checkValue(path: string, value: unknown, rule: Rule, required: boolean, failures: CheckFailure[], inputs: Record<string, unknown>): void {
    const fail = (reason: string) => failures.push({ property: path, reason: `${path} ${reason}` });
    if (isUnknown(value)) return;
    if (value === undefined || value === null) {
        if (required) fail("is required");
        return;
    }
    switch (rule.kind) {
        case "boolean":
            if (typeof value !== "boolean") fail(`must be a boolean; received ${describe(value)}`);
            return;
        case "json":
            if (typeof value !== "object" || Array.isArray(value)) fail(`must be a JSON object, e.g. the settings the branding editor exports; received ${describe(value)}`);
            return;
        case "integer":
            if (typeof value !== "number" || !Number.isInteger(value)) fail(`must be an integer; received ${describe(value)}`);
            else if (value < rule.min || value > rule.max) {
                const unit = rule.unit ? ` ${rule.unit}` : "";
                fail(`must be between ${rule.min} and ${rule.max}${unit}; received ${value}`);
            }
            return;
        case "string":
            checkString(value, rule, fail, inputs);
            return;
        case "list":
            if (!Array.isArray(value)) {
                fail(`must be a list of ${rule.item.kind === "object" ? `objects with ${Object.keys(rule.item.fields).join(", ")}` : "strings"}; received ${describe(value)}`);
                return;
            }
            if (rule.minItems !== undefined && value.length < rule.minItems) {
                fail(rule.maxItems !== undefined ? `must have ${rule.minItems} to ${rule.maxItems} items; received ${value.length}` : `must have at least ${rule.minItems} items; received ${value.length}`);
            } else if (rule.maxItems !== undefined && value.length > rule.maxItems) {
                fail(rule.minItems !== undefined ? `must have ${rule.minItems} to ${rule.maxItems} items; received ${value.length}` : `must have at most ${rule.maxItems} items; received ${value.length}`);
            }
            value.forEach((item, i) => checkValue(`${path}[${i}]`, item, rule.item, true, failures, inputs));
            return;
        case "map": {
            if (typeof value !== "object" || Array.isArray(value)) {
                fail(`must be an object of strings, e.g. ${rule.example}; received ${describe(value)}`);
                return;
            }
            const entries = Object.entries(value).filter(([, v]) => v !== undefined);
            if (rule.entries && (entries.length < rule.entries.min || entries.length > rule.entries.max)) {
                fail(`must have ${rule.entries.min} to ${rule.entries.max} entries; received ${entries.length}`);
            }
            for (const [key, item] of entries) {
                if (rule.keys && !rule.keys.includes(key)) {
                    failures.push({ property: `${path}.${key}`, reason: `${path}.${key} is not a key of ${path}; the keys are ${rule.keys.join(", ")}` });
                } else {
                    checkValue(`${path}.${key}`, item, rule.value, true, failures, inputs);
                }
            }
            return;
        }
        case "object":
            if (typeof value !== "object" || Array.isArray(value)) {
                fail(`must be an object with ${Object.keys(rule.fields).join(", ")}; received ${describe(value)}`);
                return;
            }
            for (const key of Object.keys(value)) {
                if (!Object.hasOwn(rule.fields, key) && (value as Record<string, unknown>)[key] !== undefined) {
                    failures.push({ property: `${path}.${key}`, reason: `${path}.${key} is not a field of ${path}; the fields are ${Object.keys(rule.fields).join(", ")}; received ${describe((value as Record<string, unknown>)[key])}` });
                }
            }
            for (const [key, field] of Object.entries(rule.fields)) {
                checkValue(`${path}.${key}`, (value as Record<string, unknown>)[key], field, field.required ?? false, failures, inputs);
            }
            return;
    }
}

function checkString(value: unknown, rule: StringRule, fail: (reason: string) => void, inputs: Record<string, unknown>): void {
    const shown = (v: string) => (rule.secret ? "(value hidden)" : isSecretText(v) ? "(a secret value)" : describe(v));
    if (typeof value !== "string") {
        fail(`must be a string; received ${rule.secret ? typeof value : describe(value)}`);
        return;
    }
    if (rule.oneOf) {
        if (rule.oneOf.includes(value)) return;
        const near = rule.oneOf.find((known) => known.toLowerCase() === value.toLowerCase()) ?? rule.oneOf.find((known) => editDistance(known, value, 2) <= 2);
        const future = rule.futureValues;
        const looksNew = future !== undefined && future.pattern.test(value) && near === undefined;
        // An opt-in not known until apply may turn out true: the value is not refused meanwhile.
        if (looksNew && (inputs[future.optIn] === true || isUnknown(inputs[future.optIn]))) return;
        const hint = near !== undefined ? `; did you mean ${near}?` : "";
        const optIn = looksNew ? `; if AWS added ${value} after this release, set ${String(future.optIn)}: true to send it to Cognito unchecked` : "";
        fail(`must be one of ${rule.oneOf.join(", ")}; received ${describe(value)}${hint}${optIn}`);
        return;
    }
    const length = [...value].length;
    if (rule.minLength !== undefined && length < rule.minLength) {
        fail(rule.maxLength !== undefined
            ? `must be ${rule.minLength} to ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`
            : `must be at least ${rule.minLength} characters long; received ${length} characters ${shown(value)}`);
        return;
    }
    if (rule.maxLength !== undefined && length > rule.maxLength) {
        fail(rule.minLength !== undefined
            ? `must be ${rule.minLength} to ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`
            : `must be at most ${rule.maxLength} characters long; received ${length} characters ${shown(value)}`);
        return;
    }
    if (rule.pattern && !rule.pattern.test(value)) {
        fail(`must match ${rule.pattern.source} (${rule.patternText}); received ${shown(value)}`);
        return;
    }
    if (rule.base64) {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
            fail(`must be base64 text, e.g. fs.readFileSync(file).toString("base64"); received ${length} characters that are not base64`);
            return;
        }
        const bytes = Buffer.from(value, "base64").length;
        if (bytes > rule.base64.maxBytes) fail(`must decode to at most ${rule.base64.maxBytes} bytes; received ${bytes} bytes`);
        return;
    }
    if (rule.url) {
        const problem = redirectUrlProblem(value);
        if (problem) fail(`${problem}; received ${describe(value)}`);
    }
    if (rule.cidr) {
        const problem = cidrProblem(value);
        if (problem) fail(`${problem}; received ${describe(value)}`);
    }
}

/** The hosts for which Cognito accepts plain-http redirect URLs (AWS: "for testing purposes only"). */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Cognito's redirect URL rule: absolute, no fragment, HTTPS except for loopback hosts; app schemes allowed. */
export function redirectUrlProblem(value: string): string | undefined {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return "must be an absolute URL such as https://example.com/callback or myapp://callback";
    }
    if (value.includes("#")) return "must not contain a fragment (#)";
    if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
        return "must use https (http is allowed only for localhost, 127.0.0.1 and [::1])";
    }
    return undefined;
}

/**
 * Why a text is no IP address range in CIDR notation, if it is not: an IPv4 address (four decimal octets 0–255)
 * with a prefix length 0–32, or an IPv6 address with a prefix length 0–128. A real parse, not a pattern.
 */
export function cidrProblem(value: string): string | undefined {
    const expected = "must be an IP address range in CIDR notation, e.g. 192.0.2.0/24 or 2001:db8::/32";
    const slash = value.indexOf("/");
    if (slash < 0 || slash !== value.lastIndexOf("/")) return `${expected} (an address, a slash and a prefix length)`;
    const address = value.slice(0, slash);
    const prefix = value.slice(slash + 1);
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefix)) return `${expected}; the prefix length must be a decimal number`;
    const bits = isIpv4(address) ? 32 : isIpv6(address) ? 128 : undefined;
    if (bits === undefined) return `${expected}; ${JSON.stringify(address)} is no IPv4 or IPv6 address`;
    if (Number(prefix) > bits) return `${expected}; the prefix length of an IPv${bits === 32 ? 4 : 6} range is 0 to ${bits}`;
    return undefined;
}

const isIpv4 = (text: string): boolean => {
    const octets = text.split(".");
    return octets.length === 4 && octets.every((o) => /^(0|[1-9][0-9]{0,2})$/.test(o) && Number(o) <= 255);
};

/** IPv6 in RFC 4291 text form: eight groups of 1–4 hex digits, one `::` for a run of zero groups, an IPv4 tail allowed. */
const isIpv6 = (text: string): boolean => {
    if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false;
    let groups = text;
    let tailGroups = 0;
    const lastColon = text.lastIndexOf(":");
    if (text.slice(lastColon + 1).includes(".")) {
        if (!isIpv4(text.slice(lastColon + 1))) return false;
        groups = text.slice(0, lastColon + 1) + "0";
        tailGroups = 1;
    }
    const halves = groups.split("::");
    if (halves.length > 2) return false;
    const parts = halves.map((h) => (h === "" ? [] : h.split(":")));
    if (parts.some((p) => p.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g)))) return false;
    const count = parts.flat().length + tailGroups;
    return halves.length === 2 ? count <= 7 : count === 8;
};

/** A duration in the largest whole unit, e.g. 300 → "5 minutes", 315360000 → "3650 days". */
export function formatDuration(seconds: number): string {
    for (const unit of ["days", "hours", "minutes"] as const) {
        const n = seconds / SECONDS_PER_UNIT[unit];
        if (Number.isInteger(n) && n >= 1) return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
    }
    return `${seconds} seconds`;
}

/**
 * The strings that came to check as secrets, while one check runs (the plugin knows them; the dynamic host is sent
 * none). A message shows such a value as "a secret value", never cut or escaped: the engine hides a secret only where
 * its exact text appears.
 */
let secretTexts: ReadonlySet<string> = new Set();

/** Runs `fn` with `texts` as the secret strings `describe` must not show. */
export function withSecretTexts<T>(texts: ReadonlySet<string>, fn: () => T): T {
    const previous = secretTexts;
    secretTexts = texts;
    try {
        return fn();
    } finally {
        secretTexts = previous;
    }
}

const isSecretText = (value: unknown): boolean => typeof value === "string" && secretTexts.has(value);

/** A value as it appears in messages: JSON, long strings shortened; a secret value as "a secret value" (in a list, "[secret]"). */
export function describe(value: unknown): string {
    if (value === undefined) return "undefined";
    if (isSecretText(value)) return "a secret value";
    const masked = secretTexts.size ? JSON.parse(JSON.stringify(value, (_key, v) => (isSecretText(v) ? "[secret]" : v)) ?? "null") : value;
    const text = typeof masked === "string" && masked.length > 80 ? JSON.stringify(masked.slice(0, 77) + "...") : JSON.stringify(masked);
    return text.length > 200 ? text.slice(0, 197) + "..." : text;
}

/** Levenshtein distance of two strings, counted up to `limit + 1` (enough to tell "within limit"). */
export function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        if (Math.min(...current) > limit) return limit + 1;
        previous = current;
    }
    return Math.min(previous[b.length], limit + 1);
}


/** Whether a value is given: not undefined nor null, which the field rules read as not given too. It may be unknown. */
export const given = (v: unknown): boolean => v !== undefined && v !== null;
/** Whether a value is given and known (not the engine's unknown sentinel). */
export const known = <T>(v: T): boolean => given(v) && !isUnknown(v);
/** The known strings of a list: other elements (unknown, or of a wrong type, which their own rule reports) are left out. */
export const knownStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && !isUnknown(x)) : []);
/** Whether a list is unset (undefined or null), or given with every element known. */
export const listKnown = (v: unknown): boolean => !given(v) || (Array.isArray(v) && !v.some(isUnknown));
/** Whether a value is a plain object (not a list, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Whether a string passes a rule. */
export function accepted(value: string, rule: StringRule, inputs: Record<string, unknown>): boolean {
    let ok = true;
    checkString(value, rule, () => (ok = false), inputs);
    return ok;
}
