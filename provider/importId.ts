/** The composite import ID `<userPoolId>/<clientId>`, as Terraform and `@pulumi/aws` use it. */

const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]+$/;

export interface UserPoolClientRef {
    userPoolId: string;
    clientId: string;
}

/** Splits `<userPoolId>/<clientId>`; anything else throws an Error that states the expected form. */
export function parseImportId(id: string): UserPoolClientRef {
    const parts = typeof id === "string" ? id.split("/") : [];
    if (parts.length === 2 && parts[0].length <= 55 && USER_POOL_ID.test(parts[0]) && parts[1].length <= 128 && CLIENT_ID.test(parts[1])) {
        return { userPoolId: parts[0], clientId: parts[1] };
    }
    throw new Error(
        `invalid Cognito user pool client import ID ${JSON.stringify(id)}: expected "<user pool id>/<client id>", ` +
            `e.g. "us-east-1_AbC123/1example23456789", where the user pool id is <region>_<id> and the client id is letters, digits, _ and +`,
    );
}

export function formatImportId(ref: UserPoolClientRef): string {
    return `${ref.userPoolId}/${ref.clientId}`;
}
