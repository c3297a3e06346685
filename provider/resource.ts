/** The typed `UserPoolClient` resource: wires arguments and options to the provider text the engine stores. */
import * as pulumi from "@pulumi/pulumi";
import type { AnalyticsConfiguration, RefreshTokenRotation, TokenValidityUnits, UserPoolClientArgs } from "./args";
import { CLIENT_COMPUTED_OUTPUTS } from "./clientArgs";
import { PROVIDER_KEY, PROVIDER_TEXT, USER_POOL_CLIENT_TYPE } from "./serialized";
import { CLIENT_SETTINGS, SECRET_OUTPUTS, SETTING_ARGUMENTS, SETTING_COMPUTED_OUTPUTS } from "./settings";
import type { SettingsResourceOutputs } from "./settings/types";
import { clientNameFromResourceName } from "./mapping";
import { futureAuthFlowWarning, futureFlowsWarning, settingWarning } from "./validate";

export { clientNameFromResourceName, futureAuthFlowWarning };

/**
 * Every output of a UserPoolClient; seeded (as undefined) so each becomes a property of the resource. Undefined
 * values are not sent to the engine, so the seeds cost nothing in state.
 */
export const OUTPUT_KEYS = [
    "name", "userPoolId", "explicitAuthFlows", "allowedOauthFlows",
    "allowedOauthFlowsUserPoolClient", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls",
    "readAttributes", "writeAttributes", "refreshTokenValidity", "accessTokenValidity", "idTokenValidity",
    "tokenValidityUnits", "supportedIdentityProviders", "preventUserExistenceErrors", "enableTokenRevocation",
    "enablePropagateAdditionalUserContextData", "authSessionValidity", "analyticsConfiguration",
    "refreshTokenRotation", "region", ...CLIENT_COMPUTED_OUTPUTS, ...SETTING_ARGUMENTS, ...SETTING_COMPUTED_OUTPUTS,
];

/** A setting's warnings about its arguments, once they are known. */
function warnAboutSettings(args: UserPoolClientArgs, resource: pulumi.Resource): void {
    for (const setting of CLIENT_SETTINGS) {
        if (!setting.warning) continue;
        const keys = Object.keys(setting.rules) as (keyof UserPoolClientArgs)[];
        if (keys.every((key) => args[key] === undefined)) continue;
        pulumi.all(keys.map((key) => args[key])).apply((values) => {
            const warning = settingWarning(setting, Object.fromEntries(keys.map((key, i) => [key, values[i]])));
            if (warning) void pulumi.log.warn(warning, resource);
        });
    }
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
// The settings' outputs (`settings/<name>/args.ts`), merged into the class.
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-unsafe-declaration-merging
export interface UserPoolClient extends SettingsResourceOutputs {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UserPoolClient extends pulumi.CustomResource {
    /** The client ID (also the resource's `id`). */
    declare readonly clientId: pulumi.Output<string>;
    declare readonly name: pulumi.Output<string>;
    declare readonly userPoolId: pulumi.Output<string>;
    /**
     * How the client came to be: `REGULAR` (made with CreateUserPoolClient, as by this package) or `DCR` (registered
     * by an application through the domain's dynamic client registration endpoint; such clients support no secret
     * rotation).
     */
    declare readonly clientType: pulumi.Output<string | undefined>;
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
            pulumi.mergeOptions(options, { additionalSecretOutputs: [...SECRET_OUTPUTS] }),
        );
        if (options.id === undefined) warnAboutSettings(args, this);
        if (options.id === undefined && args.explicitAuthFlows !== undefined && args.allowNewAuthFlows !== undefined) {
            pulumi.all([args.explicitAuthFlows, args.allowNewAuthFlows]).apply(([flows, allowed]) => {
                const warning = futureFlowsWarning(flows, allowed);
                if (warning) void pulumi.log.warn(warning, this);
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
