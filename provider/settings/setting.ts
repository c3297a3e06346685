/**
 * The shape every per-client setting shares: a part of the client that Cognito keeps behind operations of its own
 * (the secrets, the SSO session, the managed login branding style, the terms documents), or that owns members of the
 * client's own requests (the secret switches). Each setting is one folder, `settings/<name>/`: its types, its rules,
 * its normal form, the Cognito operations it calls and its steps. The core (`validate.ts`, `mapping.ts`, `diff.ts`,
 * `provider.ts`, `resource.ts`) goes through the list in `settings/index.ts` and names no setting; a new setting is a
 * folder and one line there.
 *
 * Each step returns the outputs the setting records, as a partial of the client's outputs: a key set to undefined
 * is removed. A setting makes calls only for clients that use it, except when a client is read by ID alone (import,
 * `get`), where only the calls can tell.
 */
import type { ClientInputs, ClientOutputs } from "../clientArgs";
import type { ArgumentRule, CrossFieldRule } from "../rules";
import type { CognitoOperations } from "../requests";
import type { CreateClientRequest, DescribedClient, UpdateClientRequest } from "../wireMembers";

/** The Cognito operations a step may send: the transport's one generic way, limited to those the setting declares. */
export type SettingOperations = CognitoOperations;

/** The client a step works on. */
export interface SettingContext {
    api: SettingOperations;
    userPoolId: string;
    clientId: string;
}

export type SettingOutputs = Record<string, unknown>;

/** The inputs and outputs a setting sees: the client's own, and its own part (`I`, `O`). */
export type Inputs<I> = ClientInputs & I;
export type Outputs<I, O> = ClientOutputs & I & O;

// `any` defaults: the list holds settings of different parts; each setting is typed by its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ClientSetting<I extends object = any, O extends object = any> {
    /** What the setting is called in messages. */
    readonly name: string;
    /** The arguments it owns, each with its rule: its limits as data, in the rule form of the client's own arguments. */
    readonly rules: Readonly<Record<keyof I & string, ArgumentRule>>;
    /** In messages and in the order of failures, its arguments follow this argument of the client. @default - after the client's own */
    readonly listedAfter?: string;
    /** Rules that involve its arguments and others, run after every argument passed its own rule. */
    readonly crossFieldRules?: readonly CrossFieldRule<Inputs<I>>[];
    /** Outputs it computes (IDs, dates, the secrets' history): never arguments, never compared. */
    readonly computedOutputs?: readonly (keyof O & string)[];
    /** Outputs that are always Pulumi secrets. */
    readonly secretOutputs?: readonly string[];
    /** Its arguments whose change forces a new client, unless `changesInPlace` says otherwise for one change. */
    readonly replaces?: readonly (keyof I & string)[];
    /** Of `replaces`, those `changesInPlace` may name: replacing only for some changes, so never `replaceOnChanges`. */
    readonly replacesOnlySometimes?: readonly (keyof I & string)[];
    /** Its arguments that are members of UpdateUserPoolClient: a change of one of them updates the client. */
    readonly updatedWithClient?: readonly (keyof I & string)[];
    /** The Cognito operations it calls (the IAM actions it needs are `cognito-idp:<operation>`). */
    readonly operations: readonly string[];
    /**
     * The part of `operations` its `import` step calls: a client read by ID alone (import, `get`, the `import` option)
     * makes these calls whether or not the client uses the setting, so every stack's IAM policy holds them.
     * @default - all of `operations`
     */
    readonly readOperations?: readonly string[];
    /** Its folder under `settings/`, which is also its name on the command line (`iam-policy --settings <folder>`). */
    readonly folder: string;

    /** Pure: its arguments in the normal form in which two configurations compare (unset and default alike). */
    normalize(config: Partial<Outputs<I, O>>): Record<string, unknown>;
    /** Pure: the stored outputs as they compare with the program's arguments (e.g. a generated value the program cannot give). */
    storedForComparison?(stored: Partial<Outputs<I, O>>, desired: Partial<Inputs<I>>): Partial<Outputs<I, O>>;
    /** Pure: which of `replaces` this change alters in place after all. */
    changesInPlace?(olds: Partial<Outputs<I, O>>, news: Partial<Inputs<I>>): readonly string[];
    /** Pure: its arguments as the inputs of a client adopted from these outputs. @default - its arguments' outputs */
    adoptedInputs?(outputs: Partial<Outputs<I, O>>): Record<string, unknown>;
    /** Pure: the members of CreateUserPoolClient it sets. */
    expandCreate?(inputs: Inputs<I>): Partial<CreateClientRequest>;
    /** Pure: the members of UpdateUserPoolClient it sets. */
    expandUpdate?(inputs: Inputs<I>): Partial<UpdateClientRequest>;
    /** Pure: its outputs read from the described client; `carried`: the program's or the stored values Cognito does not return. */
    flatten?(client: DescribedClient, carried: Partial<Inputs<I>>): SettingOutputs;
    /** Pure: a warning for arguments that are valid but probably not what the program means. */
    warning?(inputs: Partial<Inputs<I>>): string | undefined;
    /** Pure: why the change from the stored outputs to the arguments cannot be made, if it cannot (shown at preview). */
    refusal?(olds: Outputs<I, O>, news: Inputs<I>): string | undefined;

    /** After CreateUserPoolClient. A failure makes the provider delete the client again (after `beforeDelete`). */
    create(ctx: SettingContext, inputs: Inputs<I>, created: Outputs<I, O>): Promise<SettingOutputs>;
    /** On update, after the client's configuration: from the stored outputs to the arguments, removal included. */
    update(ctx: SettingContext, previous: Outputs<I, O>, desired: Inputs<I>, live: Outputs<I, O>): Promise<SettingOutputs>;
    /** On refresh: the live state, read only when the stored outputs use the setting. */
    read(ctx: SettingContext, stored: Outputs<I, O>, live: Outputs<I, O>): Promise<SettingOutputs>;
    /** Read by ID alone (import, `get`, the `import` option, whose program arguments are given). */
    import(ctx: SettingContext, described: DescribedClient, program?: Partial<Inputs<I>>): Promise<SettingOutputs>;
    /** Before DeleteUserPoolClient, for what Cognito would leave behind when the client goes. */
    beforeDelete?(ctx: SettingContext, stored: Partial<Outputs<I, O>>): Promise<void>;
    /** An error of its calls, with what to enable when that is the cause. */
    explain(error: unknown, userPoolId: string): Error;
}

/** Outputs with a setting's outputs applied: keys it sets to undefined are removed. */
export function applyOutputs<T extends object>(outs: T, partial: SettingOutputs): T {
    const merged: Record<string, unknown> = { ...outs, ...partial };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged as T;
}

/** A setting's arguments. */
export const argumentsOf = (setting: ClientSetting): string[] => Object.keys(setting.rules);
