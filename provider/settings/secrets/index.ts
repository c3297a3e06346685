/**
 * The client secret as a per-client setting. The secret itself comes with CreateUserPoolClient (this setting sets the
 * request's secret members and reads them back from the described client); the setting records the steering
 * arguments, rotates on update, reconciles on refresh once state tracks the secrets by ID, and reads both secrets on
 * import. A secret Cognito publishes in Secrets Manager leaves no secret in state.
 *
 * This folder holds all of it: its arguments (`args.ts`), rules (`rules.ts`), the rotation plan and the reconciling of
 * state (`lifecycle.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import { CognitoApiError } from "../../errors";
import { dropUndefined } from "../../json";
import type { ClientSetting, SettingContext, SettingOutputs } from "../setting";
import type { SecretsInputs, SecretsOutputs } from "./args";
import {
    SECRET_STATE_KEYS,
    SecretDescriptor,
    SecretState,
    importedSecrets,
    isCustomSecretRotation,
    looksGenerated,
    planSecretChange,
    reconcileSecrets,
    retirePreviousSecret,
    rotateSecret,
    rotationKeepers,
    secretPlanRefusal,
    secretStateOf,
    tracksSecretIds,
} from "./lifecycle";
import { SECRETS_OPERATIONS, listSecrets, secretApi } from "./operations";
import { SECRETS_CROSS_FIELD_RULES, SECRETS_RULES } from "./rules";

export * from "./lifecycle";
export { addSecret, deleteSecret, flattenSecretDescriptor, listSecrets } from "./operations";

/** The arguments that steer the secrets' lifecycle: kept in the outputs (diff compares them), never sent to Cognito. */
function steering(inputs: Partial<SecretsInputs>): SettingOutputs {
    return { rotateSecretWhenChanged: inputs.rotateSecretWhenChanged, keepPreviousSecret: inputs.keepPreviousSecret };
}

/** Every secret output: `state`'s, or none for a client whose secret Cognito keeps in Secrets Manager. */
function secretOutputs(live: { clientSecretArn?: string }, state: SecretState): SettingOutputs {
    const values: SecretState = live.clientSecretArn === undefined ? state : {};
    return Object.fromEntries(SECRET_STATE_KEYS.map((key) => [key, values[key]]));
}

/**
 * The secrets of a client read by ID alone. A public client has none: Cognito's secret operations are for
 * confidential clients, so a refusal to list them for a client without a secret means none.
 */
async function listSecretsOfAny(ctx: SettingContext, described: { ClientSecret?: string; ClientSecretArn?: string }): Promise<SecretDescriptor[]> {
    try {
        return await listSecrets(ctx.api, ctx.userPoolId, ctx.clientId);
    } catch (e) {
        const hasSecret = described.ClientSecret !== undefined || described.ClientSecretArn !== undefined;
        if (!hasSecret && e instanceof CognitoApiError && e.awsErrorName === "InvalidParameterException") return [];
        throw e;
    }
}

export const secrets: ClientSetting<SecretsInputs, SecretsOutputs> = {
    name: "client secret",
    rules: SECRETS_RULES,
    listedAfter: "userPoolId",
    crossFieldRules: SECRETS_CROSS_FIELD_RULES,
    computedOutputs: ["clientSecretArn", "previousClientSecret", "clientSecretId", "clientSecretCreateDate", "previousClientSecretId", "previousClientSecretCreateDate"],
    secretOutputs: ["clientSecret", "previousClientSecret"],
    // A custom secret changed to another value rotates in place (changesInPlace); adding or removing one replaces the client.
    replaces: ["generateSecret", "clientSecret"],
    replacesOnlySometimes: ["clientSecret"],
    updatedWithClient: ["publishSecretsInAwsSecretsManager"],
    operations: SECRETS_OPERATIONS,
    readOperations: ["ListUserPoolClientSecrets"],
    folder: "secrets",
    normalize: (config) => ({
        generateSecret: config.generateSecret === true ? true : undefined,
        clientSecret: config.clientSecret,
        rotateSecretWhenChanged: rotationKeepers(config),
        keepPreviousSecret: config.keepPreviousSecret === false ? false : undefined,
        publishSecretsInAwsSecretsManager: config.publishSecretsInAwsSecretsManager === false ? undefined : config.publishSecretsInAwsSecretsManager,
    }),
    storedForComparison(stored, desired) {
        // A generated secret is not an argument: the custom secret is compared only when the program gives one, or
        // when the stored client had a custom secret that the program removed.
        if (desired.clientSecret !== undefined || (stored.generateSecret !== true && stored.clientSecret !== undefined)) return stored;
        const { clientSecret: _generated, ...rest } = stored;
        return rest;
    },
    changesInPlace: (olds, news) => (isCustomSecretRotation(olds, news) ? ["clientSecret"] : []),
    adoptedInputs: (outputs) => ({
        ...steering(outputs),
        generateSecret: outputs.generateSecret,
        publishSecretsInAwsSecretsManager: outputs.publishSecretsInAwsSecretsManager,
        // A secret the program did not set (generated) is not an input.
        clientSecret: outputs.generateSecret ? undefined : outputs.clientSecret,
    }),
    expandCreate: (inputs) => dropUndefined({ GenerateSecret: inputs.generateSecret, ClientSecret: inputs.clientSecret, PublishSecretsInAWSSecretsManager: inputs.publishSecretsInAwsSecretsManager }),
    // Stated every time, so the client ends as the program says (omitted, Cognito keeps what it has); only a
    // generated secret can be published.
    expandUpdate: (inputs) => dropUndefined({ PublishSecretsInAWSSecretsManager: inputs.generateSecret === true ? inputs.publishSecretsInAwsSecretsManager === true : undefined }),
    flatten: (client, carried) => ({
        generateSecret: carried.generateSecret,
        clientSecret: client.ClientSecret,
        // Describe does not return the flag: a secret in Secrets Manager is the sign of it.
        publishSecretsInAwsSecretsManager: client.ClientSecretArn !== undefined ? true : undefined,
        clientSecretArn: client.ClientSecretArn,
    }),
    refusal: (olds, news) => secretPlanRefusal(olds, planSecretChange(olds, news)),
    async create(_ctx, inputs) {
        return steering(inputs);
    },
    async update(ctx, previous, desired, live) {
        const plan = planSecretChange(previous, desired);
        let state = secretStateOf(previous);
        const api = secretApi(ctx.api);
        if (plan.rotate) state = await rotateSecret(api, ctx.userPoolId, ctx.clientId, state, plan.rotate.value, plan.keepPrevious);
        else if (plan.retirePrevious) state = await retirePreviousSecret(api, ctx.userPoolId, ctx.clientId, state);
        // Before any rotation the secret is the one Describe shows (kept from state if an answer leaves it out).
        if (!tracksSecretIds(state)) state = { clientSecret: live.clientSecret ?? previous.clientSecret };
        return { ...secretOutputs(live, state), ...steering(desired) };
    },
    async read(ctx, stored, live) {
        const state = secretStateOf(stored);
        // After a rotation Describe shows the original secret, or none: the secrets are state's, checked by ID.
        const reconciled = live.clientSecretArn !== undefined
            ? secretOutputs(live, {})
            : tracksSecretIds(state) ? secretOutputs(live, reconcileSecrets(state, await listSecrets(ctx.api, ctx.userPoolId, ctx.clientId))) : {};
        return { ...reconciled, ...steering(stored) };
    },
    async import(ctx, described, program) {
        // Both secrets are shown, and a client whose original secret was rotated away (no ClientSecret in Describe)
        // still counts as having a secret.
        const listed = await listSecretsOfAny(ctx, described);
        const hasSecret = described.ClientSecret !== undefined || described.ClientSecretArn !== undefined || listed.length > 0;
        // Cognito does not say whether a secret was generated. Read by ID alone (the plugin's import, `get`), a live
        // secret not of the generated form is custom: it becomes the `clientSecret` input, which code that reads it from
        // secret config matches. For the import option, a program's custom secret makes the live one custom when they
        // are equal, or when it is not of the generated form (a new value then rotates it); a live secret of the
        // generated form that differs stays generated, so the change replaces the client.
        const given = program?.clientSecret;
        const generated = hasSecret && (described.ClientSecret === undefined || looksGenerated(described.ClientSecret));
        const generateSecret = given === undefined ? generated : described.ClientSecret === given ? false : generated;
        return { generateSecret, ...secretOutputs({ clientSecretArn: described.ClientSecretArn }, importedSecrets(listed, described.ClientSecret)), ...(program ? steering(program) : {}) };
    },
    explain: (error) => error as Error,
};
