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
