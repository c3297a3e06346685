/**
 * The client secret's rules: the custom secret's limits (the model's ClientSecretType) and every rule that involves
 * whether the client has a secret.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */
import type { ClientInputs } from "../../clientArgs";
import { ArgumentRule, CrossFieldRule, describe, given, known, knownStrings } from "../../rules";
import { CLIENT_TOKEN_AUTH_FLOW, isUnknown } from "../../schema";
import type { SecretsInputs } from "./args";

export const SECRETS_RULES: Record<keyof SecretsInputs, ArgumentRule> = {
    generateSecret: { kind: "boolean" },
    clientSecret: { kind: "string", minLength: 24, maxLength: 64, pattern: /^[\w+]+$/, patternText: "letters, digits, _ and +", secret: true },
    rotateSecretWhenChanged: { kind: "map", value: { kind: "string" }, example: '{ rotation: "2026-11" }' },
    keepPreviousSecret: { kind: "boolean" },
    publishSecretsInAwsSecretsManager: { kind: "boolean" },
};

/** Whether the client has a secret, and whether that is not known until apply. */
function secretOf(inputs: SecretsInputs): { hasSecret: boolean; hasCustomSecret: boolean; secretUnknown: boolean } {
    const hasCustomSecret = known(inputs.clientSecret);
    return {
        hasCustomSecret,
        hasSecret: inputs.generateSecret === true || hasCustomSecret,
        secretUnknown: isUnknown(inputs.generateSecret) || isUnknown(inputs.clientSecret),
    };
}

const NO_SECRET = "a client without a secret";

export const SECRETS_CROSS_FIELD_RULES: readonly CrossFieldRule<ClientInputs & SecretsInputs>[] = [
    // Flows and features that only a confidential client can use.
    (inputs, fail) => {
        const { hasSecret, secretUnknown } = secretOf(inputs);
        if (hasSecret || secretUnknown) return;
        if (knownStrings(inputs.explicitAuthFlows).includes(CLIENT_TOKEN_AUTH_FLOW)) {
            fail("explicitAuthFlows", `${CLIENT_TOKEN_AUTH_FLOW} requires a client secret (generateSecret: true or clientSecret); received ${NO_SECRET}`);
        }
        if (knownStrings(inputs.allowedOauthFlows).includes("client_credentials")) {
            fail("allowedOauthFlows", `client_credentials requires a client secret (generateSecret: true or clientSecret); received ${NO_SECRET}`);
        }
    },
    (inputs, fail) => {
        const { hasSecret, hasCustomSecret, secretUnknown } = secretOf(inputs);
        if (known(inputs.rotateSecretWhenChanged) && inputs.generateSecret !== true && !isUnknown(inputs.generateSecret)) {
            const received = !given(inputs.generateSecret) ? "unset (defaults to false)" : describe(inputs.generateSecret);
            fail("rotateSecretWhenChanged", `rotates a generated secret and requires generateSecret: true (to rotate a custom secret, change clientSecret); received generateSecret ${received}`);
        }
        if (known(inputs.keepPreviousSecret) && !hasSecret && !secretUnknown) {
            fail("keepPreviousSecret", `applies to a client with a secret (generateSecret: true or clientSecret); received ${describe(inputs.keepPreviousSecret)} for ${NO_SECRET}`);
        }
        if (inputs.publishSecretsInAwsSecretsManager === true) {
            if (inputs.generateSecret !== true && !isUnknown(inputs.generateSecret)) {
                const received = hasCustomSecret ? "a custom clientSecret" : `generateSecret ${!given(inputs.generateSecret) ? "unset (defaults to false)" : describe(inputs.generateSecret)}`;
                fail("publishSecretsInAwsSecretsManager", `applies only to a secret Cognito generates and requires generateSecret: true; received ${received}`);
            }
            // Cognito rotates a secret it publishes itself (at once, then every 7 days, by Secrets Manager's schedule)
            // and refuses AddUserPoolClientSecret meanwhile: the package's rotation arguments would fight it.
            for (const property of ["rotateSecretWhenChanged", "keepPreviousSecret"] as const) {
                if (known(inputs[property])) {
                    fail(property, `cannot be combined with publishSecretsInAwsSecretsManager: true: Cognito rotates a secret it publishes in Secrets Manager itself (change the schedule in Secrets Manager); received ${describe(inputs[property])}`);
                }
            }
        }
        if (hasCustomSecret && inputs.generateSecret === true) {
            fail("clientSecret", "cannot be combined with generateSecret: true; give a custom secret or let Cognito generate one");
        }
        if (inputs.enablePropagateAdditionalUserContextData === true && !hasSecret && !secretUnknown) {
            fail("enablePropagateAdditionalUserContextData", `requires a client secret (generateSecret: true or clientSecret); received true for ${NO_SECRET}`);
        }
    },
];
