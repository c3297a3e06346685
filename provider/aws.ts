/**
 * The one module that talks to Cognito. It owns the retry policy (transient versus hard errors), turns
 * "not found" into `undefined`, and rethrows every AWS error in one form that keeps AWS's error name,
 * message and request ID. Credentials come from the AWS SDK's default chain at call time; the endpoint from
 * the SDK's standard `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER` / `AWS_ENDPOINT_URL`.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommand,
    CreateUserPoolClientRequest,
    DeleteUserPoolClientCommand,
    DescribeUserPoolClientCommand,
    ListUserPoolClientsCommand,
    UpdateUserPoolClientCommand,
    UpdateUserPoolClientRequest,
    UserPoolClientType,
} from "@aws-sdk/client-cognito-identity-provider";
import { LIST_CLIENTS_MAX_RESULTS } from "./schema";

export interface RetryPolicy {
    /** Attempts in all, the first included. */
    maxAttempts: number;
    /** Backoff before retry n is a random delay in [0, min(maxDelayMs, baseDelayMs · 2^n)] ("full jitter"). */
    baseDelayMs: number;
    maxDelayMs: number;
}

/**
 * Cognito's control-plane quotas are low (a few requests per second per account for client operations), and a
 * parallel `pulumi up` of many clients exceeds them, so transient errors are retried far longer than the SDK's
 * default of three attempts: up to 40 attempts, about three minutes of backoff in the worst case.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 40, baseDelayMs: 100, maxDelayMs: 5000 };

/** Errors that say "try again": throttling, conflicting concurrent writes, Cognito's own internal errors. */
const TRANSIENT_ERROR_NAMES = new Set([
    "TooManyRequestsException",
    "ConcurrentModificationException",
    "InternalErrorException",
    "InternalServerException",
    "ThrottlingException",
    "RequestTimeout",
    "RequestTimeoutException",
    "TimeoutError",
]);
/** Connection failures: the request may not have reached Cognito, or its answer was lost. */
const NETWORK_ERROR_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "EAI_AGAIN", "UND_ERR_SOCKET"]);

interface AwsError {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** Whether an error is worth retrying. `LimitExceededException` is a hard quota and is not. */
export function isTransientError(error: unknown): boolean {
    const e = error as AwsError;
    if (!e || typeof e !== "object") return false;
    if (e.name === "LimitExceededException") return false;
    if (e.name && TRANSIENT_ERROR_NAMES.has(e.name)) return true;
    if (e.code && NETWORK_ERROR_CODES.has(e.code)) return true;
    if (/socket hang up|ECONNRESET|EPIPE/.test(e.message ?? "")) return true;
    const status = e.$metadata?.httpStatusCode;
    return status !== undefined && status >= 500;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
    return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

/** Thrown for every failed Cognito call: `<action> Cognito user pool client (<target>): <AWS error name>: <message>`. */
export class CognitoApiError extends Error {
    constructor(
        action: string,
        target: string,
        readonly awsErrorName: string,
        awsMessage: string,
        readonly requestId: string | undefined,
        readonly attempts: number,
    ) {
        super(
            `${action} Cognito user pool client (${target}): ${awsErrorName}: ${awsMessage}` +
                (requestId ? ` (request ID ${requestId})` : "") +
                (attempts > 1 ? ` after ${attempts} attempts` : ""),
        );
        this.name = "CognitoApiError";
    }
}

export interface CognitoClientOptions {
    region?: string;
    retry?: Partial<RetryPolicy>;
}

/** A thin Cognito client for one region: one method per operation, each with the retry policy applied. */
export class UserPoolClientApi {
    private readonly sdk: CognitoIdentityProviderClient;
    private readonly retry: RetryPolicy;

    constructor(options: CognitoClientOptions = {}) {
        this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        // SDK retries off: this module owns the policy (the SDK would also retry LimitExceededException).
        this.sdk = new CognitoIdentityProviderClient({
            region: options.region,
            maxAttempts: 1,
            requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
        });
    }

    /** The region requests go to (the SDK's resolution when none was given). */
    async region(): Promise<string | undefined> {
        try {
            return await this.sdk.config.region();
        } catch {
            return undefined;
        }
    }

    async create(request: CreateUserPoolClientRequest): Promise<UserPoolClientType> {
        const target = `${request.ClientName} in ${request.UserPoolId}`;
        const response = await this.call("creating", target, () => this.sdk.send(new CreateUserPoolClientCommand(request)));
        return response.UserPoolClient!;
    }

    /** The client, or `undefined` when it or its user pool no longer exists. */
    async find(userPoolId: string, clientId: string): Promise<UserPoolClientType | undefined> {
        try {
            const response = await this.call("reading", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })),
            );
            return response.UserPoolClient;
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined;
            throw e;
        }
    }

    async update(request: UpdateUserPoolClientRequest): Promise<UserPoolClientType> {
        const response = await this.call("updating", `${request.UserPoolId}/${request.ClientId}`, () =>
            this.sdk.send(new UpdateUserPoolClientCommand(request)),
        );
        return response.UserPoolClient!;
    }

    /** Deletes the client; one that is already gone counts as deleted. */
    async delete(userPoolId: string, clientId: string): Promise<void> {
        try {
            await this.call("deleting", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })),
            );
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
            throw e;
        }
    }

    /** IDs and names of every client in the pool. */
    async list(userPoolId: string): Promise<{ clientId: string; name: string }[]> {
        const clients: { clientId: string; name: string }[] = [];
        let nextToken: string | undefined;
        do {
            const page = await this.call("listing", `clients of ${userPoolId}`, () =>
                this.sdk.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: LIST_CLIENTS_MAX_RESULTS, NextToken: nextToken })),
            );
            for (const c of page.UserPoolClients ?? []) clients.push({ clientId: c.ClientId!, name: c.ClientName! });
            nextToken = page.NextToken;
        } while (nextToken);
        return clients;
    }

    private async call<T>(action: string, target: string, send: () => Promise<T>): Promise<T> {
        for (let attempt = 1; ; attempt++) {
            try {
                return await send();
            } catch (error) {
                if (isTransientError(error) && attempt < this.retry.maxAttempts) {
                    await sleep(backoffDelay(attempt - 1, this.retry));
                    continue;
                }
                const e = error as AwsError;
                throw new CognitoApiError(action, target, e.name ?? e.code ?? "Error", e.message ?? String(error), e.$metadata?.requestId, attempt);
            }
        }
    }
}
