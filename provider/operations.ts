/**
 * Every client operation of the Cognito service model, accounted for. An operation is a client operation when its
 * input or output reaches a structure with a `ClientId` member (through members, list members, map keys and values),
 * so the list and describe operations of a client's parts count too. Each is exactly one of: called by the package
 * (the client's own `CLIENT_OPERATIONS`, or a setting's `operations`), or listed below as an operation of run time,
 * superseded, or not managed yet, each with its reason. `tests/unit/operations.spec.ts` holds the pinned model to
 * this: an operation AWS adds fails it until it is used or listed here, and an operation listed here that the package
 * starts to call fails it until it leaves the list, so the lists only shrink.
 *
 * Pure data and pure functions: it imports only the declarations (`./aws`, `./settings`), and nothing imports it but
 * the tests.
 */
import { CLIENT_OPERATIONS } from "./aws";
import { SETTING_OPERATIONS } from "./settings";

/** Operations of sign-in, tokens and sessions: what applications call with the client at run time, not its configuration. */
export const RUN_TIME_OPERATIONS: Record<string, string> = {
    AdminInitiateAuth: "signs a user in (server side); the application's call, not the client's configuration",
    AdminRespondToAuthChallenge: "answers a sign-in challenge (server side); the application's call",
    ConfirmForgotPassword: "completes a user's password reset; the application's call",
    ConfirmSignUp: "confirms a user's sign-up; the application's call",
    ForgotPassword: "starts a user's password reset; the application's call",
    GetClientToken: "issues a token to a client at run time; not the client's configuration",
    GetDerivedToken: "issues a token derived from a user's token at run time; not the client's configuration",
    GetTokensFromRefreshToken: "exchanges a refresh token for new tokens; the application's call",
    InitiateAuth: "signs a user in (client side); the application's call",
    ResendConfirmationCode: "sends a user's confirmation code again; the application's call",
    RespondToAuthChallenge: "answers a sign-in challenge (client side); the application's call",
    RevokeToken: "revokes a user's refresh token; the application's call",
    SignUp: "registers a user; the application's call",
    AdminListUserSessions: "lists a user's sessions, each naming its client; user data, not the client's configuration",
    ListUserSessions: "lists the signed-in user's sessions, each naming its client; user data, not the client's configuration",
};

/** Reads by ID that the package replaces with a read by client: import and refresh know the client, not the document. */
export const SUPERSEDED_OPERATIONS: Record<string, string> = {
    DescribeTerms: "reads one document by its TermsId; the package reads a client's documents by client ID and name (the by-client read), which also works when only the client is known (import)",
};

/** Parts of a client the package does not manage yet, each planned as a setting; a setting that calls one must remove it from here. */
export const NOT_YET_MANAGED_OPERATIONS: Record<string, string> = {
};

/** The lists of operations the package does not call, by what they are. */
export const OPERATION_LISTS: Readonly<Record<string, Record<string, string>>> = {
    "run time": RUN_TIME_OPERATIONS,
    superseded: SUPERSEDED_OPERATIONS,
    "not yet managed": NOT_YET_MANAGED_OPERATIONS,
};

/** Every operation the package calls: the client's own and every setting's. */
export const PACKAGE_OPERATIONS: readonly string[] = [...new Set<string>([...CLIENT_OPERATIONS, ...SETTING_OPERATIONS])];

/** The part of a service model (botocore's service-2.json) these functions read. */
export interface ServiceModel {
    operations: Record<string, { input?: { shape: string }; output?: { shape: string } }>;
    shapes: Record<string, { type: string; members?: Record<string, { shape: string }>; member?: { shape: string }; key?: { shape: string }; value?: { shape: string } }>;
}

/** The member that makes an operation a client operation. */
export const CLIENT_ID_MEMBER = "ClientId";

/** The operations whose input or output reaches a structure with `member`, through members, list members, map keys and values. */
export function operationsReaching(model: ServiceModel, member = CLIENT_ID_MEMBER): string[] {
    const childrenOf = (name: string) => {
        const shape = model.shapes[name];
        return !shape ? [] : [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value].filter((c): c is { shape: string } => c !== undefined).map((c) => c.shape);
    };
    // A fixed point, so recursive shapes need no care: a shape reaches the member when it has it or a child reaches it.
    const reaching = new Set(Object.keys(model.shapes).filter((name) => model.shapes[name].type === "structure" && member in (model.shapes[name].members ?? {})));
    for (let grew = true; grew; ) {
        grew = false;
        for (const name of Object.keys(model.shapes)) {
            if (!reaching.has(name) && childrenOf(name).some((c) => reaching.has(c))) {
                reaching.add(name);
                grew = true;
            }
        }
    }
    return Object.entries(model.operations)
        .filter(([, op]) => [op.input, op.output].some((io) => io !== undefined && reaching.has(io.shape)))
        .map(([name]) => name)
        .sort();
}

/** The client operations of the model that the package neither calls nor lists: each must become one or the other. */
export function unaccountedOperations(model: ServiceModel, used: readonly string[] = PACKAGE_OPERATIONS, lists: Readonly<Record<string, Record<string, string>>> = OPERATION_LISTS): string[] {
    const accounted = new Set([...used, ...Object.values(lists).flatMap((l) => Object.keys(l))]);
    return operationsReaching(model).filter((op) => !accounted.has(op));
}

/** Operations the package calls that a list still holds (as `<operation> (<list>)`): the list must lose them. */
export function wronglyListed(used: readonly string[] = PACKAGE_OPERATIONS, lists: Readonly<Record<string, Record<string, string>>> = OPERATION_LISTS): string[] {
    return Object.entries(lists).flatMap(([list, ops]) => Object.keys(ops).filter((op) => used.includes(op)).map((op) => `${op} (${list})`)).sort();
}

/** Operations in more than one list (as `<operation> (<list>, <list>)`). */
export function listedTwice(lists: Readonly<Record<string, Record<string, string>>> = OPERATION_LISTS): string[] {
    const where = new Map<string, string[]>();
    for (const [list, ops] of Object.entries(lists)) for (const op of Object.keys(ops)) where.set(op, [...(where.get(op) ?? []), list]);
    return [...where].filter(([, ls]) => ls.length > 1).map(([op, ls]) => `${op} (${ls.join(", ")})`).sort();
}

/** Listed operations that are no client operation of the model (renamed, removed, or never one): the list must lose them. */
export function staleListings(model: ServiceModel, lists: Readonly<Record<string, Record<string, string>>> = OPERATION_LISTS): string[] {
    const client = new Set(operationsReaching(model));
    return Object.entries(lists).flatMap(([list, ops]) => Object.keys(ops).filter((op) => !client.has(op)).map((op) => `${op} (${list})`)).sort();
}
