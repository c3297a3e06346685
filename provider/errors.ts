/** The one error form of every failed Cognito call, kept apart so that pure modules can recognise it without the SDK. */

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
    const explained = new Error(
        `${error.message}. supportedIdentityProviders names ${missing[1]}, which the user pool does not have (yet): pass the identity ` +
            "provider resource's providerName output instead of its name as text (e.g. supportedIdentityProviders: [\"COGNITO\", google.providerName] " +
            "with aws.cognito.IdentityProvider), so that Pulumi creates the provider first. Names are case-sensitive: Google, Facebook, " +
            "SignInWithApple, LoginWithAmazon",
    );
    explained.name = error.name;
    return explained;
}
