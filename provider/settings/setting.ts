/**
 * The shape every per-client setting shares: a part of the client that Cognito keeps behind operations of its own
 * (the secrets, the SSO session, the managed login branding style, the terms documents), not members of
 * UpdateUserPoolClient. `provider.ts` goes through the list in `settings/index.ts`; a new setting is a module of this
 * shape and one line there.
 *
 * Each step returns the outputs the setting records, as a partial of the client's outputs: a key set to undefined
 * is removed. A setting makes calls only for clients that use it, except when a client is read by ID alone (import,
 * `get`), where only the calls can tell.
 */
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import type { UserPoolClientApi } from "../aws";
import type { DescribedClient } from "../wireMembers";

/** The client a step works on. */
export interface SettingContext {
    api: UserPoolClientApi;
    userPoolId: string;
    clientId: string;
}

export type SettingOutputs = Partial<Record<keyof UserPoolClientOutputs, unknown>>;

export interface ClientSetting {
    /** What the setting is called in messages. */
    readonly name: string;
    /** The arguments it owns: set by its own operations, never sent with UpdateUserPoolClient. */
    readonly arguments: readonly (keyof UserPoolClientInputs)[];
    /** Pure: why the change from the stored outputs to the arguments cannot be made, if it cannot (shown at preview). */
    refusal?(olds: UserPoolClientOutputs, news: UserPoolClientInputs): string | undefined;
    /** After CreateUserPoolClient. A failure makes the provider delete the client again. */
    create(ctx: SettingContext, inputs: UserPoolClientInputs, created: UserPoolClientOutputs): Promise<SettingOutputs>;
    /** On update, after the client's configuration: from the stored outputs to the arguments, removal included. */
    update(ctx: SettingContext, previous: UserPoolClientOutputs, desired: UserPoolClientInputs, live: UserPoolClientOutputs): Promise<SettingOutputs>;
    /** On refresh: the live state, read only when the stored outputs use the setting. */
    read(ctx: SettingContext, stored: UserPoolClientOutputs, live: UserPoolClientOutputs): Promise<SettingOutputs>;
    /** Read by ID alone (import, `get`, the `import` option, whose program arguments are given). */
    import(ctx: SettingContext, described: DescribedClient, program?: Partial<UserPoolClientInputs>): Promise<SettingOutputs>;
    /** An error of its calls, with what to enable when that is the cause. */
    explain(error: unknown, userPoolId: string): Error;
}

/** Outputs with a setting's outputs applied: keys it sets to undefined are removed. */
export function applyOutputs(outs: UserPoolClientOutputs, partial: SettingOutputs): UserPoolClientOutputs {
    const merged: Record<string, unknown> = { ...outs, ...partial };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged as unknown as UserPoolClientOutputs;
}
