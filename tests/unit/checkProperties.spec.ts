/**
 * Property-based tests of `check` (`UserPoolClientProvider.check`, which runs `validateInputs`): inputs are generated
 * from the rules themselves (`ARGUMENT_RULES`), as valid clients and as valid clients with one thing wrong at a
 * place the rules describe (a wrong type, a value one past a limit, the unknown sentinel, null, an extra key), and
 * as arguments of any shape. The seed is fixed, so a failure replays exactly; the seed is in the suite's title.
 */
import { expect } from "chai";
import fc from "fast-check";
import { UserPoolClientProvider } from "../../provider/provider";
import { CheckFailure, ListRule, MapRule, ObjectRule, Rule, StringRule, checkValue, describe as shownInMessages, isObject } from "../../provider/rules";
import {
    CLIENT_TOKEN_AUTH_FLOW,
    LEGACY_AUTH_FLOWS,
    OAUTH_FLOWS,
    SECONDS_PER_UNIT,
    TIME_UNITS,
    TOKEN_EXCHANGE_AUTH_FLOWS,
    TOKEN_VALIDITIES,
    USER_AUTH_FLOWS,
    USER_SCOPES,
    UNKNOWN,
} from "../../provider/schema";
import { ARGUMENT_RULES, CROSS_FIELD_RULES } from "../../provider/validate";
import { UI_CSS_SELECTORS, UI_IMAGE_TYPES } from "../../provider/settings/uiCustomization";

/** The fixed seed; CHECK_PROPERTIES_SEED (and CHECK_PROPERTIES_RUNS) explore further, e.g. to replay a failure seen elsewhere. */
const SEED = Number(process.env.CHECK_PROPERTIES_SEED ?? 20260611);
/** Runs per property; about 14,000 in all. */
const RUNS = Number(process.env.CHECK_PROPERTIES_RUNS ?? 1000);

type Inputs = Record<string, unknown>;
type Segment = string | number;

/** The small hand-made valid client every generated client starts from. */
const HAND_MADE = { name: "app", userPoolId: "us-east-1_AbC123" };

// ---------------------------------------------------------------------------------------------------------------
// Places: where in the arguments a value sits, or could sit, and the rule there.
// ---------------------------------------------------------------------------------------------------------------

/** A place in the arguments: its path, the rule of the value there, and whether a value is required there. */
interface Place {
    path: Segment[];
    rule: Rule;
    required: boolean;
    /** Whether the inputs hold a value there now (else the place is an absent optional argument or field, or one past the end of a list). */
    present: boolean;
    /** A new element, one past the end of a list. */
    appended?: boolean;
    /** The place in the rules: list elements as `[]`, map values as `*`, e.g. `terms.termsOfUse.links.*`. */
    ruleName: string;
}

/** A path as failures name it: `callbackUrls[1]`, `terms.termsOfUse.links.english`. */
const pathText = (path: readonly Segment[]): string => path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
/** The argument a failure is about. */
const argumentOf = (property: string): string => property.split(/[.[]/)[0];

/** Every place the rules describe in `inputs`: each argument, and inside each given list, object and map, its values. */
function placesIn(inputs: Inputs): Place[] {
    const places: Place[] = [];
    const walk = (path: Segment[], ruleName: string, rule: Rule, required: boolean, value: unknown) => {
        places.push({ path, rule, required, present: value !== undefined, ruleName });
        if (value === undefined || value === UNKNOWN) return;
        if (rule.kind === "list" && Array.isArray(value)) {
            value.forEach((item, i) => walk([...path, i], `${ruleName}[]`, rule.item, true, item));
            places.push({ path: [...path, value.length], rule: rule.item, required: true, present: false, appended: true, ruleName: `${ruleName}[]` });
        } else if (rule.kind === "object" && isObject(value)) {
            for (const [key, field] of Object.entries(rule.fields)) walk([...path, key], `${ruleName}.${key}`, field, field.required ?? false, value[key]);
        } else if (rule.kind === "map" && isObject(value)) {
            for (const [key, item] of Object.entries(value)) walk([...path, key], `${ruleName}.*`, rule.value, true, item);
        }
    };
    for (const [name, rule] of Object.entries(ARGUMENT_RULES)) walk([name], name, rule, rule.required ?? false, inputs[name]);
    return places;
}

/** An own, enumerable member, as JSON.parse makes it (assignment would not make an own `__proto__`). */
function put(target: Record<string | number, unknown> | unknown[], key: Segment, value: unknown): void {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `container` with `value` at `path`; `undefined` leaves the member out. */
function withValueAt<T>(container: T, path: readonly Segment[], value: unknown): T {
    const [head, ...rest] = path;
    const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<Segment, unknown>;
    const next = rest.length ? withValueAt(copy[head], rest, value) : value;
    if (next === undefined && !Array.isArray(copy)) delete copy[head];
    else put(copy, head, next);
    return copy as T;
}

/** A place of `inputs` (or of its places) picked by `accept`, places holding a value three times as often as empty ones. */
function placeIn(inputs: Inputs | Place[], accept: (place: Place) => boolean = () => true): fc.Arbitrary<Place> {
    const places = (Array.isArray(inputs) ? inputs : placesIn(inputs)).filter(accept);
    const present = places.filter((p) => p.present);
    const absent = places.filter((p) => !p.present);
    const choices: fc.WeightedArbitrary<Place>[] = [];
    if (present.length) choices.push({ arbitrary: fc.constantFrom(...present), weight: 3 });
    if (absent.length) choices.push({ arbitrary: fc.constantFrom(...absent), weight: 1 });
    return fc.oneof(...choices);
}

// ---------------------------------------------------------------------------------------------------------------
// Valid values, from the rules.
// ---------------------------------------------------------------------------------------------------------------

const codePoints = (text: string) => [...text].length;
const withinLength = (rule: StringRule) => (text: string) => codePoints(text) >= (rule.minLength ?? 0) && codePoints(text) <= (rule.maxLength ?? Infinity);

/** A redirect URL Cognito accepts: https, http on a loopback host, or an app scheme. */
const redirectUrl: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6})?$/), fc.stringMatching(/^[A-Za-z0-9._~/-]{0,24}$/)).map(([host, path]) => `https://${host}.example/${path}`) },
    { weight: 1, arbitrary: fc.constantFrom("http://localhost:3000/callback", "http://127.0.0.1/cb", "http://[::1]:8080/cb", "myapp://callback") },
);
/** An IP range in CIDR notation: IPv4 or IPv6, with a prefix length in range. */
const cidrRange: fc.Arbitrary<string> = fc.oneof(
    fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([address, prefix]) => `${address}/${prefix}`),
    fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([address, prefix]) => `${address}/${prefix}`),
);
/** A custom scope `<resource server>/<scope>`. */
const customScope = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/), fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/)).map(([server, scope]) => `${server}/${scope}`);
const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** Texts whose rule a regex generator cannot follow (a lookahead), reaches too rarely (a long minimum), or that a cross-field rule shapes (scopes). */
const TEXT_BY_PATH: Record<string, fc.Arbitrary<string>> = {
    importId: fc.tuple(fc.stringMatching(/^[a-z]{2}-[a-z]+-\d_[0-9a-zA-Z]{1,20}$/), fc.stringMatching(/^[\w+]{1,60}$/)).map(([pool, client]) => `${pool}/${client}`),
    clientSecret: fc.stringMatching(/^[\w+]{24,64}$/),
    "allowedOauthScopes[]": fc.oneof(fc.constantFrom(...USER_SCOPES), customScope),
    "cimdPolicies[].urlPatterns[]": fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{1,20}$/), fc.stringMatching(/^[A-Za-z0-9*._~!$&'()+,;=:@/-]{0,40}$/)).map(([host, path]) => `https://${host}.example/${path}`),
};

/**
 * One arbitrary per place in the rules (`ruleName`), made once: building a regex generator over Unicode classes is
 * slow, and the generators below ask for the same places again and again.
 */
function once<A>(cache: Map<string, A>, name: string, make: () => A): A {
    let made = cache.get(name);
    if (made === undefined) cache.set(name, (made = make()));
    return made;
}
const validTexts = new Map<string, fc.Arbitrary<string>>();
const validValues = new Map<string, fc.Arbitrary<unknown>>();
const limitValues = new Map<string, fc.Arbitrary<unknown>[]>();

/** A text its rule accepts. */
function validText(rule: StringRule, name: string): fc.Arbitrary<string> {
    return once(validTexts, name, () => makeValidText(rule, name));
}
function makeValidText(rule: StringRule, name: string): fc.Arbitrary<string> {
    const special = TEXT_BY_PATH[name];
    if (special) return special;
    if (rule.oneOf) return fc.constantFrom(...rule.oneOf);
    if (rule.base64) return fc.uint8Array({ maxLength: 48 }).map(base64Of);
    if (rule.url) return redirectUrl;
    if (rule.cidr) return cidrRange;
    if (rule.pattern) return fc.stringMatching(rule.pattern).filter(withinLength(rule));
    return fc.string({ unit: "grapheme", minLength: rule.minLength ?? 0, maxLength: Math.min(rule.maxLength ?? 40, 40) }).filter(withinLength(rule));
}

/** JSON values: any depth, at most two levels, one level. */
const anyJson = fc.jsonValue();
const smallJson = fc.jsonValue({ maxDepth: 2 });
const tinyJson = fc.jsonValue({ maxDepth: 1 });
/** A JSON object, e.g. branding settings. */
const jsonObject = fc.dictionary(fc.string({ maxLength: 12 }), smallJson, { maxKeys: 4, noNullPrototype: true });

/** A value its rule accepts on its own (cross-field rules aside). */
function validValue(rule: Rule, name: string): fc.Arbitrary<unknown> {
    return once(validValues, name, () => makeValidValue(rule, name));
}
function makeValidValue(rule: Rule, name: string): fc.Arbitrary<unknown> {
    switch (rule.kind) {
        case "string":
            return validText(rule, name);
        case "integer":
            return fc.integer({ min: rule.min, max: rule.max });
        case "boolean":
            return fc.boolean();
        case "json":
            return jsonObject;
        case "list":
            return fc.array(validValue(rule.item, `${name}[]`), { minLength: rule.minItems ?? 0, maxLength: Math.min(rule.maxItems ?? 4, 4) });
        case "object": {
            const fields = Object.fromEntries(Object.entries(rule.fields).map(([key, field]) => [key, validValue(field, `${name}.${key}`)]));
            const requiredKeys = Object.entries(rule.fields).filter(([, f]) => f.required).map(([k]) => k);
            return fc.record(fields, { requiredKeys, noNullPrototype: true });
        }
        case "map": {
            const min = rule.entries?.min ?? 0;
            const max = Math.min(rule.entries?.max ?? 4, 4);
            const value = validText(rule.value, `${name}.*`);
            if (!rule.keys) return fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/), value, { minKeys: min, maxKeys: max, noNullPrototype: true });
            return fc.shuffledSubarray([...rule.keys], { minLength: min, maxLength: max }).chain((keys) => fc.tuple(...keys.map(() => value)).map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]]))));
        }
    }
}

const argumentValue = (name: string) => validValue(ARGUMENT_RULES[name as keyof typeof ARGUMENT_RULES], name);
const fieldRule = (argument: string, field: string) => (ARGUMENT_RULES[argument as keyof typeof ARGUMENT_RULES] as ObjectRule).fields[field];
const fieldValue = (argument: string, field: string) => validValue(fieldRule(argument, field), `${argument}.${field}`);
const nonEmptySubset = <T>(values: readonly T[]) => fc.shuffledSubarray([...values], { minLength: 1 });
const optional = <T extends Inputs>(record: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[] = []) => fc.record(record, { requiredKeys: required, noNullPrototype: true }) as fc.Arbitrary<Partial<T>>;

// ---------------------------------------------------------------------------------------------------------------
// Valid clients: arguments that combine under the cross-field rules, in groups; every other argument on its own.
// ---------------------------------------------------------------------------------------------------------------

/** The client's secret: none, generated (rotated, kept, or published in Secrets Manager), or custom. */
const secretSetup: fc.Arbitrary<{ hasSecret: boolean; args: Inputs }> = fc.oneof(
    optional({ generateSecret: fc.constant(false), publishSecretsInAwsSecretsManager: fc.constant(false), enablePropagateAdditionalUserContextData: fc.constant(false) }).map((args) => ({ hasSecret: false, args })),
    optional({ generateSecret: fc.constant(true), rotateSecretWhenChanged: argumentValue("rotateSecretWhenChanged"), keepPreviousSecret: fc.boolean(), publishSecretsInAwsSecretsManager: fc.constant(false), enablePropagateAdditionalUserContextData: fc.boolean() }, ["generateSecret"]).map((args) => ({ hasSecret: true, args })),
    optional({ generateSecret: fc.constant(true), publishSecretsInAwsSecretsManager: fc.constant(true), enablePropagateAdditionalUserContextData: fc.boolean() }, ["generateSecret", "publishSecretsInAwsSecretsManager"]).map((args) => ({ hasSecret: true, args })),
    optional({ clientSecret: argumentValue("clientSecret"), generateSecret: fc.constant(false), keepPreviousSecret: fc.boolean(), enablePropagateAdditionalUserContextData: fc.boolean() }, ["clientSecret"]).map((args) => ({ hasSecret: true, args })),
);

const rotation = (feature: "ENABLED" | "DISABLED") => fc.record({ feature: fc.constant(feature), retryGracePeriodSeconds: fieldValue("refreshTokenRotation", "retryGracePeriodSeconds") }, { requiredKeys: ["feature"], noNullPrototype: true });
const anyRotation = fc.oneof(rotation("ENABLED"), rotation("DISABLED"));
const ALLOW_FLOWS_BUT_REFRESH = [...USER_AUTH_FLOWS, ...TOKEN_EXCHANGE_AUTH_FLOWS].filter((f) => f !== "ALLOW_REFRESH_TOKEN_AUTH");
/** Auth flow values of the future's shape, far from every known one. */
const FUTURE_FLOWS = ["ALLOW_PASSKEY_SIGN_IN", "ALLOW_DEVICE_CODE_GRANT"];

/** Auth flows with refresh-token rotation: legacy flows alone; ALLOW_ flows with refresh unless rotation is on; future flows opted in; the client token flow alone (with a secret). */
function authFlowSetup(hasSecret: boolean): fc.Arbitrary<Inputs> {
    const setups: fc.Arbitrary<Inputs>[] = [
        optional({ allowNewAuthFlows: fc.boolean() }),
        optional({ explicitAuthFlows: nonEmptySubset(LEGACY_AUTH_FLOWS), refreshTokenRotation: anyRotation, allowNewAuthFlows: fc.boolean() }, ["explicitAuthFlows"]),
        optional({ explicitAuthFlows: fc.shuffledSubarray(ALLOW_FLOWS_BUT_REFRESH).map((f) => [...f, "ALLOW_REFRESH_TOKEN_AUTH"]), refreshTokenRotation: rotation("DISABLED"), allowNewAuthFlows: fc.boolean() }, ["explicitAuthFlows"]),
        optional({ explicitAuthFlows: fc.shuffledSubarray(ALLOW_FLOWS_BUT_REFRESH), refreshTokenRotation: rotation("ENABLED"), allowNewAuthFlows: fc.boolean() }, ["explicitAuthFlows", "refreshTokenRotation"]),
        optional({ explicitAuthFlows: fc.tuple(fc.shuffledSubarray(ALLOW_FLOWS_BUT_REFRESH), nonEmptySubset(FUTURE_FLOWS)).map(([a, b]) => [...a, ...b]), allowNewAuthFlows: fc.constant(true), refreshTokenRotation: anyRotation }, ["explicitAuthFlows", "allowNewAuthFlows"]),
    ];
    if (hasSecret) setups.push(optional({ explicitAuthFlows: fc.constant([CLIENT_TOKEN_AUTH_FLOW]), refreshTokenRotation: anyRotation }, ["explicitAuthFlows"]));
    return fc.oneof(...setups);
}

/** With callback URLs, sometimes a default redirect URI among them. */
const withDefaultRedirect = (args: Inputs): fc.Arbitrary<Inputs> => {
    const urls = (args.callbackUrls as string[] | undefined) ?? [];
    return urls.length ? fc.option(fc.constantFrom(...urls), { nil: undefined }).map((uri) => (uri === undefined ? args : { ...args, defaultRedirectUri: uri })) : fc.constant(args);
};

/** OAuth: none (callback URLs alone at most); a user-facing client (code or implicit); machine to machine (with a secret). */
function oauthSetup(hasSecret: boolean): fc.Arbitrary<Inputs> {
    const setups: fc.Arbitrary<Inputs>[] = [
        optional({ allowedOauthFlowsUserPoolClient: fc.constant(false), callbackUrls: fc.array(redirectUrl, { maxLength: 3 }) }),
        fc.record({
            allowedOauthFlowsUserPoolClient: fc.constant(true),
            allowedOauthFlows: nonEmptySubset(OAUTH_FLOWS.filter((f) => f !== "client_credentials")),
            allowedOauthScopes: fc.array(TEXT_BY_PATH["allowedOauthScopes[]"], { minLength: 1, maxLength: 5 }),
            callbackUrls: fc.array(redirectUrl, { minLength: 1, maxLength: 3 }),
        }, { noNullPrototype: true }),
    ];
    if (hasSecret) {
        setups.push(optional({
            allowedOauthFlowsUserPoolClient: fc.constant(true),
            allowedOauthFlows: fc.constant(["client_credentials"]),
            allowedOauthScopes: fc.array(customScope, { minLength: 1, maxLength: 3 }),
            callbackUrls: fc.array(redirectUrl, { maxLength: 2 }),
        }, ["allowedOauthFlowsUserPoolClient", "allowedOauthFlows", "allowedOauthScopes"]));
    }
    return fc.oneof(...setups).chain(withDefaultRedirect);
}

/** Token validities with their units, each within its duration once the unit is applied. */
const tokenValiditySetup: fc.Arbitrary<Inputs> = fc.tuple(...TOKEN_VALIDITIES.map((v) =>
    fc.option(fc.constantFrom(...TIME_UNITS), { nil: undefined }).chain((unit) => {
        const seconds = SECONDS_PER_UNIT[unit ?? v.defaultUnit];
        const range = { min: Math.max(v.min, Math.ceil(v.minSeconds / seconds)), max: Math.min(v.max, Math.floor(v.maxSeconds / seconds)) };
        // Cognito reads an unset refresh validity as 30 of its unit: too short in seconds or minutes, so give one.
        const mustGive = v.unsetValue !== undefined && v.unsetValue * seconds < v.minSeconds;
        const value = mustGive ? fc.integer(range) : fc.option(fc.integer(range), { nil: undefined });
        return value.map((n) => ({ v, unit, n }));
    }),
)).map((entries) => {
    const args: Inputs = {};
    const units: Inputs = {};
    for (const { v, unit, n } of entries) {
        if (n !== undefined) args[v.property] = n;
        if (unit !== undefined) units[v.unitKey] = unit;
    }
    return Object.keys(units).length ? { ...args, tokenValidityUnits: units } : args;
});

/** Analytics by application ARN alone, or by application ID with external ID and role ARN. */
const analyticsSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    optional({ applicationArn: fieldValue("analyticsConfiguration", "applicationArn"), userDataShared: fc.boolean() }, ["applicationArn"]).map((a) => ({ analyticsConfiguration: a })),
    optional({ applicationId: fieldValue("analyticsConfiguration", "applicationId"), externalId: fieldValue("analyticsConfiguration", "externalId"), roleArn: fieldValue("analyticsConfiguration", "roleArn"), userDataShared: fc.boolean() }, ["applicationId", "externalId", "roleArn"]).map((a) => ({ analyticsConfiguration: a })),
);

const brandingRule = ARGUMENT_RULES.managedLoginBranding as ObjectRule;
const assetRule = (brandingRule.fields.assets as ListRule).item;
/** Assets, one per category and colour mode. */
const distinctAssets = fc.uniqueArray(validValue(assetRule, "managedLoginBranding.assets[]") as fc.Arbitrary<Record<string, unknown>>, { maxLength: 4, selector: (a) => `${a.category}/${a.colorMode}` });
/** A branding style: Cognito's own, or settings and assets. */
const brandingSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    fc.constant({ managedLoginBranding: { useCognitoProvidedValues: true } }),
    optional({ settings: jsonObject, assets: distinctAssets, useCognitoProvidedValues: fc.constant(false) }, ["settings"]).map((b) => ({ managedLoginBranding: b })),
    optional({ assets: distinctAssets, useCognitoProvidedValues: fc.constant(false) }, ["assets"]).map((b) => ({ managedLoginBranding: b })),
);

const termsDocument = fieldValue("terms", "termsOfUse");
/** Terms: terms of use, a privacy policy, or both. */
const termsSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    optional({ termsOfUse: termsDocument, privacyPolicy: termsDocument }, ["termsOfUse"]).map((t) => ({ terms: t })),
    optional({ termsOfUse: termsDocument, privacyPolicy: termsDocument }, ["privacyPolicy"]).map((t) => ({ terms: t })),
);

const cimdPolicyRule = (ARGUMENT_RULES.cimdPolicies as ListRule).item;
/** CIMD policies, each name once; only for public clients (no secret, no client_credentials flow). */
const cimdSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    fc.uniqueArray(validValue(cimdPolicyRule, "cimdPolicies[]") as fc.Arbitrary<Record<string, unknown>>, { minLength: 1, maxLength: 3, selector: (p) => p.policyName }).map((p) => ({ cimdPolicies: p })),
);
const confidential = (oauth: Inputs) => Array.isArray(oauth.allowedOauthFlows) && oauth.allowedOauthFlows.includes("client_credentials");
/** The classic hosted UI: CSS of the accepted selectors, a PNG or JPEG logo, or both. */
const uiCss = fc.subarray([...UI_CSS_SELECTORS], { minLength: 1, maxLength: 4 }).map((selectors) => selectors.map((s) => `${s} { color: #123456; }`).join("\n"));
const uiImage = fc.tuple(fc.constantFrom(...Object.values(UI_IMAGE_TYPES)), fc.uint8Array({ maxLength: 40 })).map(([magic, rest]) => base64Of(Uint8Array.from([...magic, ...rest])));
const uiSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    optional({ css: uiCss, imageFile: uiImage }, ["css"]).map((u) => ({ uiCustomization: u })),
    optional({ css: uiCss, imageFile: uiImage }, ["imageFile"]).map((u) => ({ uiCustomization: u })),
);
const riskRule = ARGUMENT_RULES.riskConfiguration as ObjectRule;
const riskBlock = (block: string) => validValue(riskRule.fields[block], `riskConfiguration.${block}`) as fc.Arbitrary<Record<string, any>>;
/** No notify without a notifyConfiguration: the actions of a takeover block without one never notify. */
const takeoverBlock = riskBlock("accountTakeoverRiskConfiguration").map((block) => block.notifyConfiguration !== undefined ? block : {
    ...block,
    actions: Object.fromEntries(Object.entries(block.actions).map(([level, action]) => [level, { ...(action as object), notify: false }])),
});
/** Threat protection: none, or one to three of its blocks. */
const riskSetup: fc.Arbitrary<Inputs> = fc.oneof(
    fc.constant({}),
    fc.record({ accountTakeoverRiskConfiguration: takeoverBlock, compromisedCredentialsRiskConfiguration: riskBlock("compromisedCredentialsRiskConfiguration"), riskExceptionConfiguration: riskBlock("riskExceptionConfiguration") }, { requiredKeys: [], noNullPrototype: true })
        .filter((r) => Object.keys(r).length > 0).map((r) => ({ riskConfiguration: r })),
);

/** The arguments the groups above make; every other argument is generated on its own, from its rule. */
const GROUPED = new Set([
    "name", "userPoolId",
    "generateSecret", "clientSecret", "rotateSecretWhenChanged", "keepPreviousSecret", "publishSecretsInAwsSecretsManager", "enablePropagateAdditionalUserContextData",
    "explicitAuthFlows", "allowNewAuthFlows", "refreshTokenRotation",
    "allowedOauthFlows", "allowedOauthFlowsUserPoolClient", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri",
    "refreshTokenValidity", "accessTokenValidity", "idTokenValidity", "tokenValidityUnits",
    "analyticsConfiguration", "managedLoginBranding", "terms", "cimdPolicies", "riskConfiguration", "uiCustomization",
]);
const independentArguments: fc.Arbitrary<Inputs> = fc.record(
    Object.fromEntries(Object.keys(ARGUMENT_RULES).filter((k) => !GROUPED.has(k)).map((k) => [k, argumentValue(k)])),
    { requiredKeys: [], noNullPrototype: true },
);

/** The groups that depend on the secret, made once for a client with one and once for a client without. */
const WITH_SECRET = { authFlows: authFlowSetup(true), oauth: oauthSetup(true) };
const WITHOUT_SECRET = { authFlows: authFlowSetup(false), oauth: oauthSetup(false) };
/** A valid client: the hand-made one with generated optional arguments that combine. */
const validClient: fc.Arbitrary<Inputs> = fc.tuple(independentArguments, secretSetup).chain(([independent, secret]) => {
    const { authFlows, oauth } = secret.hasSecret ? WITH_SECRET : WITHOUT_SECRET;
    return fc.tuple(authFlows, oauth, tokenValiditySetup, analyticsSetup, brandingSetup, termsSetup, cimdSetup, riskSetup, uiSetup)
        .map(([flows, oauthArgs, tokens, analytics, brandingArgs, termsArgs, cimd, risk, ui]) =>
            Object.assign({ ...HAND_MADE }, independent, secret.args, flows, oauthArgs, tokens, analytics, brandingArgs, termsArgs, secret.hasSecret || confidential(oauthArgs) ? {} : cimd, risk, ui) as Inputs);
});

// ---------------------------------------------------------------------------------------------------------------
// Wrong values: a wrong type, one past a limit, extra keys.
// ---------------------------------------------------------------------------------------------------------------

const JSON_TYPES = {
    string: fc.string({ maxLength: 12 }),
    integer: fc.integer(),
    fraction: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    boolean: fc.boolean(),
    list: fc.array(smallJson, { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), smallJson, { maxKeys: 3, noNullPrototype: true }),
};
/** The JSON types each kind of rule accepts. */
const ACCEPTED_TYPES: Record<Rule["kind"], (keyof typeof JSON_TYPES)[]> = {
    string: ["string"], integer: ["integer"], boolean: ["boolean"], json: ["object"], list: ["list"], object: ["object"], map: ["object"],
};

const wrongTypes = new Map<string, fc.Arbitrary<unknown>>();
/** A JSON value of a type the rule refuses; null where a value is required (elsewhere null means left out). */
function wrongType(place: Place): fc.Arbitrary<unknown> {
    return once(wrongTypes, `${place.ruleName} ${place.required}`, () => makeWrongType(place));
}
function makeWrongType(place: Place): fc.Arbitrary<unknown> {
    const wrong = (Object.keys(JSON_TYPES) as (keyof typeof JSON_TYPES)[]).filter((t) => !ACCEPTED_TYPES[place.rule.kind].includes(t)).map((t) => JSON_TYPES[t]);
    return place.required ? fc.oneof(fc.constant(null), ...wrong) : fc.oneof(...wrong);
}

/** A one-edit typo of a listed value that is not itself listed. */
const typoOf = (listed: readonly string[]) => fc.tuple(fc.constantFrom(...listed), fc.nat(), fc.constantFrom("case", "drop", "double", "replace")).map(([word, n, edit]) => {
    const i = n % word.length;
    const ch = word[i];
    const swapped = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
    return edit === "case" ? word.slice(0, i) + swapped + word.slice(i + 1)
        : edit === "drop" ? word.slice(0, i) + word.slice(i + 1)
        : edit === "double" ? word.slice(0, i) + ch + word.slice(i)
        : word.slice(0, i) + (ch === "X" ? "Q" : "X") + word.slice(i + 1);
}).filter((typo) => !listed.includes(typo));

let tooLargeBase64: string | undefined;
/** Base64 text of one byte more than the rule allows (made once: it is about 1.3 MB). */
const base64PastLimit = (maxBytes: number) => (tooLargeBase64 ??= Buffer.alloc(maxBytes + 1, 0x5a).toString("base64"));

/** Values just past each limit of the rule: lengths, ranges, counts, listed values, base64, patterns and URLs. */
function pastLimits(place: Place): fc.Arbitrary<unknown>[] {
    return once(limitValues, place.ruleName, () => makePastLimits(place));
}
function makePastLimits(place: Place): fc.Arbitrary<unknown>[] {
    const rule = place.rule;
    const limits: fc.Arbitrary<unknown>[] = [];
    switch (rule.kind) {
        case "string":
            if (rule.oneOf) return [typoOf(rule.oneOf)];
            if (rule.minLength) limits.push(fc.constant("a".repeat(rule.minLength - 1)));
            if (rule.maxLength !== undefined) limits.push(fc.constant("a".repeat(rule.maxLength + 1)));
            if (rule.base64) limits.push(fc.constantFrom("abc", "ab$=", "====", "not base64"), fc.constant(base64PastLimit(rule.base64.maxBytes)));
            // A character no pattern allows (a control character) in place of one of a valid text.
            if (rule.pattern) limits.push(fc.tuple(validText(rule, place.ruleName), fc.nat()).map(([text, n]) => {
                const chars = [...text];
                if (!chars.length) return "\u0000";
                chars[n % chars.length] = "\u0000";
                return chars.join("");
            }));
            if (rule.url) limits.push(fc.constantFrom("http://example.com/cb", "https://app.example/cb#fragment", "/relative/cb", "app.example/cb"));
            if (rule.cidr) limits.push(fc.constantFrom("192.0.2.0", "192.0.2.0/33", "256.0.2.0/24", "2001:db8::/129", "2001:db8:::1/64", "example.com/24", "192.0.2.0/024"));
            return limits;
        case "integer":
            return [fc.constant(rule.min - 1), fc.constant(rule.max + 1)];
        case "list":
            if (rule.minItems) limits.push(fc.array(validValue(rule.item, `${place.ruleName}[]`), { minLength: rule.minItems - 1, maxLength: rule.minItems - 1 }));
            if (rule.maxItems !== undefined) limits.push(fc.array(validValue(rule.item, `${place.ruleName}[]`), { minLength: rule.maxItems + 1, maxLength: rule.maxItems + 1 }));
            return limits;
        case "map":
            if (!rule.entries) return [];
            if (rule.entries.min > 0) limits.push(fc.constant({}));
            limits.push(fc.constant(Object.fromEntries([...(rule.keys ?? []), ...Array.from({ length: rule.entries.max + 1 }, (_, i) => `extra${i}`)].slice(0, rule.entries.max + 1).map((k) => [k, "https://example.com/terms"]))));
            return limits;
        default:
            return [];
    }
}
const hasLimits = (place: Place) => pastLimits(place).length > 0;

/** Keys that are no argument or field; some are names every object inherits. */
const extraKey = fc.oneof(
    fc.constantFrom("toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "callbackURLs", "Name", "clientId"),
    fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/),
);

/** Places that take keys of their own (the arguments, every given object, every given map with a fixed set of keys), and the keys that are not theirs. */
interface KeyedPlace { path: Segment[]; known: readonly string[] }
function keyedPlacesIn(inputs: Inputs): KeyedPlace[] {
    const top: KeyedPlace = { path: [], known: [...Object.keys(ARGUMENT_RULES), "__provider"] };
    const nested = placesIn(inputs).filter((p) => p.present && isObject(valueAt(inputs, p.path))).flatMap((p): KeyedPlace[] =>
        p.rule.kind === "object" ? [{ path: p.path, known: Object.keys(p.rule.fields) }]
            : p.rule.kind === "map" && p.rule.keys ? [{ path: p.path, known: (p.rule as MapRule).keys! }]
            : []);
    return [top, ...nested];
}
function valueAt(inputs: unknown, path: readonly Segment[]): unknown {
    return path.reduce<unknown>((v, s) => (v !== null && typeof v === "object" && Object.hasOwn(v, s) ? (v as Record<Segment, unknown>)[s] : undefined), inputs);
}
/** A key that is not theirs at one of the keyed places of `inputs`, and a value for it. */
const extraKeyIn = (inputs: Inputs) => fc.constantFrom(...keyedPlacesIn(inputs)).chain((k) =>
    fc.tuple(extraKey.filter((key) => !k.known.includes(key)), tinyJson).map(([key, value]) => ({ path: [...k.path, key], value })));

// ---------------------------------------------------------------------------------------------------------------
// Inputs of any shape: valid clients with several things wrong, and arguments of any shape.
// ---------------------------------------------------------------------------------------------------------------

/** Any value where the rule is: valid, of a wrong type, past a limit, unknown, null, any JSON, or built of such values. */
function anyValue(rule: Rule, name: string): fc.Arbitrary<unknown> {
    const place: Place = { path: [], rule, required: true, present: true, ruleName: name };
    const built: fc.Arbitrary<unknown>[] = [];
    if (rule.kind === "list") built.push(fc.array(anyValue(rule.item, `${name}[]`), { maxLength: 4 }));
    if (rule.kind === "object") {
        built.push(fc.tuple(
            fc.record(Object.fromEntries(Object.entries(rule.fields).map(([k, f]) => [k, anyValue(f, `${name}.${k}`)])), { requiredKeys: [], noNullPrototype: true }),
            fc.option(fc.tuple(extraKey.filter((k) => !(Object.hasOwn(rule.fields, k))), tinyJson), { nil: undefined }),
        ).map(([fields, extra]) => {
            if (extra) put(fields as Record<string, unknown>, extra[0], extra[1]);
            return fields;
        }));
    }
    if (rule.kind === "map") built.push(fc.dictionary(fc.oneof(extraKey, ...(rule.keys ? [fc.constantFrom(...rule.keys)] : [])), anyValue(rule.value, `${name}.*`), { maxKeys: 4, noNullPrototype: true }));
    return fc.oneof(
        validValue(rule, name),
        wrongType(place),
        ...pastLimits(place),
        fc.constant(UNKNOWN),
        fc.constant(null),
        smallJson,
        ...built,
    );
}

const MISTAKES = ["a wrong type", "a value past a limit", "the unknown sentinel", "null", "a value left out", "any JSON", "an extra key"] as const;
/** One thing wrong (or unknown, or left out) at a place of `inputs`. */
function mutated(inputs: Inputs): fc.Arbitrary<Inputs> {
    return fc.constantFrom(...MISTAKES).chain((mistake): fc.Arbitrary<Inputs> => {
        const places = placesIn(inputs);
        const set = (p: Place, v: unknown) => withValueAt(inputs, p.path, v);
        switch (mistake) {
            case "a wrong type": return placeIn(places).chain((p) => wrongType(p).map((v) => set(p, v)));
            case "a value past a limit": return placeIn(places, hasLimits).chain((p) => fc.oneof(...pastLimits(p)).map((v) => set(p, v)));
            case "the unknown sentinel": return placeIn(places).map((p) => set(p, UNKNOWN));
            case "null": return placeIn(places).map((p) => set(p, null));
            case "a value left out": return placeIn(places, (p) => p.present).map((p) => set(p, undefined));
            case "any JSON": return fc.tuple(placeIn(places), smallJson).map(([p, v]) => set(p, v));
            case "an extra key": return extraKeyIn(inputs).map(({ path, value }) => withValueAt(inputs, path, value));
        }
    });
}
/** A valid client with one to four things wrong. */
const clientWithMistakes: fc.Arbitrary<Inputs> = fc.tuple(validClient, fc.integer({ min: 1, max: 4 })).chain(([base, n]) => {
    let arb: fc.Arbitrary<Inputs> = fc.constant(base);
    for (let i = 0; i < n; i++) arb = arb.chain(mutated);
    return arb;
});
/** Every argument (or none) with any value its rule could meet, and extra keys. */
const argumentsOfAnyShape: fc.Arbitrary<Inputs> = fc.tuple(
    fc.record(Object.fromEntries(Object.entries(ARGUMENT_RULES).map(([k, rule]) => [k, anyValue(rule, k)])), { requiredKeys: [], noNullPrototype: true }),
    fc.dictionary(extraKey, smallJson, { maxKeys: 2, noNullPrototype: true }),
).map(([args, extra]) => {
    for (const [k, v] of Object.entries(extra)) if (!Object.hasOwn(args, k)) put(args, k, v);
    return args as Inputs;
});
/**
 * Places the unknown sentinel can take: a value, or an absent optional argument or field; never a new list element or
 * map entry, which would change a count that is known.
 */
const unknownPlacesIn = (inputs: Inputs) => placesIn(inputs).filter((p) => p.present || (!p.required && !p.appended));
/** `inputs` with the unknown sentinel at `places`, deepest first, so that a value replaced as a whole wins over what was replaced inside it. */
const withUnknownAt = (inputs: Inputs, places: Place[]) => [...places].sort((a, b) => b.path.length - a.path.length).reduce((acc, p) => withValueAt(acc, p.path, UNKNOWN), inputs);
/** Inputs of any kind: valid clients, valid clients with mistakes, arguments of any shape. */
const anyInputs: fc.Arbitrary<Inputs> = fc.oneof({ arbitrary: validClient, weight: 1 }, { arbitrary: clientWithMistakes, weight: 3 }, { arbitrary: argumentsOfAnyShape, weight: 3 });

// ---------------------------------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------------------------------

const provider = new UserPoolClientProvider();
/** `check`'s failures; fails the property if check throws or returns anything but a promise. */
async function check(inputs: Inputs): Promise<CheckFailure[]> {
    const result = provider.check({} as never, inputs as never);
    expect(result).to.be.instanceOf(Promise);
    const { failures } = await result;
    expect(failures).to.be.an("array");
    return failures ?? [];
}
/** The failures of the arguments' own rules, without the cross-field rules. */
function fieldFailures(inputs: Inputs): CheckFailure[] {
    const failures: CheckFailure[] = [];
    for (const [name, rule] of Object.entries(ARGUMENT_RULES)) checkValue(name, inputs[name], rule, rule.required ?? false, failures, inputs);
    return failures;
}
/** The runs of a property: the fixed seed, `runs` inputs. */
const params = (runs = RUNS) => ({ seed: SEED, numRuns: runs });
/** Inputs and failures for a message, long strings (an asset's base64) shortened. */
const dump = (inputs: unknown, failures: CheckFailure[]) => JSON.stringify({ inputs, failures }, (_k, v) => (typeof v === "string" && v.length > 300 ? `${v.slice(0, 60)}... (${v.length} characters)` : v));
/** Fails with `explain()` unless `condition` holds; the message is made only on failure. */
function assertThat(condition: boolean, explain: () => string): void {
    if (!condition) expect.fail(explain());
}
/** How a type failure names what the rule expects, e.g. "must be a list of strings". */
const expectedType = (rule: Rule): string => ({
    string: "a string", integer: "an integer", boolean: "a boolean", json: "a JSON object", object: "an object with", map: "an object of strings",
    list: `a list of ${rule.kind === "list" && rule.item.kind === "object" ? "objects" : "strings"}`,
})[rule.kind];

describe(`check, property-based (fast-check seed ${SEED}, ${RUNS} runs per property)`, function () {
    this.timeout(120_000);

    it("every generated valid client passes with no failures (the premise of the properties below)", () => fc.assert(fc.asyncProperty(validClient, async (inputs) => {
        const failures = await check(inputs);
        assertThat(failures.length === 0, () => dump(inputs, failures));
    }), params()));

    it("the valid clients give, between them, a value to every place the rules describe", () => {
        // Guards the generators: a new argument or field gets generated values without a change here.
        const rulePlaces = (name: string, rule: Rule): string[] => [name,
            ...(rule.kind === "list" ? rulePlaces(`${name}[]`, rule.item) : []),
            ...(rule.kind === "object" ? Object.entries(rule.fields).flatMap(([k, f]) => rulePlaces(`${name}.${k}`, f)) : []),
            ...(rule.kind === "map" ? rulePlaces(`${name}.*`, rule.value) : [])];
        const expected = Object.entries(ARGUMENT_RULES).flatMap(([k, rule]) => rulePlaces(k, rule));
        const covered = new Set(fc.sample(validClient, params(400)).flatMap((inputs) => placesIn(inputs).filter((p) => p.present).map((p) => p.ruleName)));
        expect(expected.filter((p) => !covered.has(p))).to.deep.equal([]);
    });

    it("check never throws and always resolves, whatever the inputs", () => fc.assert(fc.asyncProperty(anyInputs, async (inputs) => {
        await check(inputs);
    }), params()));

    it("every failure names a non-empty property, of the inputs or an argument, and its reason starts with that property and says something after it", () => fc.assert(fc.asyncProperty(anyInputs, async (inputs) => {
        const failures = await check(inputs);
        for (const f of failures) {
            assertThat(typeof f.property === "string" && f.property !== "", () => dump(inputs, [f]));
            assertThat(Object.hasOwn(inputs, argumentOf(f.property)) || Object.hasOwn(ARGUMENT_RULES, argumentOf(f.property)), () => dump(inputs, [f]));
            assertThat(typeof f.reason === "string" && f.reason.startsWith(`${f.property} `) && f.reason.slice(f.property.length).trim() !== "", () => dump(inputs, [f]));
        }
    }), params()));

    it("a wrong type at any place of a valid client draws a failure on exactly that place that says the type expected and shows the value received (a secret's type alone), or for null says it is required", () => fc.assert(fc.asyncProperty(
        validClient.chain((base) => placeIn(base).chain((place) => wrongType(place).map((value) => ({ base, place, value })))),
        async ({ base, place, value }) => {
            const inputs = withValueAt(base, place.path, value);
            const failures = await check(inputs);
            const property = pathText(place.path);
            // The import option adopts the live name: there, a name not given (null) is no failure at all.
            if (value === null && property === "name" && inputs.importId !== undefined && inputs.importId !== null) {
                assertThat(!failures.some((f) => f.property === "name"), () => dump(inputs, failures));
                return;
            }
            const received = place.rule.kind === "string" && place.rule.secret ? typeof value : shownInMessages(value);
            // null means not given: where a value is required, the existing message says so (tests/unit/validate.spec.ts).
            const named = (f: CheckFailure) => value === null
                ? f.reason === `${property} is required`
                : f.reason.startsWith(`${property} must be ${expectedType(place.rule)}`) && f.reason.endsWith(`; received ${received}`);
            assertThat(failures.some((f) => f.property === property && named(f)), () => dump(inputs, failures));
        },
    ), params()));

    it("a value just past a limit at any place of a valid client draws a failure on exactly that place", () => fc.assert(fc.asyncProperty(
        validClient.chain((base) => placeIn(base, hasLimits).chain((place) => fc.oneof(...pastLimits(place)).map((value) => ({ base, place, value })))),
        async ({ base, place, value }) => {
            const inputs = withValueAt(base, place.path, value);
            const failures = await check(inputs);
            assertThat(failures.some((f) => f.property === pathText(place.path)), () => dump(inputs, failures));
        },
    ), params()));

    it("a key that is no argument or field, at the top or in any object of a valid client, draws a failure on that key", () => fc.assert(fc.asyncProperty(
        validClient.chain((base) => extraKeyIn(base).map(({ path, value }) => ({ base, path, value }))),
        async ({ base, path, value }) => {
            const inputs = withValueAt(base, path, value);
            const failures = await check(inputs);
            assertThat(failures.some((f) => f.property === pathText(path)), () => dump(inputs, failures));
        },
    ), params()));

    it("the unknown sentinel in place of an argument of a valid client, or of one to three values inside it, draws no failure on that argument", () => fc.assert(fc.asyncProperty(
        validClient.chain((base) => fc.constantFrom(...Object.keys(ARGUMENT_RULES)).chain((argument) => {
            const within = unknownPlacesIn(base).filter((p) => p.path[0] === argument);
            return fc.subarray(within, { minLength: 1, maxLength: Math.min(3, within.length) }).map((chosen) => ({ base, argument, chosen }));
        })),
        async ({ base, argument, chosen }) => {
            const inputs = withUnknownAt(base, chosen);
            const failures = await check(inputs);
            assertThat(!failures.some((f) => argumentOf(f.property) === argument), () => dump(inputs, failures));
        },
    ), params()));

    it("the unknown sentinel at one to six places anywhere in a valid client draws no failure at all (an unknown opt-in such as allowNewAuthFlows refuses nothing)", () => fc.assert(fc.asyncProperty(
        validClient.chain((base) => fc.subarray(unknownPlacesIn(base), { minLength: 1, maxLength: 6 }).map((chosen) => ({ base, chosen }))),
        async ({ base, chosen }) => {
            const inputs = withUnknownAt(base, chosen);
            const failures = await check(inputs);
            assertThat(failures.length === 0, () => dump(inputs, failures));
        },
    ), params()));

    it("null in an optional place draws failures on the same properties as the place left out (null means not given)", () => fc.assert(fc.asyncProperty(
        fc.oneof(validClient, clientWithMistakes).chain((base) => placeIn(base, (p) => !p.required && !p.appended).map((place) => ({ base, place }))),
        async ({ base, place }) => {
            const withNull = withValueAt(base, place.path, null);
            const leftOut = withValueAt(base, place.path, undefined);
            const [a, b] = [await check(withNull), await check(leftOut)];
            assertThat(JSON.stringify(a.map((f) => f.property)) === JSON.stringify(b.map((f) => f.property)), () => `${dump(withNull, a)}\n${dump(leftOut, b)}`);
        },
    ), params()));

    it("the same inputs give the same failures, and check leaves its inputs unchanged", () => fc.assert(fc.asyncProperty(anyInputs, async (inputs) => {
        const before = structuredClone(inputs);
        const first = await check(inputs);
        const second = await check(inputs);
        expect(second).to.deep.equal(first);
        expect(inputs).to.deep.equal(before);
    }), params()));

    it("no cross-field rule throws, called directly without validateInputs' safety net, even when field rules fail", () => {
        let withFieldFailures = 0;
        fc.assert(fc.property(anyInputs, (inputs) => {
            if (fieldFailures(inputs).length) withFieldFailures++;
            for (const rule of CROSS_FIELD_RULES) {
                try {
                    rule(inputs as never, () => undefined);
                } catch (error) {
                    expect.fail(`${rule.name || "a cross-field rule"} threw ${String(error)} for ${dump(inputs, fieldFailures(inputs))}`);
                }
            }
        }), params());
        // The generated inputs do bring cross-field rules arguments that their own rules refuse.
        expect(withFieldFailures).to.be.greaterThan(RUNS / 2);
    });

    it("describe, which shows values in messages, never throws and gives at most 200 characters for any JSON value", () => fc.assert(fc.property(anyJson, (value) => {
        const text = shownInMessages(value);
        expect(text).to.be.a("string").and.not.equal("");
        expect(text.length).to.be.at.most(200);
    }), params(RUNS * 2)));
});
