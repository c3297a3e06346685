/**
 * Shared setup for integration tests: an AWS SDK client that talks to moto directly (for setup and out-of-band
 * changes), user pools, a fault proxy between the provider and moto, and a provider with short backoff.
 */
import {
    AdminCreateUserCommand,
    AdminInitiateAuthCommand,
    AdminSetUserPasswordCommand,
    CognitoIdentityProviderClient,
    CreateUserPoolCommand,
    CreateUserPoolDomainCommand,
    DeleteUserPoolCommand,
    DeleteUserPoolDomainCommand,
    DescribeUserPoolCommand,
    DescribeUserPoolClientCommand,
    ListUserPoolClientsCommand,
    SetUserPoolSessionConfigurationCommand,
    UserPoolClientType,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as crypto from "crypto";
import type { UserPoolClientInputs } from "../../provider/args";
import { UserPoolClientProvider } from "../../provider/provider";
import { FaultProxy, startFaultProxy } from "./faultProxy";
import { motoEndpoint } from "./hooks";
import { localCognitoMode } from "./moto";

const ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER";

/** An SDK client that bypasses the proxy: what the tests do "out of band". */
export function directSdk(): CognitoIdentityProviderClient {
    return new CognitoIdentityProviderClient({ endpoint: motoEndpoint(), region: "us-east-1" });
}

let poolCounter = 0;

export interface PoolOptions {
    /** The pool's feature plan; Cognito's default for new pools is ESSENTIALS. */
    tier?: "LITE" | "ESSENTIALS" | "PLUS";
    /** Turn the pool's session tracking on, which a client's SSO session setting (`ssoSession`) needs. */
    sessionTracking?: boolean;
    /** Give the pool a (prefix) domain, which the classic hosted UI customization (`uiCustomization`) needs. */
    domain?: boolean;
    /** The pool's threat protection (`UserPoolAddOns.AdvancedSecurityMode`), which a client's `riskConfiguration` needs in a PLUS pool. */
    threatProtection?: "OFF" | "AUDIT" | "ENFORCED";
}

export async function createUserPool(sdk: CognitoIdentityProviderClient, label = "pool", options: PoolOptions = {}): Promise<string> {
    const out = await sdk.send(new CreateUserPoolCommand({ PoolName: `${label}-${process.pid}-${++poolCounter}`, UserPoolTier: options.tier,
        ...(options.threatProtection ? { UserPoolAddOns: { AdvancedSecurityMode: options.threatProtection } } : {}) }));
    const userPoolId = out.UserPool!.Id!;
    if (options.sessionTracking) {
        await sdk.send(new SetUserPoolSessionConfigurationCommand({ UserPoolId: userPoolId, UserSessionTracking: "ENABLED", TokenSession: { MaxPerUser: 20 } }));
    }
    if (options.domain) {
        await sdk.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: `${label.toLowerCase().replace(/[^a-z0-9-]/g, "-")}-${process.pid}-${poolCounter}-${crypto.randomBytes(3).toString("hex")}` }));
    }
    return userPoolId;
}

/** Deletes the pool, and its domain first: Cognito deletes no pool that has one. */
export async function deleteUserPool(sdk: CognitoIdentityProviderClient, userPoolId: string): Promise<void> {
    const domain = (await sdk.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }))).UserPool?.Domain;
    if (domain) await sdk.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
    await sdk.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId }));
}

/** Every client of the pool (ID and name), through every page. */
export async function listClients(sdk: CognitoIdentityProviderClient, userPoolId: string): Promise<{ id: string; name: string }[]> {
    const result: { id: string; name: string }[] = [];
    let NextToken: string | undefined;
    do {
        const page = await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }));
        for (const c of page.UserPoolClients ?? []) result.push({ id: c.ClientId!, name: c.ClientName! });
        NextToken = page.NextToken;
    } while (NextToken);
    return result;
}

export async function describeClient(sdk: CognitoIdentityProviderClient, userPoolId: string, clientId: string): Promise<UserPoolClientType> {
    const out = await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }));
    return out.UserPoolClient!;
}

/** The provider under test, with retries that take milliseconds. */
export function newProvider(): UserPoolClientProvider {
    return new UserPoolClientProvider({ retry: { baseDelayMs: 1, maxDelayMs: 20 } });
}

/**
 * Mocha hooks for a suite: one fault proxy in front of moto for the suite, the provider's SDK endpoint pointed
 * at it, and the recording and fault script cleared before each test. Returns an accessor for the proxy.
 *
 * The SDK reads the endpoint variable at a client's first request, so providers created in a test use the proxy.
 */
export function useFaultProxy(): () => FaultProxy {
    let proxy: FaultProxy | undefined;
    let previous: string | undefined;
    before(async () => {
        proxy = await startFaultProxy({ target: motoEndpoint() });
        previous = process.env[ENDPOINT_VARIABLE];
        process.env[ENDPOINT_VARIABLE] = proxy.endpoint;
    });
    beforeEach(() => proxy!.reset());
    after(async () => {
        if (previous === undefined) delete process.env[ENDPOINT_VARIABLE];
        else process.env[ENDPOINT_VARIABLE] = previous;
        await proxy?.stop();
    });
    return () => {
        if (!proxy) throw new Error("the fault proxy is not running");
        return proxy;
    };
}

/** A user who signs in with a password, to try client secrets with (`acceptsSecret`). */
export const SIGN_IN_USER = { username: "secret-tester", password: "Str0ng!Passw0rd-for-tests" };

export async function createSignInUser(sdk: CognitoIdentityProviderClient, userPoolId: string): Promise<void> {
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: SIGN_IN_USER.username, MessageAction: "SUPPRESS" }));
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: SIGN_IN_USER.username, Password: SIGN_IN_USER.password, Permanent: true }));
}

/**
 * Whether Cognito accepts `secret` as a secret of the client: an ADMIN_USER_PASSWORD_AUTH sign-in of SIGN_IN_USER
 * with the SECRET_HASH that secret makes. The client must allow ALLOW_ADMIN_USER_PASSWORD_AUTH.
 */
export async function acceptsSecret(sdk: CognitoIdentityProviderClient, userPoolId: string, clientId: string, secret: string): Promise<boolean> {
    const secretHash = crypto.createHmac("sha256", secret).update(SIGN_IN_USER.username + clientId).digest("base64");
    try {
        await sdk.send(new AdminInitiateAuthCommand({
            UserPoolId: userPoolId,
            ClientId: clientId,
            AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
            AuthParameters: { USERNAME: SIGN_IN_USER.username, PASSWORD: SIGN_IN_USER.password, SECRET_HASH: secretHash },
        }));
        return true;
    } catch (e) {
        if ((e as Error).name === "NotAuthorizedException") return false;
        throw e;
    }
}

/** What a suite of the faithful local API works with: the proxy, an out-of-band SDK, its pool and a fresh provider per test. */
export interface PoolSuite {
    proxy: () => FaultProxy;
    sdk: CognitoIdentityProviderClient;
    userPoolId: string;
    provider: UserPoolClientProvider;
    /** The program's arguments as check returns them, over `{ userPoolId }`; fails the test on any check failure. */
    checked(args: Partial<UserPoolClientInputs>, pool?: string): Promise<UserPoolClientInputs>;
    /** Runs a step and counts the calls it made, by operation. */
    counted<T>(run: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }>;
}

/**
 * Mocha hooks for a suite about behaviour only the faithful local API has (skipped on plain moto, `why` says which):
 * a recording proxy, one pool for the suite (deleted after it), and a new provider before each test.
 */
export function usePoolSuite(label: string, why: string, options: PoolOptions = {}): PoolSuite {
    const proxy = useFaultProxy();
    const suite = { proxy } as PoolSuite;
    before(async function () {
        if (localCognitoMode() === "plain") {
            process.stdout.write(`      (skipped on plain moto: ${why})\n`);
            this.skip();
        }
        suite.sdk = directSdk();
        suite.userPoolId = await createUserPool(suite.sdk, label, options);
    });
    after(async () => {
        if (suite.userPoolId) await deleteUserPool(suite.sdk, suite.userPoolId);
    });
    beforeEach(() => {
        suite.provider = newProvider();
    });
    suite.checked = async (args, pool = suite.userPoolId) => {
        const { inputs, failures } = await suite.provider.check({} as UserPoolClientInputs, { userPoolId: pool, ...args } as UserPoolClientInputs);
        expect(failures ?? []).to.deep.equal([]);
        return inputs as UserPoolClientInputs;
    };
    suite.counted = async (run) => {
        proxy().reset();
        const result = await run();
        return { result, calls: proxy().countsByOperation() };
    };
    return suite;
}
