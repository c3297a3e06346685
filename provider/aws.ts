/**
 * The one module that talks to Cognito. It owns the retry policy (transient versus hard errors), turns
 * "not found" into `undefined`, and rethrows every AWS error in one form that keeps AWS's error name,
 * message and request ID. Credentials come from the AWS SDK's default chain at call time; the endpoint from
 * the SDK's standard `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER` / `AWS_ENDPOINT_URL`.
 */
import type * as CognitoSdk from "@aws-sdk/client-cognito-identity-provider";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoApiError } from "./errors";
import { dropUndefined } from "./json";
import { flattenSecretDescriptor } from "./mapping";
import { AdaptivePacer, isThrottling } from "./pacing";
import { LIST_CLIENTS_MAX_RESULTS } from "./schema";
import type { SecretApi, SecretDescriptor } from "./settings/secrets";
import { CreateClientRequest, DescribedClient, UpdateClientRequest, carryWireMembers } from "./wireMembers";

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

/**
 * Whether a failed request may nevertheless have been carried out: the connection broke after the request may
 * have been sent, or Cognito failed internally. Throttling and other 4xx answers mean the request was rejected.
 */
export function isAmbiguousFailure(error: unknown): boolean {
    const e = error as AwsError;
    if (!e || typeof e !== "object") return false;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
    return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}


/** A terms document as the API takes it: `TermsName`, `Links` keyed `cognito:<language>`, `Enforcement`. */
export interface TermsRequest {
    name: string;
    links: Record<string, string>;
    enforcement: string;
}

/** A terms document as the API describes it. */
export interface TermsAnswer extends TermsRequest {
    id: string;
}

function termsAnswer(t: { TermsId?: string; TermsName?: string; Links?: Record<string, string>; Enforcement?: string }): TermsAnswer {
    return { id: t.TermsId!, name: t.TermsName!, links: t.Links ?? {}, enforcement: t.Enforcement ?? "NONE" };
}

/** An image asset of a branding style, as the API carries it. */
export interface BrandingAssetBytes {
    category: string;
    colorMode: string;
    extension: string;
    bytes: Uint8Array;
    resourceId?: string;
}

/** One request of a style: Cognito's default, or settings and assets (either may be left out on update). */
export interface BrandingRequest {
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets?: BrandingAssetBytes[];
}

/** A style as the API describes it. */
export interface BrandingAnswer {
    id: string;
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets: BrandingAssetBytes[];
}

function brandingMembers(request: BrandingRequest) {
    return dropUndefined({
        UseCognitoProvidedValues: request.useCognitoProvidedValues,
        Settings: request.settings as never,
        Assets: request.assets?.map((a) => dropUndefined({ Category: a.category as never, ColorMode: a.colorMode as never, Extension: a.extension as never, Bytes: a.bytes, ResourceId: a.resourceId })),
    });
}

function brandingAnswer(b: {
    ManagedLoginBrandingId?: string;
    UseCognitoProvidedValues?: boolean;
    Settings?: unknown;
    Assets?: { Category?: string; ColorMode?: string; Extension?: string; Bytes?: Uint8Array; ResourceId?: string }[];
}): BrandingAnswer {
    return {
        id: b.ManagedLoginBrandingId!,
        useCognitoProvidedValues: b.UseCognitoProvidedValues,
        settings: b.Settings === undefined || b.Settings === null ? undefined : (b.Settings as Record<string, unknown>),
        assets: (b.Assets ?? []).map((a) => ({ category: a.Category!, colorMode: a.ColorMode!, extension: a.Extension!, bytes: a.Bytes ?? new Uint8Array(), ...(a.ResourceId !== undefined ? { resourceId: a.ResourceId } : {}) })),
    };
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

/** A thin Cognito client for one region: one method per operation, each with the retry policy applied. */
export class UserPoolClientApi implements SecretApi {
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
            async () => (await this.sdk.send(new (sdk().CreateUserPoolClientCommand)(request))).UserPoolClient!,
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
        );
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
                this.sdk.send(new (sdk().DescribeUserPoolClientCommand)({ UserPoolId: userPoolId, ClientId: clientId })),
            );
            return response.UserPoolClient;
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined;
            throw e;
        }
    }

    async update(request: UpdateUserPoolClientRequest): Promise<UserPoolClientType> {
        const response = await this.call("updating", `${request.UserPoolId}/${request.ClientId}`, () =>
            this.sdk.send(new (sdk().UpdateUserPoolClientCommand)(request)),
        );
        return response.UserPoolClient!;
    }

    /** Deletes the client; one that is already gone counts as deleted. */
    async delete(userPoolId: string, clientId: string): Promise<void> {
        try {
            await this.call("deleting", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DeleteUserPoolClientCommand)({ UserPoolId: userPoolId, ClientId: clientId })),
            );
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
            throw e;
        }
    }

    /** The client's secrets (IDs and creation dates; Cognito never lists values). */
    async listSecrets(userPoolId: string, clientId: string): Promise<SecretDescriptor[]> {
        const response = await this.call("listing the secrets of", `${userPoolId}/${clientId}`, () =>
            this.sdk.send(new (sdk().ListUserPoolClientSecretsCommand)({ UserPoolId: userPoolId, ClientId: clientId })),
        );
        return (response.ClientSecrets ?? []).map(flattenSecretDescriptor);
    }

    /**
     * Adds a secret: `value` for a custom one, none for one Cognito generates; `existing` are the IDs of the
     * client's secrets before the add. An add is not idempotent: when an attempt fails ambiguously, the secrets are
     * listed before anything is retried. A secret that attempt made is
     * kept when its value is ours (custom); a generated one, whose value Cognito never returns again, is deleted
     * and the add made anew. So no secret is ever left that state cannot know.
     */
    async addSecret(userPoolId: string, clientId: string, value: string | undefined, existing: string[]): Promise<SecretDescriptor> {
        const target = `${userPoolId}/${clientId}`;
        const before = new Set(existing);
        return this.call(
            "adding a secret to",
            target,
            async () => flattenSecretDescriptor((await this.sdk.send(new (sdk().AddUserPoolClientSecretCommand)({ UserPoolId: userPoolId, ClientId: clientId, ClientSecret: value }))).ClientSecretDescriptor!),
            async (error) => {
                if (!isAmbiguousFailure(error)) return undefined;
                const made = (await this.listSecrets(userPoolId, clientId)).filter((d) => !before.has(d.id));
                if (value !== undefined && made.length === 1) return { ...made[0], value };
                for (const d of made) await this.deleteSecret(userPoolId, clientId, d.id);
                return undefined;
            },
        );
    }

    /** Deletes a secret; one that is already gone counts as deleted. */
    async deleteSecret(userPoolId: string, clientId: string, secretId: string): Promise<void> {
        try {
            await this.call("deleting a secret of", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DeleteUserPoolClientSecretCommand)({ UserPoolId: userPoolId, ClientId: clientId, ClientSecretId: secretId })),
            );
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
            throw e;
        }
    }

    /** The client's SSO session setting: the minutes managed login may reuse an SSO session (Cognito's default 60). */
    async getClientSession(userPoolId: string, clientId: string): Promise<number> {
        const response = await this.call("reading the session configuration of", `${userPoolId}/${clientId}`, () =>
            this.sdk.send(new (sdk().GetUserPoolClientSessionConfigurationCommand)({ UserPoolId: userPoolId, ClientId: clientId })),
        );
        return response.SSOSession?.MaxValidityMinutes ?? 60;
    }

    /** Sets the client's SSO session setting (a full replacement; idempotent). */
    async setClientSession(userPoolId: string, clientId: string, minutes: number): Promise<void> {
        await this.call("setting the session configuration of", `${userPoolId}/${clientId}`, () =>
            this.sdk.send(new (sdk().SetUserPoolClientSessionConfigurationCommand)({ UserPoolId: userPoolId, ClientId: clientId, SSOSession: { MaxValidityMinutes: minutes } })),
        );
    }

    /**
     * Creates a terms document of the client. Not idempotent, but Cognito keeps one document of each kind per
     * client: when an attempt fails ambiguously, the document that attempt made is looked up by kind first.
     */
    async createTerms(userPoolId: string, clientId: string, document: TermsRequest): Promise<TermsAnswer> {
        const target = `${userPoolId}/${clientId}`;
        return this.call(
            `creating the ${document.name} document of`,
            target,
            async () => termsAnswer((await this.sdk.send(new (sdk().CreateTermsCommand)({ UserPoolId: userPoolId, ClientId: clientId, TermsName: document.name, TermsSource: "LINK", Enforcement: document.enforcement as "NONE", Links: document.links }))).Terms!),
            async (error) => (isAmbiguousFailure(error) ? this.describeTerms(userPoolId, clientId, document.name) : undefined),
        );
    }

    /** Replaces a terms document's links and enforcement. */
    async updateTerms(userPoolId: string, termsId: string, document: TermsRequest): Promise<TermsAnswer> {
        const response = await this.call(`updating the ${document.name} document of`, `${userPoolId} (${termsId})`, () =>
            this.sdk.send(new (sdk().UpdateTermsCommand)({ UserPoolId: userPoolId, TermsId: termsId, TermsName: document.name, TermsSource: "LINK", Enforcement: document.enforcement as "NONE", Links: document.links })),
        );
        return termsAnswer(response.Terms!);
    }

    /** Deletes a terms document; one that is already gone counts as deleted. */
    async deleteTerms(userPoolId: string, termsId: string): Promise<void> {
        try {
            await this.call("deleting a terms document of", `${userPoolId} (${termsId})`, () =>
                this.sdk.send(new (sdk().DeleteTermsCommand)({ UserPoolId: userPoolId, TermsId: termsId })),
            );
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
            throw e;
        }
    }

    /** The client's terms document of a kind, or undefined when it has none. */
    async describeTerms(userPoolId: string, clientId: string, name: string): Promise<TermsAnswer | undefined> {
        try {
            const response = await this.call(`reading the ${name} document of`, `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DescribeTermsByClientCommand)({ UserPoolId: userPoolId, ClientId: clientId, TermsName: name })),
            );
            return response.Terms ? termsAnswer(response.Terms) : undefined;
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined;
            throw e;
        }
    }

    /**
     * Creates the client's branding style. Not idempotent, but a client has at most one style: when an attempt fails
     * ambiguously, the style that attempt made is looked up first.
     */
    async createBranding(userPoolId: string, clientId: string, request: BrandingRequest): Promise<BrandingAnswer> {
        return this.call(
            "creating the branding style of",
            `${userPoolId}/${clientId}`,
            async () => brandingAnswer((await this.sdk.send(new (sdk().CreateManagedLoginBrandingCommand)({ UserPoolId: userPoolId, ClientId: clientId, ...brandingMembers(request) }))).ManagedLoginBranding!),
            async (error) => (isAmbiguousFailure(error) ? this.describeBranding(userPoolId, clientId) : undefined),
        );
    }

    /** Changes a style: settings replace the stored ones, assets replace those of their category and colour mode. */
    async updateBranding(userPoolId: string, brandingId: string, request: BrandingRequest): Promise<BrandingAnswer> {
        const response = await this.call("updating the branding style of", `${userPoolId} (${brandingId})`, () =>
            this.sdk.send(new (sdk().UpdateManagedLoginBrandingCommand)({ UserPoolId: userPoolId, ManagedLoginBrandingId: brandingId, ...brandingMembers(request) })),
        );
        return brandingAnswer(response.ManagedLoginBranding!);
    }

    /** Deletes a style; one that is already gone counts as deleted. */
    async deleteBranding(userPoolId: string, brandingId: string): Promise<void> {
        try {
            await this.call("deleting the branding style of", `${userPoolId} (${brandingId})`, () =>
                this.sdk.send(new (sdk().DeleteManagedLoginBrandingCommand)({ UserPoolId: userPoolId, ManagedLoginBrandingId: brandingId })),
            );
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
            throw e;
        }
    }

    /** The client's style as customized (Cognito's own defaults left out), or undefined when it has none. */
    async describeBranding(userPoolId: string, clientId: string): Promise<BrandingAnswer | undefined> {
        try {
            const response = await this.call("reading the branding style of", `${userPoolId}/${clientId}`, () =>
                this.sdk.send(new (sdk().DescribeManagedLoginBrandingByClientCommand)({ UserPoolId: userPoolId, ClientId: clientId })),
            );
            return response.ManagedLoginBranding ? brandingAnswer(response.ManagedLoginBranding) : undefined;
        } catch (e) {
            if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return undefined;
            throw e;
        }
    }

    /** IDs and names of every client in the pool. */
    async list(userPoolId: string): Promise<{ clientId: string; name: string }[]> {
        const clients: { clientId: string; name: string }[] = [];
        let nextToken: string | undefined;
        do {
            const page = await this.call("listing", `clients of ${userPoolId}`, () =>
                this.sdk.send(new (sdk().ListUserPoolClientsCommand)({ UserPoolId: userPoolId, MaxResults: LIST_CLIENTS_MAX_RESULTS, NextToken: nextToken })),
            );
            for (const c of page.UserPoolClients ?? []) clients.push({ clientId: c.ClientId!, name: c.ClientName! });
            nextToken = page.NextToken;
        } while (nextToken);
        return clients;
    }

    /**
     * Any other Cognito operation, with the same retry policy and pacing as the provider's own calls: for code
     * beside the provider that sets up what a client lives in (the acceptance suite's user pools, the sweeper),
     * so that it meets the real service's quotas and eventual consistency the way the provider does.
     */
    async send<Output>(action: string, target: string, command: object): Promise<Output> {
        return this.call(action, target, () => this.sdk.send(command as Parameters<CognitoIdentityProviderClient["send"]>[0]) as Promise<Output>);
    }

    /**
     * Sends with the retry policy. `recover`, when given, runs after every failed attempt; a value it returns
     * ends the call as its result (used by create to pick up a client an ambiguous attempt made).
     */
    private async call<T, R = never>(
        action: string,
        target: string,
        send: () => Promise<T>,
        recover?: (error: unknown, attempt: number) => Promise<R | undefined>,
    ): Promise<T | R> {
        for (let attempt = 1; ; attempt++) {
            try {
                await this.pacer.acquire();
                const result = await send();
                this.pacer.onSuccess();
                return result;
            } catch (error) {
                const recovered = recover ? await recover(error, attempt) : undefined;
                if (recovered !== undefined) return recovered;
                if (isTransientError(error) && attempt < this.retry.maxAttempts) {
                    // A throttled request retries at the pacer's reduced rate; other failures back off.
                    if (isThrottling(error)) this.pacer.onThrottle();
                    else await sleep(backoffDelay(attempt - 1, this.retry));
                    continue;
                }
                const e = error as AwsError;
                throw new CognitoApiError(action, target, e.name ?? e.code ?? "Error", e.message ?? String(error), e.$metadata?.requestId, attempt);
            }
        }
    }
}

export { CognitoApiError };
