/**
 * The transport: the one module that talks to Cognito. It owns credentials and region (the AWS SDK's default chain
 * at call time), the retry policy (transient versus hard errors), pacing, "not found" as `undefined`, the wire
 * members the SDK lacks (`wireMembers.ts`), and one generic way to send any Cognito operation (`request`): by the
 * SDK's command, or as a signed request on the wire when the SDK does not model the operation. Every AWS error is
 * rethrown in one form that keeps AWS's error name, message and request ID. It knows the client's own operations
 * and no setting's: each setting sends its own through `request`. The endpoint comes from the SDK's standard
 * `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER` / `AWS_ENDPOINT_URL`. Every request and every wait honours the abort
 * scope's signal (`abort.ts`): an aborted call fails at once with `CognitoCallAbortedError`, and is neither retried
 * nor recovered.
 */
import type * as CognitoSdk from "@aws-sdk/client-cognito-identity-provider";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { abortable, currentAbortSignal, sleep } from "./abort";
import { CognitoApiError, CognitoCallAbortedError, EndpointAnswerError } from "./errors";
import { AdaptivePacer, isThrottling } from "./pacing";
import type { CognitoOperations, SendOptions } from "./requests";
import { LIST_CLIENTS_MAX_RESULTS } from "./schema";
import { CreateClientRequest, DescribedClient, UpdateClientRequest, carryWireMembers, onTheWire } from "./wireMembers";

type CreateUserPoolClientRequest = CreateClientRequest;
type UpdateUserPoolClientRequest = UpdateClientRequest;
type UserPoolClientType = DescribedClient;

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

/** An abort of ours (the SDK's AbortError included): the caller gave up, so it is no failure of Cognito's. */
const isAbort = (e: AwsError) => e instanceof CognitoCallAbortedError || e.name === "AbortError";

/**
 * Whether an error is worth retrying. `LimitExceededException` is a hard quota and is not, nor is an abort, nor an
 * answer that is not Cognito's JSON whatever its status (an endpoint that lacks the operation; Cognito never answers so).
 */
export function isTransientError(error: unknown): boolean {
    const e = error as AwsError;
    if (!e || typeof e !== "object") return false;
    if (isAbort(e)) return false;
    if (e.name === "LimitExceededException" || e.name === EndpointAnswerError.errorName) return false;
    if (e.name && TRANSIENT_ERROR_NAMES.has(e.name)) return true;
    if (e.code && NETWORK_ERROR_CODES.has(e.code)) return true;
    if (/socket hang up|ECONNRESET|EPIPE/.test(e.message ?? "")) return true;
    const status = e.$metadata?.httpStatusCode;
    return status !== undefined && status >= 500;
}

/**
 * Whether a failed request may nevertheless have been carried out: the connection broke after the request may
 * have been sent, or Cognito failed internally. Throttling and other 4xx answers mean the request was rejected.
 */
export function isAmbiguousFailure(error: unknown): boolean {
    const e = error as AwsError;
    if (!e || typeof e !== "object") return false;
    if (isAbort(e)) return false;
    if (e.code === "ECONNREFUSED" || e.code === "EAI_AGAIN") return false; // never connected
    if (e.name === "InternalErrorException" || e.name === "InternalServerException") return true;
    if (e.name === "TimeoutError" || e.name === "RequestTimeout" || e.name === "RequestTimeoutException") return true;
    if (e.code && NETWORK_ERROR_CODES.has(e.code)) return true;
    if (/socket hang up|ECONNRESET|EPIPE/.test(e.message ?? "")) return true;
    const status = e.$metadata?.httpStatusCode;
    return status !== undefined && status >= 500;
}

/**
 * Clients this process created (directly, or found after an ambiguous create), as `<pool>/<client>`. Recovery never picks
 * one of them, so two resources of the same name in one pool cannot end up sharing one client.
 */
const claimedClients = new Set<string>();
const claimKey = (userPoolId: string, clientId: string) => `${userPoolId}/${clientId}`;

/**
 * How much earlier than the first create attempt (by the local clock, corrected by the SDK's measured skew) a
 * client's creation date may be and still count as made by that attempt.
 */
const CREATE_RECOVERY_SKEW_MS = 30_000;

function creationTime(client: UserPoolClientType): number {
    const d = client.CreationDate as Date | string | number | undefined;
    if (d === undefined) return Number.POSITIVE_INFINITY;
    const t = d instanceof Date ? d.getTime() : typeof d === "number" ? d * 1000 : Date.parse(d);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Created at or after `since`. A client without a creation date (Cognito always reports one; some emulators do
 * not) is not excluded: the name, configuration and claim checks decide alone.
 */
function createdSince(client: UserPoolClientType, since: number): boolean {
    const t = creationTime(client);
    return t === Number.POSITIVE_INFINITY || t >= since;
}

/** Every member the create request set has the same value in `client` (lists compared as sets); the secret as requested. */
export function matchesCreateRequest(client: UserPoolClientType, request: CreateUserPoolClientRequest): boolean {
    const { UserPoolId: _pool, GenerateSecret: generate, ClientSecret: secret, PublishSecretsInAWSSecretsManager: publish, ...config } = request;
    // A secret Cognito keeps in Secrets Manager shows as its ARN instead of its value.
    const published = client.ClientSecretArn !== undefined;
    if (secret !== undefined) {
        if (client.ClientSecret !== secret) return false;
    } else if ((generate === true) !== (client.ClientSecret !== undefined || published)) {
        return false;
    }
    if ((publish === true) !== published) return false;
    return subsetEqual(config, client);
}

function subsetEqual(wanted: unknown, actual: unknown): boolean {
    if (wanted === undefined) return true;
    if (Array.isArray(wanted)) {
        if (!Array.isArray(actual)) return wanted.length === 0 && actual === undefined;
        const a = new Set(actual.map((x) => JSON.stringify(x)));
        const w = new Set(wanted.map((x) => JSON.stringify(x)));
        return a.size === w.size && [...w].every((x) => a.has(x));
    }
    if (wanted !== null && typeof wanted === "object") {
        if (actual === null || typeof actual !== "object") return false;
        return Object.entries(wanted).every(([k, v]) => subsetEqual(v, (actual as Record<string, unknown>)[k]));
    }
    return wanted === actual;
}

export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
    return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}


/** The client's own operations: what the transport calls for the client itself, and the IAM actions they need. */
export const CLIENT_OPERATIONS = ["CreateUserPoolClient", "DescribeUserPoolClient", "UpdateUserPoolClient", "DeleteUserPoolClient", "ListUserPoolClients"] as const;

/** Whether an error says the endpoint does not implement the operation: an answer that is not Cognito's JSON, or UnknownOperationException. */
export function isUnimplementedOperation(error: unknown): boolean {
    const name = error instanceof CognitoApiError ? error.awsErrorName : (error as AwsError | undefined)?.name;
    return name === EndpointAnswerError.errorName || name === "UnknownOperationException";
}

/** The endpoint the program set for Cognito (a local or other emulator), if any: requests go to AWS otherwise. */
export function customEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
    return env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER || env.AWS_ENDPOINT_URL || undefined;
}

export interface CognitoClientOptions {
    region?: string;
    retry?: Partial<RetryPolicy>;
}

let sdkModule: typeof CognitoSdk | undefined;
/** The AWS SDK, loaded on first use: check and diff (all of a preview) never need it. */
function sdk(): typeof CognitoSdk {
    return (sdkModule ??= require("@aws-sdk/client-cognito-identity-provider") as typeof CognitoSdk);
}

/** A thin Cognito client for one region: the client's own operations, and `request` for any other, each with the retry policy applied. */
export class UserPoolClientApi implements CognitoOperations {
    private readonly sdk: CognitoIdentityProviderClient;
    private readonly retry: RetryPolicy;
    /** Shared by every call this process makes to the region, so parallel requests slow down together. */
    private readonly pacer: AdaptivePacer;

    constructor(options: CognitoClientOptions = {}) {
        this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.pacer = new AdaptivePacer(this.retry.maxDelayMs);
        // SDK retries off: this module owns the policy (the SDK would also retry LimitExceededException).
        this.sdk = new (sdk().CognitoIdentityProviderClient)({
            region: options.region,
            maxAttempts: 1,
            requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
        });
        carryWireMembers(this.sdk.middlewareStack);
    }

    /** The region requests go to (the SDK's resolution when none was given). */
    async region(): Promise<string | undefined> {
        try {
            return await this.sdk.config.region();
        } catch {
            return undefined;
        }
    }

    /**
     * Creates the client. Create is not idempotent: when an attempt fails ambiguously (the connection broke or
     * Cognito answered 5xx, so the client may exist), the pool is searched for the client that attempt made
     * before anything is retried, and that client is returned instead of a second one being created.
     */
    async create(request: CreateUserPoolClientRequest): Promise<UserPoolClientType> {
        const target = `${request.ClientName} in ${request.UserPoolId}`;
        // The server-side time of the first attempt, as far as the SDK's clock-skew correction knows it.
        const startedAt = Date.now() + (this.sdk.config.systemClockOffset ?? 0);
        let mayExist = false;
        const client = await this.call(
            "creating",
            target,
            async () => (await this.sdk.send(new (sdk().CreateUserPoolClientCommand)(request), this.sendOptions())).UserPoolClient!,
            async (error, attempt) => {
                mayExist ||= isAmbiguousFailure(error);
                if (!mayExist) return undefined;
                try {
                    return await this.findCreatedClient(request, startedAt);
                } catch (lookupError) {
                    // Retrying blind could make a duplicate: stop, and say what is known.
                    const e = error as AwsError;
                    throw new CognitoApiError(
                        "creating",
                        target,
                        e.name ?? e.code ?? "Error",
                        `${e.message ?? String(error)}; the request may have created the client, and looking for it failed: ${(lookupError as Error).message}`,
                        e.$metadata?.requestId,
                        attempt,
                    );
                }
            },
        ).catch((error) => {
            // Aborted with a create in flight, or after an ambiguous failure: no lookup is made, so say what is known.
            if (error instanceof CognitoCallAbortedError && (error.inFlight || mayExist)) {
                throw new CognitoCallAbortedError(error.action, error.target, error.reason, true, error.attempts, "the request may have created the client before it was aborted");
            }
            throw error;
        });
        claimedClients.add(claimKey(client.UserPoolId ?? request.UserPoolId!, client.ClientId!));
        return client;
    }

    /**
     * The client an ambiguous create made, if any: an unclaimed client of the pool with the requested name and
     * configuration, created no earlier than shortly before the first attempt. The oldest such client wins.
     */
    private async findCreatedClient(request: CreateUserPoolClientRequest, startedAt: number): Promise<UserPoolClientType | undefined> {
        const userPoolId = request.UserPoolId!;
        const candidates = (await this.list(userPoolId)).filter(
            (c) => c.name === request.ClientName && !claimedClients.has(claimKey(userPoolId, c.clientId)),
        );
        const matches: UserPoolClientType[] = [];
        for (const candidate of candidates) {
            const client = await this.find(userPoolId, candidate.clientId);
            if (client && createdSince(client, startedAt - CREATE_RECOVERY_SKEW_MS) && matchesCreateRequest(client, request)) matches.push(client);
        }
        matches.sort((a, b) => Number(creationTime(a) > creationTime(b)) - Number(creationTime(a) < creationTime(b)));
        return matches[0];
    }

    /** The client, or `undefined` when it or its user pool no longer exists. */
    async find(userPoolId: string, clientId: string): Promise<UserPoolClientType | undefined> {
        try {
            const response = await this.call("reading", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DescribeUserPoolClientCommand)({ UserPoolId: userPoolId, ClientId: clientId }), this.sendOptions()),
            );
            return response.UserPoolClient;
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined;
            throw e;
        }
    }

    async update(request: UpdateUserPoolClientRequest): Promise<UserPoolClientType> {
        const response = await this.call("updating", `${request.UserPoolId}/${request.ClientId}`, () =>
            this.sdk.send(new (sdk().UpdateUserPoolClientCommand)(request), this.sendOptions()),
        );
        return response.UserPoolClient!;
    }

    /** Deletes the client; one that is already gone counts as deleted. */
    async delete(userPoolId: string, clientId: string): Promise<void> {
        try {
            await this.call("deleting", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DeleteUserPoolClientCommand)({ UserPoolId: userPoolId, ClientId: clientId }), this.sendOptions()),
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
                this.sdk.send(new (sdk().ListUserPoolClientsCommand)({ UserPoolId: userPoolId, MaxResults: LIST_CLIENTS_MAX_RESULTS, NextToken: nextToken }), this.sendOptions()),
            );
            for (const c of page.UserPoolClients ?? []) clients.push({ clientId: c.ClientId!, name: c.ClientName! });
            nextToken = page.NextToken;
        } while (nextToken);
        return clients;
    }

    /**
     * Any Cognito operation by name, with the same retry policy and pacing as the client's own calls: by the SDK's
     * command when the SDK models the operation, otherwise as a signed JSON request on the wire (the SDK's signing,
     * endpoint and credentials, with the operation's target and body), whose answer is the operation's JSON.
     */
    async request<Output = Record<string, unknown>>(operation: string, input: Record<string, unknown>, options: SendOptions<Output>): Promise<Output> {
        const Command = (sdk() as unknown as Record<string, (new (input: object) => object) | undefined>)[`${operation}Command`];
        const send = Command
            ? () => this.sdk.send(new Command(input) as Parameters<CognitoIdentityProviderClient["send"]>[0], this.sendOptions()) as Promise<Output>
            : () => this.sdk.send(onTheWire(new (sdk().DescribeUserPoolClientCommand)({} as never), operation, input), this.sendOptions()) as Promise<Output>;
        try {
            return await this.call(options.action, options.target, send, options.recover);
        } catch (e) {
            if (options.notFound === "absent" && e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined as Output;
            throw e;
        }
    }

    /**
     * Any other Cognito operation as an SDK command, with the same retry policy and pacing as the provider's own
     * calls: for code beside the provider that sets up what a client lives in (the acceptance suite's user pools,
     * the sweeper), so that it meets the real service's quotas and eventual consistency the way the provider does.
     */
    async send<Output>(action: string, target: string, command: object): Promise<Output> {
        return this.call(action, target, () => this.sdk.send(command as Parameters<CognitoIdentityProviderClient["send"]>[0], this.sendOptions()) as Promise<Output>);
    }

    /** The abort scope's signal for the SDK, which then ends the HTTP request itself; nothing outside a scope. */
    private sendOptions(): { abortSignal: AbortSignal } | undefined {
        const abortSignal = currentAbortSignal();
        return abortSignal ? { abortSignal } : undefined;
    }

    /**
     * Sends with the retry policy. `recover`, when given, runs after every failed attempt; a value it returns
     * ends the call as its result (used by create to pick up a client an ambiguous attempt made). Once the abort
     * scope's signal aborts, whatever was under way (a request, the pacer's wait, a backoff, a recovery) ends
     * at once in one `CognitoCallAbortedError`, and no further request is made.
     */
    private async call<T, R = never>(
        action: string,
        target: string,
        send: () => Promise<T>,
        recover?: (error: unknown, attempt: number) => Promise<R | undefined>,
    ): Promise<T | R> {
        const signal = currentAbortSignal();
        let sent = 0;
        let inFlight = false;
        try {
            for (let attempt = 1; ; attempt++) {
                signal?.throwIfAborted();
                try {
                    await this.pacer.acquire();
                    sent++;
                    inFlight = true;
                    // Raced as well as given to the SDK: the SDK's signal covers only the HTTP exchange, not, e.g., credentials.
                    const result = await abortable(send, signal);
                    inFlight = false;
                    this.pacer.onSuccess();
                    return result;
                } catch (error) {
                    // Aborted: no recovery (its calls), no retry; the catch below says why.
                    if (signal?.aborted) throw error;
                    inFlight = false;
                    const recovered = recover ? await recover(error, attempt) : undefined;
                    if (recovered !== undefined) return recovered;
                    if (isTransientError(error) && attempt < this.retry.maxAttempts) {
                        // A throttled request retries at the pacer's reduced rate; other failures back off.
                        if (isThrottling(error)) this.pacer.onThrottle();
                        else await sleep(backoffDelay(attempt - 1, this.retry), signal);
                        continue;
                    }
                    const e = error as AwsError;
                    throw new CognitoApiError(action, target, e.name ?? e.code ?? "Error", e.message ?? String(error), e.$metadata?.requestId, attempt);
                }
            }
        } catch (error) {
            // Whatever failed once the signal aborted (a recovery's own call included) failed because of it.
            if (signal?.aborted) throw new CognitoCallAbortedError(action, target, signal.reason, inFlight, sent);
            throw error;
        }
    }
}

export { CognitoApiError, CognitoCallAbortedError };
export type { SendOptions } from "./requests";
