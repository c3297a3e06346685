/**
 * The smallest IAM policy the package needs, from the operations it declares: the client's own (`CLIENT_OPERATIONS`)
 * and each setting's (`operations`, which the provider enforces: a setting can send no operation it does not
 * declare). A client read by ID alone (import, `get`, the `import` option) makes every setting's reads
 * (`readOperations`), whether or not it uses the setting, so every policy holds those; the rest of a setting's
 * operations only when the program uses it. The IAM action of operation `X` is `cognito-idp:X`, on the user pools.
 *
 * Pure: the `iam-policy` command (cli/clients.ts) reads the stack and prints what this returns.
 */
import { CLIENT_OPERATIONS } from "./aws";
import { clientFaceOf } from "./resourceTypes";
import { CLIENT_SETTINGS, ClientSetting } from "./settings";

export interface PolicyDocument {
    Version: "2012-10-17";
    Statement: { Effect: "Allow"; Action: string[]; Resource: string }[];
}

/** Where the policy applies: every user pool, or those of a region and account. */
export interface PolicyScope {
    region?: string;
    account?: string;
}

/** The settings' names on the command line: their folders under settings/. */
export const SETTING_FOLDERS: readonly string[] = CLIENT_SETTINGS.map((s) => s.folder);

/** The operations a setting's `import` step calls. */
export const readOperationsOf = (setting: ClientSetting): readonly string[] => setting.readOperations ?? setting.operations;

/**
 * The operations of a program whose clients use `settings`: the client's own, every setting's reads (any client can
 * be read by ID), and all operations of the settings used.
 */
export function operationsFor(settings: readonly ClientSetting[]): string[] {
    return [...new Set<string>([...CLIENT_OPERATIONS, ...CLIENT_SETTINGS.flatMap(readOperationsOf), ...settings.flatMap((s) => s.operations)])].sort();
}

/** Every operation the package can call (`iam-policy --all`). */
export const allOperations = (): string[] => operationsFor(CLIENT_SETTINGS);

/** The settings of these command-line names (folders); `unknown`: the names no setting has. */
export function settingsNamed(names: readonly string[]): { settings: ClientSetting[]; unknown: string[] } {
    const unknown = names.filter((n) => !SETTING_FOLDERS.includes(n));
    return { settings: CLIENT_SETTINGS.filter((s) => names.includes(s.folder)), unknown };
}

const isSet = (value: unknown) => value !== undefined && value !== null;

/** The settings that clients of these inputs use: one of a setting's arguments is set in some client's inputs. */
export function settingsUsedBy(inputs: readonly Record<string, unknown>[]): ClientSetting[] {
    return CLIENT_SETTINGS.filter((s) => inputs.some((i) => Object.keys(s.rules).some((argument) => isSet(i[argument]))));
}

/** What a stack export (`pulumi stack export`) holds, as far as this reads it. */
export interface ExportedResources {
    deployment?: { resources?: { type: string; inputs?: Record<string, unknown> }[] };
}

/** The inputs of the stack's UserPoolClients, of both types (the dynamic resource's and the plugin's). */
export function clientInputsOf(exported: ExportedResources): Record<string, unknown>[] {
    return (exported.deployment?.resources ?? []).filter((r) => clientFaceOf(r.type) !== undefined).map((r) => r.inputs ?? {});
}

/** The partition of a region's ARNs. */
function partitionOf(region: string | undefined): string {
    if (region?.startsWith("cn-")) return "aws-cn";
    if (region?.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
}

/** The user pools the policy applies to. */
export const userPoolsArn = (scope: PolicyScope = {}): string => `arn:${partitionOf(scope.region)}:cognito-idp:${scope.region ?? "*"}:${scope.account ?? "*"}:userpool/*`;

/** The policy document that allows these operations (sorted, once each) on the user pools of `scope`. */
export function policyDocument(operations: readonly string[], scope: PolicyScope = {}): PolicyDocument {
    const actions = [...new Set(operations)].sort().map((op) => `cognito-idp:${op}`);
    return { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: userPoolsArn(scope) }] };
}

/** The policy as the command prints it. */
export const policyText = (document: PolicyDocument): string => JSON.stringify(document, null, 2);
