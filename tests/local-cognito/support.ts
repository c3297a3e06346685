/**
 * Shared pieces of the local Cognito API's own tests: a suite wrapper that skips when the plain moto is running,
 * an SDK client that makes one attempt per call, user pools with a tier, schema, identity providers and resource
 * servers, and a helper that returns the error a call fails with.
 */
import {
    CognitoIdentityProviderClient,
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

/** A client response without its identity and dates, for comparing configurations. */
export function configOf(client: UserPoolClientType): Record<string, unknown> {
    const { UserPoolId, ClientId, ClientName, ClientSecret, CreationDate, LastModifiedDate, ...rest } = client;
    return rest as Record<string, unknown>;
}

/** One call in the JSON protocol, without the SDK: what goes over the wire, as it goes. */
export async function rawCall(operation: string, body: unknown): Promise<{ status: number; json: any; text: string }> {
    const response = await fetch(motoEndpoint(), {
        method: "POST",
        headers: {
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
            Authorization: "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0",
        },
        body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: JSON.parse(text), text };
}
