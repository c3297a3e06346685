/** The client secret's arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

/** The part of `UserPoolClientArgs` this setting owns. */
export interface SecretsArgs {
    /**
     * Whether Cognito generates a client secret. Create only: replaces the client.
     * The secret is available as the `clientSecret` output, always a Pulumi secret.
     * @default false
     */
    generateSecret?: pulumi.Input<boolean>;
    /**
     * A client secret of your own: 24–64 characters of letters, digits, `_` and `+`. Pass it as a Pulumi secret.
     * Cannot be combined with `generateSecret: true`. Changing it to another value rotates the secret in place
     * (see `rotateSecretWhenChanged`); adding or removing it replaces the client.
     * @default - no custom secret
     */
    clientSecret?: pulumi.Input<string>;
    /**
     * Rotates the generated secret in place, without a new client ID, whenever any value of this map changes
     * (like `keepers` of Pulumi's random provider): `pulumi up` adds a new secret, which becomes `clientSecret`,
     * and the one it replaces stays valid as `previousClientSecret` until the next rotation. Use any strings,
     * e.g. `{ rotation: "2026-11" }`. Setting it for the first time records it and rotates nothing; so does
     * removing it. Requires `generateSecret: true`; to rotate a custom secret, change `clientSecret`.
     * Updates in place.
     * @default - no rotation
     */
    rotateSecretWhenChanged?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /**
     * Whether the secret a rotation replaced stays valid, as `previousClientSecret`, until the next rotation
     * (Cognito holds at most two secrets). Set it to `false` to retire the previous secret at the next
     * `pulumi up`, e.g. after a leak; while it is `false`, a rotation deletes the replaced secret right after
     * adding the new one. Only for clients with a secret. Updates in place.
     * @default true
     */
    keepPreviousSecret?: pulumi.Input<boolean>;
    /**
     * Whether Cognito keeps the generated secret in AWS Secrets Manager instead of returning it: the client's
     * `clientSecretArn` output names the secret, whose `SecretString` is the JSON
     * `{ userPoolId, userPoolClientId, clientSecretValue }`, and `clientSecret` stays empty, so no secret value is
     * in the state at all. Cognito rotates the secret at once and then every 7 days (change the schedule in Secrets
     * Manager), so it cannot be combined with `rotateSecretWhenChanged` or `keepPreviousSecret`. Requires
     * `generateSecret: true`. Needs Secrets Manager permissions (README, "Secrets in AWS Secrets Manager").
     * Updates in place: turning it off makes `clientSecret` available again.
     * @default false
     */
    publishSecretsInAwsSecretsManager?: pulumi.Input<boolean>;
}

export interface SecretsInputs {
    generateSecret?: boolean;
    clientSecret?: string;
    rotateSecretWhenChanged?: Record<string, string>;
    keepPreviousSecret?: boolean;
    publishSecretsInAwsSecretsManager?: boolean;
}

export interface SecretsOutputs {
    /** The Secrets Manager secret that holds the client secret, when Cognito publishes it there. */
    clientSecretArn?: string;
    /** The secret before the newest one, while it is still valid (after a rotation). */
    previousClientSecret?: string;
    /** Cognito's IDs and creation dates of the two secrets; known once the client has rotated its secret. */
    clientSecretId?: string;
    clientSecretCreateDate?: string;
    previousClientSecretId?: string;
    previousClientSecretCreateDate?: string;
}

/** Its outputs on the resource. */
export interface SecretsResourceOutputs {
    /**
     * The client secret, generated or custom: after a rotation, the newest. Always a Pulumi secret. Absent for
     * public clients.
     */
    readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * The secret the last rotation replaced, valid until the next rotation (or until `keepPreviousSecret: false`
     * retires it), so consumers can move over without an outage. Always a Pulumi secret.
     */
    readonly previousClientSecret: pulumi.Output<string | undefined>;
    /** Cognito's ID of `clientSecret` (`<clientId>--<time>`); recorded from the first rotation on. */
    readonly clientSecretId: pulumi.Output<string | undefined>;
    /** When `clientSecret` was created (ISO 8601); recorded from the first rotation on. */
    readonly clientSecretCreateDate: pulumi.Output<string | undefined>;
    /** Cognito's ID of `previousClientSecret`. */
    readonly previousClientSecretId: pulumi.Output<string | undefined>;
    /** When `previousClientSecret` was created (ISO 8601). */
    readonly previousClientSecretCreateDate: pulumi.Output<string | undefined>;
    readonly rotateSecretWhenChanged: pulumi.Output<Record<string, string> | undefined>;
    readonly keepPreviousSecret: pulumi.Output<boolean | undefined>;
    /**
     * The ARN of the AWS Secrets Manager secret that holds the client secret, with `publishSecretsInAwsSecretsManager`;
     * its `SecretString` is `{ userPoolId, userPoolClientId, clientSecretValue }`. Not a Pulumi secret: an ARN is not
     * a credential.
     */
    readonly clientSecretArn: pulumi.Output<string | undefined>;
    readonly publishSecretsInAwsSecretsManager: pulumi.Output<boolean | undefined>;
    readonly generateSecret: pulumi.Output<boolean | undefined>;
}
