/**
 * The package's vocabulary against the Cognito service model that the local Cognito API pins (botocore's
 * cognito-idp service-2.json.gz, installed by scripts/setup-local-cognito.sh). The model is the vocabulary: when AWS
 * adds an enum value, a member or changes a limit, the pinned model changes and this test fails until the package
 * follows. Values the package knows before the model does are listed in `AHEAD_OF_MODEL`, each with its source,
 * and this test fails once the model has them, so the list only ever shrinks.
 */
import { expect } from "chai";
import * as path from "path";
import { CLIENT_OPERATIONS as CLIENT_OWN_OPERATIONS } from "../../provider/aws";
import {
    AHEAD_OF_MODEL,
    CLIENT_TYPES,
    EXPLICIT_AUTH_FLOWS,
    OAUTH_FLOWS,
    PREVENT_USER_EXISTENCE_ERRORS,
    REFRESH_TOKEN_ROTATION_FEATURES,
    TIME_UNITS,
} from "../../provider/schema";
import { ASSET_CATEGORIES, ASSET_EXTENSIONS, BRANDING_LIMITS, COLOR_MODES } from "../../provider/settings/branding";
import { TERMS_ENFORCEMENTS, TERMS_KINDS, TERMS_LANGUAGES, TERMS_LINKS, TERMS_SOURCES } from "../../provider/settings/terms";
import { SETTING_OPERATIONS } from "../../provider/settings";
import { UI_CUSTOMIZATION_LIMITS } from "../../provider/settings/uiCustomization";
import { ACCOUNT_TAKEOVER_EVENT_ACTIONS, COMPROMISED_CREDENTIALS_EVENT_ACTIONS, EVENT_FILTERS } from "../../provider/settings/riskConfiguration";
import { ARGUMENT_RULES } from "../../provider/validate";
import { WIRE_MEMBERS } from "../../provider/wireMembers";
import { loadModel } from "../support/serviceModel";

const ROOT = path.resolve(__dirname, "../../..");

/** Each enum shape of the app client's operations, and the package constant that must hold its values. */
const ENUMS: Record<string, readonly string[]> = {
    ExplicitAuthFlowsType: EXPLICIT_AUTH_FLOWS,
    OAuthFlowType: OAUTH_FLOWS,
    TimeUnitsType: TIME_UNITS,
    PreventUserExistenceErrorTypes: PREVENT_USER_EXISTENCE_ERRORS,
    FeatureType: REFRESH_TOKEN_ROTATION_FEATURES,
    ClientTypeType: CLIENT_TYPES,
    TermsSourceType: TERMS_SOURCES,
    TermsEnforcementType: TERMS_ENFORCEMENTS,
    AssetCategoryType: ASSET_CATEGORIES,
    ColorSchemeModeType: COLOR_MODES,
    AssetExtensionType: ASSET_EXTENSIONS,
    AccountTakeoverEventActionType: ACCOUNT_TAKEOVER_EVENT_ACTIONS,
    CompromisedCredentialsEventActionType: COMPROMISED_CREDENTIALS_EVENT_ACTIONS,
    EventFilterType: EVENT_FILTERS,
};

/** The operations whose inputs and outputs the package uses for a client and its settings: those it declares. */
const CLIENT_OPERATIONS = [...CLIENT_OWN_OPERATIONS, ...SETTING_OPERATIONS];

/**
 * Every member of CreateUserPoolClient and UpdateUserPoolClient, and the argument that carries it (null: not an
 * argument, with why).
 */
const REQUEST_MEMBERS: Record<string, string | null> = {
    UserPoolId: "userPoolId",
    ClientId: null, // the resource's ID
    ClientName: "name",
    GenerateSecret: "generateSecret",
    ClientSecret: "clientSecret",
    RefreshTokenValidity: "refreshTokenValidity",
    AccessTokenValidity: "accessTokenValidity",
    IdTokenValidity: "idTokenValidity",
    TokenValidityUnits: "tokenValidityUnits",
    ReadAttributes: "readAttributes",
    WriteAttributes: "writeAttributes",
    ExplicitAuthFlows: "explicitAuthFlows",
    SupportedIdentityProviders: "supportedIdentityProviders",
    CallbackURLs: "callbackUrls",
    LogoutURLs: "logoutUrls",
    DefaultRedirectURI: "defaultRedirectUri",
    AllowedOAuthFlows: "allowedOauthFlows",
    AllowedOAuthScopes: "allowedOauthScopes",
    AllowedOAuthFlowsUserPoolClient: "allowedOauthFlowsUserPoolClient",
    AnalyticsConfiguration: "analyticsConfiguration",
    PreventUserExistenceErrors: "preventUserExistenceErrors",
    EnableTokenRevocation: "enableTokenRevocation",
    EnablePropagateAdditionalUserContextData: "enablePropagateAdditionalUserContextData",
    AuthSessionValidity: "authSessionValidity",
    RefreshTokenRotation: "refreshTokenRotation",
    PublishSecretsInAWSSecretsManager: "publishSecretsInAwsSecretsManager",
};

/**
 * Every member of the described client (UserPoolClientType), and the output that carries it. The two create-time
 * switches are not returned: `generateSecret` follows from a secret, `publishSecretsInAwsSecretsManager` from
 * `ClientSecretArn`.
 */
const CLIENT_MEMBERS: Record<string, string> = {
    ...(Object.fromEntries(Object.entries(REQUEST_MEMBERS).filter(([m, a]) => a !== null && m !== "GenerateSecret" && m !== "PublishSecretsInAWSSecretsManager")) as Record<string, string>),
    ClientId: "clientId",
    ClientSecretArn: "clientSecretArn",
    LastModifiedDate: "lastModifiedDate",
    CreationDate: "creationDate",
    ClientType: "clientType",
};

/** Limits in which `check` is deliberately stricter than the model, with the service rule behind each. */
const STRICTER_THAN_MODEL = new Set<string>([
    // The model's HexStringType has no length limit; an empty ID can never name a Pinpoint project.
    "analyticsConfiguration.applicationId.minLength",
]);

const { model, file } = loadModel();
const shapes = model.shapes;

/** Every shape reachable from a shape. */
function reachable(name: string, seen = new Set<string>()): Set<string> {
    if (seen.has(name)) return seen;
    seen.add(name);
    const shape = shapes[name];
    for (const m of Object.values(shape.members ?? {})) reachable(m.shape, seen);
    if (shape.member) reachable(shape.member.shape, seen);
    return seen;
}

describe(`the package's vocabulary against the pinned service model (${path.relative(ROOT, file)})`, () => {
    const used = new Set<string>();
    for (const op of CLIENT_OPERATIONS) {
        const operation = model.operations[op];
        it(`the model has ${op}`, () => expect(operation, op).to.exist);
        for (const io of [operation?.input, operation?.output]) if (io) reachable(io.shape, used);
    }

    it("maps every enum of the client's operations to a package constant", () => {
        const enums = [...used].filter((n) => shapes[n].enum).sort();
        expect(enums).to.deep.equal(Object.keys(ENUMS).sort());
    });

    for (const [shapeName, packageValues] of Object.entries(ENUMS)) {
        it(`knows every value of ${shapeName}`, () => {
            const missing = shapes[shapeName].enum!.filter((v) => !packageValues.includes(v));
            expect(missing, `values of ${shapeName} the package lacks`).to.deep.equal([]);
        });
        it(`knows no value of ${shapeName} beyond the model except those the API reference requires`, () => {
            const extra = packageValues.filter((v) => !shapes[shapeName].enum!.includes(v));
            const listed = Object.entries(AHEAD_OF_MODEL).filter(([, a]) => a.shape === shapeName).map(([v]) => v);
            expect(extra.sort()).to.deep.equal(listed.sort());
        });
    }

    it("lists in AHEAD_OF_MODEL only values the model still lacks", () => {
        for (const [value, { shape }] of Object.entries(AHEAD_OF_MODEL)) {
            expect(shapes[shape].enum, `${shape} now lists ${value}: remove it from AHEAD_OF_MODEL`).not.to.include(value);
        }
    });

    for (const request of ["CreateUserPoolClientRequest", "UpdateUserPoolClientRequest"]) {
        it(`carries every member of ${request}`, () => {
            expect(Object.keys(shapes[request].members!).filter((m) => !(m in REQUEST_MEMBERS))).to.deep.equal([]);
        });
    }
    it("outputs every member of UserPoolClientType", () => {
        expect(Object.keys(shapes.UserPoolClientType.members!).filter((m) => !(m in CLIENT_MEMBERS))).to.deep.equal([]);
    });
    it("names only real members in its member tables", () => {
        const requestMembers = new Set([...Object.keys(shapes.CreateUserPoolClientRequest.members!), ...Object.keys(shapes.UpdateUserPoolClientRequest.members!)]);
        expect(Object.keys(REQUEST_MEMBERS).filter((m) => !requestMembers.has(m))).to.deep.equal([]);
        expect(Object.keys(CLIENT_MEMBERS).filter((m) => !(m in shapes.UserPoolClientType.members!))).to.deep.equal([]);
    });
    it("has an argument rule for every request member it carries", () => {
        const args = Object.values(REQUEST_MEMBERS).filter((a): a is string => a !== null);
        expect(args.filter((a) => !(a in ARGUMENT_RULES))).to.deep.equal([]);
    });

    it("checks each argument with the model's limits", () => {
        const differences: string[] = [];
        const compare = (where: string, shapeName: string, rule: Record<string, unknown>) => {
            const shape = shapes[shapeName];
            const note = (what: string, modelValue: unknown, ours: unknown) => {
                if (!STRICTER_THAN_MODEL.has(`${where}.${what}`)) differences.push(`${where}: model ${what} ${JSON.stringify(modelValue)}, check ${JSON.stringify(ours)}`);
            };
            if (shape.type === "string" && !shape.enum) {
                if ((shape.min ?? 0) !== ((rule.minLength as number | undefined) ?? 0)) note("minLength", shape.min ?? 0, rule.minLength ?? 0);
                if (shape.max !== rule.maxLength) note("maxLength", shape.max, rule.maxLength);
                if (shape.pattern && !rule.pattern) note("pattern", shape.pattern, undefined);
            } else if (shape.type === "string" && shape.enum) {
                if (!rule.oneOf) note("enum", shape.enum, undefined);
            } else if (shape.type === "integer") {
                if (shape.min !== rule.min) note("min", shape.min, rule.min);
                if (shape.max !== rule.max) note("max", shape.max, rule.max);
            } else if (shape.type === "list") {
                if (shape.max !== rule.maxItems) note("maxItems", shape.max, rule.maxItems);
                compare(`${where}[]`, shape.member!.shape, rule.item as Record<string, unknown>);
            } else if (shape.type === "structure") {
                const fields = rule.fields as Record<string, Record<string, unknown>>;
                for (const [member, ref] of Object.entries(shape.members!)) {
                    const field = member.charAt(0).toLowerCase() + member.slice(1);
                    if (!fields?.[field]) differences.push(`${where}.${field}: no rule for the model's ${member}`);
                    else compare(`${where}.${field}`, ref.shape, fields[field]);
                }
            } else if (shape.type === "boolean" && rule.kind !== "boolean") {
                note("type", "boolean", rule.kind);
            }
        };
        for (const [member, ref] of Object.entries(shapes.CreateUserPoolClientRequest.members!)) {
            const argument = REQUEST_MEMBERS[member];
            if (argument) compare(argument, ref.shape, ARGUMENT_RULES[argument as keyof typeof ARGUMENT_RULES] as unknown as Record<string, unknown>);
        }
        expect(differences).to.deep.equal([]);
    });

    it("knows every language and kind of terms document, and the model's limit on links", () => {
        const alternatives = (pattern: string) => {
            // ^prefix(a|b|c-(x|y))$ → every alternative spelled out
            const body = pattern.replace(/^\^/, "").replace(/\$$/, "");
            const expand = (text: string): string[] => {
                const m = /^(.*?)\(([^()]*(?:\([^()]*\)[^()]*)*)\)(.*)$/.exec(text);
                if (!m) return [text];
                const parts: string[] = [];
                let depth = 0, start = 0;
                for (let i = 0; i < m[2].length; i++) {
                    if (m[2][i] === "(") depth++;
                    else if (m[2][i] === ")") depth--;
                    else if (m[2][i] === "|" && depth === 0) { parts.push(m[2].slice(start, i)); start = i + 1; }
                }
                parts.push(m[2].slice(start));
                return parts.flatMap((p) => expand(p).flatMap((e) => expand(m[1] + e + m[3])));
            };
            return expand(body).sort();
        };
        expect(Object.values(TERMS_LANGUAGES).sort()).to.deep.equal(alternatives(shapes.LanguageIdType.pattern!));
        expect(Object.values(TERMS_KINDS).sort()).to.deep.equal(alternatives(shapes.TermsNameType.pattern!));
        expect({ min: shapes.LinksType.min, max: shapes.LinksType.max }).to.deep.equal(TERMS_LINKS);
        expect({ min: shapes.LinkUrlType.min, max: shapes.LinkUrlType.max }).to.deep.equal({ min: 1, max: 1024 });
    });

    it("checks the classic hosted UI's CSS at the model's limit; the logo's 100 KB is within the model's blob limit", () => {
        expect(shapes.CSSType.max).to.equal(UI_CUSTOMIZATION_LIMITS.maxCssLength);
        expect(shapes.ImageFileType.max).to.be.at.least(UI_CUSTOMIZATION_LIMITS.maxImageBytes);
        for (const op of ["SetUICustomization", "GetUICustomization"]) expect(model.operations[op], op).to.not.equal(undefined);
    });

    it("checks branding assets with the model's limits", () => {
        expect(shapes.AssetListType.max).to.equal(BRANDING_LIMITS.maxAssets);
        expect(shapes.AssetBytesType.max).to.equal(BRANDING_LIMITS.maxAssetBytes);
        expect({ min: shapes.ResourceIdType.min, max: shapes.ResourceIdType.max }).to.deep.equal(BRANDING_LIMITS.resourceIdLength);
        const assetRule = ((ARGUMENT_RULES.managedLoginBranding as any).fields.assets.item.fields) as Record<string, any>;
        expect(Object.keys(assetRule).sort()).to.deep.equal(Object.keys(shapes.AssetType.members!).map((m) => m.charAt(0).toLowerCase() + m.slice(1)).sort());
    });

    it("sends and reads on the wire only members the model has", () => {
        for (const [command, { request, response }] of Object.entries(WIRE_MEMBERS)) {
            const op = model.operations[command.replace(/Command$/, "")];
            for (const m of request) expect(shapes[op.input!.shape].members, `${command} ${m}`).to.have.property(m);
            for (const [object, m] of response) expect(shapes[shapes[op.output!.shape].members![object].shape].members, `${command} ${object}.${m}`).to.have.property(m);
        }
    });
});
