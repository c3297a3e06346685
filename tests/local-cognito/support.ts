/**
 * Shared pieces of the local Cognito API's own tests: a suite wrapper that skips when the plain moto is running,
 * an SDK client that makes one attempt per call, user pools with a tier, schema, identity providers and resource
 * servers, a helper that returns the error a call fails with, calls in the JSON protocol without the SDK (for
 * members the installed SDK does not model, and for Secrets Manager), the local stand-in for the user pool
 * domain's dynamic client registration endpoint, and the image assets of managed login branding styles.
 */
import {
    AssetCategoryType,
    AssetExtensionType,
    AssetType,
    CognitoIdentityProviderClient,
    ColorSchemeModeType,
    CreateIdentityProviderCommand,
    CreateResourceServerCommand,
    CreateUserPoolClientCommand,
    CreateUserPoolClientCommandInput,
    CreateUserPoolCommand,
    CreateUserPoolCommandInput,
    DeleteUserPoolCommand,
    UserPoolClientType,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { localCognitoMode } from "../../scripts/local-cognito";
import { motoEndpoint } from "../support/hooks";

/** A suite about the faithful local Cognito API: skipped (pending) when LOCAL_COGNITO=plain. */
export function describeFaithful(title: string, body: (this: Mocha.Suite) => void): Mocha.Suite | void {
    const suite = localCognitoMode() === "plain" ? describe.skip : describe;
    return suite(`local Cognito API: ${title}`, body);
}

/**
 * An SDK client for the local API with one attempt per call: the SDK classifies LimitExceededException as
 * throttling and would otherwise retry it.
 */
export function sdk(): CognitoIdentityProviderClient {
    return new CognitoIdentityProviderClient({ endpoint: motoEndpoint(), region: "us-east-1", maxAttempts: 1 });
}

let counter = 0;

export async function newPool(
    client: CognitoIdentityProviderClient,
    extra: Partial<CreateUserPoolCommandInput> = {},
): Promise<string> {
    const out = await client.send(new CreateUserPoolCommand({ PoolName: `local-cognito-${process.pid}-${++counter}`, ...extra }));
    return out.UserPool!.Id!;
}

export async function dropPool(client: CognitoIdentityProviderClient, userPoolId: string): Promise<void> {
    await client.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId }));
}

export async function addIdentityProvider(client: CognitoIdentityProviderClient, userPoolId: string, name: string): Promise<void> {
    await client.send(
        new CreateIdentityProviderCommand({
            UserPoolId: userPoolId,
            ProviderName: name,
            ProviderType: "OIDC",
            ProviderDetails: { client_id: "id", client_secret: "secret", authorize_scopes: "openid", oidc_issuer: "https://issuer.example" },
        }),
    );
}

export async function addResourceServer(
    client: CognitoIdentityProviderClient,
    userPoolId: string,
    identifier: string,
    scopes: string[],
): Promise<void> {
    await client.send(
        new CreateResourceServerCommand({
            UserPoolId: userPoolId,
            Identifier: identifier,
            Name: identifier.replace(/[^\w]/g, "-"),
            Scopes: scopes.map((s) => ({ ScopeName: s, ScopeDescription: s })),
        }),
    );
}

export async function createClient(
    client: CognitoIdentityProviderClient,
    input: Omit<CreateUserPoolClientCommandInput, "ClientName"> & { ClientName?: string },
): Promise<UserPoolClientType> {
    const out = await client.send(new CreateUserPoolClientCommand({ ClientName: "app", ...input }));
    return out.UserPoolClient!;
}

/** The error a call fails with; fails the test if the call succeeds. */
export async function failure(call: Promise<unknown>): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> {
    try {
        await call;
    } catch (e) {
        return e as { name: string; message: string };
    }
    expect.fail("the call succeeded; an error was expected");
}

/** Asserts the exception name and, when given, the exact message (a string) or a pattern. */
export async function expectError(call: Promise<unknown>, name: string, message?: string | RegExp): Promise<void> {
    const error = await failure(call);
    expect(error.name, `exception (message: ${error.message})`).to.equal(name);
    if (typeof message === "string") expect(error.message).to.equal(message);
    else if (message) expect(error.message).to.match(message);
    if (error.$metadata?.httpStatusCode !== undefined) expect(error.$metadata.httpStatusCode).to.equal(400);
}

/** The never-set defaults every client response carries. */
export const ALWAYS_PRESENT = {
    RefreshTokenValidity: 30,
    TokenValidityUnits: {},
    AllowedOAuthFlowsUserPoolClient: false,
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
};

/** A client response without its identity, type, secret and dates, for comparing configurations. */
export function configOf(client: UserPoolClientType & { ClientSecretArn?: string }): Record<string, unknown> {
    const { UserPoolId, ClientId, ClientName, ClientSecret, ClientSecretArn, ClientType, CreationDate, LastModifiedDate, ...rest } = client;
    return rest as Record<string, unknown>;
}

/**
 * One call in the AWS JSON protocol 1.1 to the local API, without an SDK. moto picks the service from the
 * credential scope of the Authorization header (service and region; the signature is not checked) and the account
 * from the access key: the same "testing" key as LOCAL_AWS_ENV, so the same account as the SDK clients.
 */
async function jsonProtocol(service: string, target: string, body: unknown): Promise<{ status: number; json: any; text: string }> {
    const response = await fetch(motoEndpoint(), {
        method: "POST",
        headers: {
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": target,
            Authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : {}, text };
}

/** One call in the JSON protocol, without the SDK: what goes over the wire, as it goes. */
export async function rawCall(operation: string, body: unknown): Promise<{ status: number; json: any; text: string }> {
    return jsonProtocol("cognito-idp", `AWSCognitoIdentityProviderService.${operation}`, body);
}

/** An error answer of the JSON protocol, shaped like the SDK's errors: name (the __type), message, HTTP status. */
export class JsonProtocolError extends Error {
    readonly $metadata: { httpStatusCode: number };

    constructor(type: string, message: string, status: number) {
        super(message);
        this.name = type.slice(type.lastIndexOf("#") + 1);
        this.$metadata = { httpStatusCode: status };
    }
}

async function answerOf(call: Promise<{ status: number; json: any }>): Promise<any> {
    const { status, json } = await call;
    if (status >= 300) throw new JsonProtocolError(json.__type ?? "UnknownError", json.message ?? json.Message ?? "", status);
    return json;
}

/**
 * A Cognito operation in the JSON protocol: the parsed answer, or a JsonProtocolError (usable with expectError).
 * For the members the installed SDK does not model: PublishSecretsInAWSSecretsManager (its serializer drops it) and
 * ClientSecretArn (its deserializer drops it).
 */
export function cognitoCall(operation: string, body: unknown): Promise<any> {
    return answerOf(rawCall(operation, body));
}

/** A Secrets Manager operation in the JSON protocol, e.g. GetSecretValue; the local API serves Secrets Manager too. */
export function secretsManagerCall(operation: string, body: unknown): Promise<any> {
    return answerOf(jsonProtocol("secretsmanager", `secretsmanager.${operation}`, body));
}

/** The SecretString of a published client secret, parsed; by default the AWSCURRENT version. */
export async function publishedSecret(
    arn: string,
    versionStage = "AWSCURRENT",
): Promise<{ userPoolId: string; userPoolClientId: string; clientSecretValue: string }> {
    const answer = await secretsManagerCall("GetSecretValue", { SecretId: arn, VersionStage: versionStage });
    return JSON.parse(answer.SecretString);
}

/**
 * Registers a client through the local stand-in for the user pool domain's dynamic client registration endpoint
 * (RFC 7591): POST /_local_cognito/<userPoolId>/oauth2/register with the client metadata as JSON. Returns the HTTP
 * status and the JSON answer: the registered client (201), or {error, error_description}.
 */
export async function registerDcrClient(userPoolId: string, body: unknown): Promise<{ status: number; json: any }> {
    const response = await fetch(`${motoEndpoint()}/_local_cognito/${userPoolId}/oauth2/register`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
}

/**
 * Image bytes for a branding asset: `length` bytes, the same for the same seed and different for different seeds, so
 * that a test can tell which of several uploads a style kept.
 */
export function imageBytes(length: number, seed = 0): Uint8Array {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 17 + 7) & 0xff;
    return bytes;
}

/** A managed login branding asset (AssetType); Bytes defaults to 64 bytes of `imageBytes` with the given seed. */
export function asset(
    category: AssetCategoryType,
    colorMode: ColorSchemeModeType,
    options: { bytes?: Uint8Array; seed?: number; extension?: AssetExtensionType; resourceId?: string } = {},
): AssetType {
    return {
        Category: category,
        ColorMode: colorMode,
        Extension: options.extension ?? "PNG",
        Bytes: options.bytes ?? imageBytes(64, options.seed ?? 0),
        ...(options.resourceId !== undefined ? { ResourceId: options.resourceId } : {}),
    };
}
