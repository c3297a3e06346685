/** The one error form of every failed Cognito call, kept apart so that pure modules can recognise it without the SDK. */
import { abortReasonText } from "./abort";

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

/**
 * Thrown for a call ended by the abort scope's signal (a custom timeout, a cancellation), never retried:
 * `<action> Cognito user pool client (<target>): <the signal's reason>`, e.g. "creating Cognito user pool client
 * (web in us-east-1_AbC): timed out after 2s (customTimeouts.create)". `reason` (and `cause`) is the signal's reason.
 */
export class CognitoCallAbortedError extends Error {
    constructor(
        readonly action: string,
        readonly target: string,
        readonly reason: unknown,
        /** Whether a request was in flight, so that its outcome is unknown; false when a wait was ended. */
        readonly inFlight: boolean,
        /** Requests sent, the one in flight included. */
        readonly attempts: number,
        note?: string,
        /** A create stopped after the client was made: its ID and what was made, for a provider that can report a partly created resource. */
        readonly created?: { id: string; outputs: object },
    ) {
        super(`${action} Cognito user pool client (${target}): ${abortReasonText(reason)}${note ? `; ${note}` : ""}`, { cause: reason });
        this.name = "CognitoCallAbortedError";
    }
}

/**
 * An answer that is not Cognito's JSON: an endpoint (an emulator, a proxy) that does not implement the operation
 * answers, e.g., with an HTML page. Names the operation, the endpoint and what it answered.
 */
export class EndpointAnswerError extends Error {
    static readonly errorName = "EndpointAnswerNotJson";
    readonly $metadata: { httpStatusCode?: number };
    constructor(readonly operation: string, readonly endpoint: string, statusCode: number | undefined, contentType: string | undefined, body: string) {
        const shown = body.replace(/\s+/g, " ").trim();
        super(
            `${endpoint} answered ${operation} with HTTP ${statusCode ?? "?"}${contentType ? ` (${contentType})` : ""} that is not Cognito's JSON: ` +
                `${JSON.stringify(shown.length > 120 ? shown.slice(0, 117) + "..." : shown)}; the endpoint may not implement ${operation}`,
        );
        this.name = EndpointAnswerError.errorName;
        this.$metadata = { httpStatusCode: statusCode };
    }
}

/** The same error, with `text` as its message: what to do, then Cognito's words. */
export function withHelp(error: CognitoApiError, text: string): Error {
    const explained = new Error(text);
    explained.name = error.name;
    return explained;
}

/** What to do when an argument needs a feature plan the pool does not have (FeatureUnavailableInTierException). */
export const tierHelp = (argument: string): string =>
    `${argument} needs the user pool in the Essentials or Plus tier: set userPoolTier: "ESSENTIALS" (or "PLUS") on the ` +
    "pool (aws.cognito.UserPool in @pulumi/aws), or choose the tier under the pool's Settings in the Cognito console";

/** What to do in a replica region of a multi-region pool (OperationNotEnabledException). */
export const primaryRegionHelp = (what: string): string =>
    `${what} managed in the user pool's primary region: Cognito answers OperationNotEnabledException in a ` +
    "replica region of a multi-region user pool; deploy the client against the primary region";

const MISSING_PROVIDER = /The provider (.+?) does not exist for User Pool/;

/**
 * An error of CreateUserPoolClient or UpdateUserPoolClient, with what to do where the cause is a known trap: an
 * identity provider that the pool does not have yet (aws/aws-cdk#15850), usually because the program creates it in
 * the same deployment without ordering the two.
 */
export function explainClientError(error: unknown): unknown {
    if (!(error instanceof CognitoApiError) || error.awsErrorName !== "InvalidParameterException") return error;
    const missing = MISSING_PROVIDER.exec(error.message);
    if (!missing) return error;
    return withHelp(
        error,
        `${error.message}. supportedIdentityProviders names ${missing[1]}, which the user pool does not have (yet): pass the identity ` +
            "provider resource's providerName output instead of its name as text (e.g. supportedIdentityProviders: [\"COGNITO\", google.providerName] " +
            "with aws.cognito.IdentityProvider), so that Pulumi creates the provider first. Names are case-sensitive: Google, Facebook, " +
            "SignInWithApple, LoginWithAmazon",
    );
}
