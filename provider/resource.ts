/** The typed `UserPoolClient` resource: wires arguments and options to the provider text the engine stores. */
import * as pulumi from "@pulumi/pulumi";
import type { AnalyticsConfiguration, ManagedLoginBranding, RefreshTokenRotation, SsoSession, Terms, TokenValidityUnits, UserPoolClientArgs } from "./args";
import { PROVIDER_KEY, PROVIDER_TEXT, USER_POOL_CLIENT_TYPE } from "./serialized";
import { futureAuthFlows } from "./validate";

/** The warning for auth flow values this release does not know (see `FUTURE_AUTH_FLOW_PATTERN`). */
export function futureAuthFlowWarning(flows: string[]): string {
    const values = flows.join(", ");
    return `explicitAuthFlows: ${values} ${flows.length === 1 ? "is a value" : "are values"} this version of pulumi-cognito-user-pool-client does not know; ` +
        "with allowNewAuthFlows they are sent to Cognito as given, which accepts or rejects them, without the package's checks of how flows combine. " +
        "Upgrade the package to have them checked at preview.";
}

/**
 * Every output of a UserPoolClient; seeded (as undefined) so each becomes a property of the resource. Undefined
 * values are not sent to the engine, so the seeds cost nothing in state.
 */
const OUTPUT_KEYS = [
    "name", "userPoolId", "generateSecret", "clientSecret", "explicitAuthFlows", "allowedOauthFlows",
    "allowedOauthFlowsUserPoolClient", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls",
    "readAttributes", "writeAttributes", "refreshTokenValidity", "accessTokenValidity", "idTokenValidity",
    "tokenValidityUnits", "supportedIdentityProviders", "preventUserExistenceErrors", "enableTokenRevocation",
    "enablePropagateAdditionalUserContextData", "authSessionValidity", "analyticsConfiguration",
    "refreshTokenRotation", "region", "clientId", "creationDate", "lastModifiedDate",
    "rotateSecretWhenChanged", "keepPreviousSecret", "previousClientSecret", "clientSecretId", "clientSecretCreateDate",
    "previousClientSecretId", "previousClientSecretCreateDate", "ssoSession",
    "publishSecretsInAwsSecretsManager", "clientSecretArn", "clientType", "terms", "termsOfUseId", "privacyPolicyId", "managedLoginBranding", "managedLoginBrandingId",
] as const;

/**
 * The warning for terms with one kind of document: Cognito shows terms on the sign-up page only when both kinds
 * exist in at least one language. A warning, not an error: a client may be set up in two steps, and adopted clients
 * may have one kind.
 */
export function oneTermsKindWarning(terms: { termsOfUse?: unknown; privacyPolicy?: unknown } | undefined): string | undefined {
    if (!terms || typeof terms !== "object") return undefined;
    const given = terms.termsOfUse !== undefined ? "termsOfUse" : "privacyPolicy";
    const missing = given === "termsOfUse" ? "privacyPolicy" : "termsOfUse";
    if ((terms.termsOfUse === undefined) === (terms.privacyPolicy === undefined)) return undefined;
    return `terms: only ${given} is given; managed login shows terms documents only when both kinds exist in at least one language, so add ${missing} for the links to appear on the sign-up page.`;
}

/** Cognito client names allow ASCII letters, digits, whitespace and `_+=,.@-`, at most 128 characters. */
export function clientNameFromResourceName(resourceName: string): string {
    return resourceName.replace(/[^\w\x20\t\n\v\f\r+=,.@-]/g, "-").slice(0, 128) || "client";
}

/**
 * An Amazon Cognito user pool app client.
 *
 * Argument names match `aws.cognito.UserPoolClient` of `@pulumi/aws`. Import an existing client with the
 * `import` resource option set to `"<userPoolId>/<clientId>"`; read one without managing it with
 * `UserPoolClient.get`.
 *
 * A dynamic resource (`pulumi-nodejs:dynamic/cognito:UserPoolClient`, an instance of `pulumi.dynamic.Resource`)
 * whose provider text in state is a constant of about 140 bytes that loads the installed package at run time,
 * rather than a provider object serialized by `pulumi.dynamic.Resource`.
 */
export class UserPoolClient extends pulumi.CustomResource {
    /** The client ID (also the resource's `id`). */
    declare readonly clientId: pulumi.Output<string>;
    /**
     * The client secret, generated or custom: after a rotation, the newest. Always a Pulumi secret. Absent for
     * public clients.
     */
    declare readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * The secret the last rotation replaced, valid until the next rotation (or until `keepPreviousSecret: false`
     * retires it), so consumers can move over without an outage. Always a Pulumi secret.
     */
    declare readonly previousClientSecret: pulumi.Output<string | undefined>;
    /** Cognito's ID of `clientSecret` (`<clientId>--<time>`); recorded from the first rotation on. */
    declare readonly clientSecretId: pulumi.Output<string | undefined>;
    /** When `clientSecret` was created (ISO 8601); recorded from the first rotation on. */
    declare readonly clientSecretCreateDate: pulumi.Output<string | undefined>;
    /** Cognito's ID of `previousClientSecret`. */
    declare readonly previousClientSecretId: pulumi.Output<string | undefined>;
    /** When `previousClientSecret` was created (ISO 8601). */
    declare readonly previousClientSecretCreateDate: pulumi.Output<string | undefined>;
    declare readonly rotateSecretWhenChanged: pulumi.Output<Record<string, string> | undefined>;
    declare readonly keepPreviousSecret: pulumi.Output<boolean | undefined>;
    /**
     * The ARN of the AWS Secrets Manager secret that holds the client secret, with `publishSecretsInAwsSecretsManager`;
     * its `SecretString` is `{ userPoolId, userPoolClientId, clientSecretValue }`. Not a Pulumi secret: an ARN is not
     * a credential.
     */
    declare readonly clientSecretArn: pulumi.Output<string | undefined>;
    declare readonly publishSecretsInAwsSecretsManager: pulumi.Output<boolean | undefined>;
    /**
     * How the client came to be: `REGULAR` (made with CreateUserPoolClient, as by this package) or `DCR` (registered
     * by an application through the domain's dynamic client registration endpoint; such clients support no secret
     * rotation).
     */
    declare readonly clientType: pulumi.Output<string | undefined>;
    /** The branding style, with its assets as SHA-256 digests: as set, and as Cognito describes it after a refresh. */
    declare readonly managedLoginBranding: pulumi.Output<ManagedLoginBranding | undefined>;
    /** Cognito's ID of the branding style. */
    declare readonly managedLoginBrandingId: pulumi.Output<string | undefined>;
    /** The terms documents: as set, and as Cognito describes them after a refresh. */
    declare readonly terms: pulumi.Output<Terms | undefined>;
    /** Cognito's ID of the terms of use document. */
    declare readonly termsOfUseId: pulumi.Output<string | undefined>;
    /** Cognito's ID of the privacy policy document. */
    declare readonly privacyPolicyId: pulumi.Output<string | undefined>;
    /** The SSO session setting: as set, and as Cognito reports it after a refresh. Absent when unset (60 minutes). */
    declare readonly ssoSession: pulumi.Output<SsoSession | undefined>;
    declare readonly name: pulumi.Output<string>;
    declare readonly userPoolId: pulumi.Output<string>;
    declare readonly generateSecret: pulumi.Output<boolean | undefined>;
    declare readonly explicitAuthFlows: pulumi.Output<string[] | undefined>;
    declare readonly allowedOauthFlows: pulumi.Output<string[] | undefined>;
    declare readonly allowedOauthFlowsUserPoolClient: pulumi.Output<boolean | undefined>;
    declare readonly allowedOauthScopes: pulumi.Output<string[] | undefined>;
    declare readonly callbackUrls: pulumi.Output<string[] | undefined>;
    declare readonly defaultRedirectUri: pulumi.Output<string | undefined>;
    declare readonly logoutUrls: pulumi.Output<string[] | undefined>;
    declare readonly readAttributes: pulumi.Output<string[] | undefined>;
    declare readonly writeAttributes: pulumi.Output<string[] | undefined>;
    declare readonly refreshTokenValidity: pulumi.Output<number | undefined>;
    declare readonly accessTokenValidity: pulumi.Output<number | undefined>;
    declare readonly idTokenValidity: pulumi.Output<number | undefined>;
    declare readonly tokenValidityUnits: pulumi.Output<TokenValidityUnits | undefined>;
    declare readonly supportedIdentityProviders: pulumi.Output<string[] | undefined>;
    declare readonly preventUserExistenceErrors: pulumi.Output<string | undefined>;
    declare readonly enableTokenRevocation: pulumi.Output<boolean | undefined>;
    declare readonly enablePropagateAdditionalUserContextData: pulumi.Output<boolean | undefined>;
    declare readonly authSessionValidity: pulumi.Output<number | undefined>;
    declare readonly analyticsConfiguration: pulumi.Output<AnalyticsConfiguration | undefined>;
    declare readonly refreshTokenRotation: pulumi.Output<RefreshTokenRotation | undefined>;
    /** The AWS region the client lives in. */
    declare readonly region: pulumi.Output<string>;
    /** When Cognito created the client (ISO 8601). */
    declare readonly creationDate: pulumi.Output<string | undefined>;
    /** When the client was last modified (ISO 8601). */
    declare readonly lastModifiedDate: pulumi.Output<string | undefined>;

    /**
     * @param name the Pulumi resource name; also the client's name when `args.name` is not set
     * @param args the client's configuration
     * @param opts resource options; `import: "<userPoolId>/<clientId>"` adopts an existing client
     */
    constructor(name: string, args: UserPoolClientArgs, opts?: pulumi.CustomResourceOptions) {
        const seeds = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, undefined]));
        const { import: importId, ...options } = opts ?? {};
        let props: Record<string, unknown>;
        if (options.id !== undefined) {
            props = seeds; // UserPoolClient.get: read by ID, no arguments
        } else {
            // The engine cannot import into dynamic resources (pulumi/pulumi#16175): the provider adopts the
            // client in `create` instead, so the option is handed over as an input and not to the engine.
            const autoName = importId === undefined ? clientNameFromResourceName(name) : undefined;
            props = { ...seeds, ...args, name: args.name ?? autoName, importId };
        }
        super(
            USER_POOL_CLIENT_TYPE,
            name,
            { ...props, [PROVIDER_KEY]: PROVIDER_TEXT },
            pulumi.mergeOptions(options, { additionalSecretOutputs: ["clientSecret", "previousClientSecret"] }),
        );
        if (options.id === undefined && args.terms !== undefined) {
            pulumi.output(args.terms).apply((terms) => {
                const warning = oneTermsKindWarning(terms);
                if (warning) void pulumi.log.warn(warning, this);
            });
        }
        if (options.id === undefined && args.explicitAuthFlows !== undefined && args.allowNewAuthFlows !== undefined) {
            pulumi.all([args.explicitAuthFlows, args.allowNewAuthFlows]).apply(([flows, allowed]) => {
                const future = allowed === true ? futureAuthFlows(flows) : [];
                if (future.length) void pulumi.log.warn(futureAuthFlowWarning(future), this);
            });
        }
    }

    /**
     * Reads an existing client without managing it.
     * @param id `"<userPoolId>/<clientId>"`
     */
    static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): UserPoolClient {
        return new UserPoolClient(name, {} as UserPoolClientArgs, { ...opts, id });
    }
}

// Constructed as a CustomResource with the token pulumi.dynamic.Resource would give it, and still a
// pulumi.dynamic.Resource to `instanceof`, as in earlier versions. That class adds no members.
Object.setPrototypeOf(UserPoolClient.prototype, pulumi.dynamic.Resource.prototype);
