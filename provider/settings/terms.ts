/**
 * The client's terms documents (`terms`): links to its terms of use and privacy policy that managed login shows on
 * the sign-up page. Cognito keeps them with their own operations (`CreateTerms`, `UpdateTerms`, `DeleteTerms`,
 * `DescribeTermsByClient`), one document of each kind per client, each a map of links by language.
 *
 * The mapping and planning functions are pure; the setting at the end makes the calls through the API module.
 */
import type { Terms, TermsDocument, UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import type { TermsAnswer, TermsRequest } from "../aws";
import { CognitoApiError, primaryRegionHelp, withHelp } from "../errors";
import { deepEqual } from "../json";
import { TERMS_ENFORCEMENTS, TERMS_KINDS, TERMS_LANGUAGES, TermsKind, isUnknown } from "../schema";
import type { ClientSetting, SettingContext, SettingOutputs } from "./setting";

const KINDS = Object.keys(TERMS_KINDS) as TermsKind[];
const ID_OUTPUT = { termsOfUse: "termsOfUseId", privacyPolicy: "privacyPolicyId" } as const satisfies Record<TermsKind, keyof UserPoolClientOutputs>;
const DEFAULT_ENFORCEMENT = TERMS_ENFORCEMENTS[0];
const LANGUAGE_OF_ID = Object.fromEntries(Object.entries(TERMS_LANGUAGES).map(([language, id]) => [id, language])) as Record<string, string>;

/** The request for a document: links keyed `cognito:<language>`. */
export function termsRequest(kind: TermsKind, document: TermsDocument): TermsRequest {
    const links = Object.fromEntries(Object.entries(document.links).map(([language, url]) => [TERMS_LANGUAGES[language as keyof typeof TERMS_LANGUAGES], url]));
    return { name: TERMS_KINDS[kind], links, enforcement: document.enforcement ?? DEFAULT_ENFORCEMENT };
}

/** A described document in the program's form: links keyed by language. */
export function termsDocumentOf(answer: TermsAnswer): TermsDocument {
    const links = Object.fromEntries(Object.entries(answer.links).map(([id, url]) => [LANGUAGE_OF_ID[id] ?? id, url]));
    return { links, enforcement: answer.enforcement };
}

/** Normal form for comparison: enforcement NONE as unset, no empty terms. Link order never matters (objects). */
export function normalizeTerms(terms: Terms | undefined): Terms | undefined {
    if (terms === undefined || isUnknown(terms)) return terms;
    const normal: Terms = {};
    for (const kind of KINDS) {
        const document = terms[kind];
        if (document === undefined) continue;
        normal[kind] = isUnknown(document) ? document : { links: document.links, ...(document.enforcement !== undefined && document.enforcement !== DEFAULT_ENFORCEMENT ? { enforcement: document.enforcement } : {}) };
    }
    return Object.keys(normal).length ? normal : undefined;
}

export type TermsStep = "create" | "update" | "delete";

/** What an update does to each kind of document, from the stored outputs to the program's arguments. */
export function plannedTermsWork(olds: Partial<UserPoolClientOutputs>, news: Partial<UserPoolClientInputs>): Partial<Record<TermsKind, TermsStep>> {
    const before = normalizeTerms(olds.terms);
    const after = normalizeTerms(news.terms);
    const plan: Partial<Record<TermsKind, TermsStep>> = {};
    for (const kind of KINDS) {
        const id = olds[ID_OUTPUT[kind]];
        if (after?.[kind] && id === undefined) plan[kind] = "create";
        else if (!after?.[kind] && id !== undefined) plan[kind] = "delete";
        else if (after?.[kind] && !deepEqual(after[kind], before?.[kind])) plan[kind] = "update";
    }
    return plan;
}

/** Whether reading the client must get its documents: its state has some. */
export const usesTerms = (stored: Partial<UserPoolClientOutputs>): boolean =>
    stored.terms !== undefined || KINDS.some((kind) => stored[ID_OUTPUT[kind]] !== undefined);

/** Outputs of the documents Cognito describes (both kinds). */
function describedOutputs(answers: Partial<Record<TermsKind, TermsAnswer>>): SettingOutputs {
    const terms: Terms = {};
    const outs: SettingOutputs = {};
    for (const kind of KINDS) {
        const answer = answers[kind];
        if (answer) terms[kind] = termsDocumentOf(answer);
        outs[ID_OUTPUT[kind]] = answer?.id;
    }
    return { ...outs, terms: Object.keys(terms).length ? terms : undefined };
}

async function describeBoth(ctx: SettingContext): Promise<Partial<Record<TermsKind, TermsAnswer>>> {
    const answers: Partial<Record<TermsKind, TermsAnswer>> = {};
    for (const kind of KINDS) answers[kind] = await ctx.api.describeTerms(ctx.userPoolId, ctx.clientId, TERMS_KINDS[kind]);
    return answers;
}

const REGION_HELP = primaryRegionHelp("terms documents are");

/** An error of a terms call, with what to do when that is the cause. */
export function explainTermsError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError) || error.awsErrorName !== "OperationNotEnabledException") return error as Error;
    return withHelp(error, `${REGION_HELP} (user pool ${userPoolId}). ${error.message}`);
}

export const terms: ClientSetting = {
    name: "terms documents",
    arguments: ["terms"],
    async create(ctx, inputs) {
        const outs: SettingOutputs = { terms: inputs.terms };
        for (const kind of KINDS) {
            const document = inputs.terms?.[kind];
            if (document) outs[ID_OUTPUT[kind]] = (await ctx.api.createTerms(ctx.userPoolId, ctx.clientId, termsRequest(kind, document))).id;
        }
        return outs;
    },
    async update(ctx, previous, desired) {
        const outs: SettingOutputs = { terms: desired.terms };
        const plan = plannedTermsWork(previous, desired);
        for (const kind of KINDS) {
            const id = previous[ID_OUTPUT[kind]];
            const document = desired.terms?.[kind];
            outs[ID_OUTPUT[kind]] = id;
            if (plan[kind] === "create") outs[ID_OUTPUT[kind]] = (await ctx.api.createTerms(ctx.userPoolId, ctx.clientId, termsRequest(kind, document!))).id;
            else if (plan[kind] === "update") outs[ID_OUTPUT[kind]] = (await ctx.api.updateTerms(ctx.userPoolId, id!, termsRequest(kind, document!))).id;
            else if (plan[kind] === "delete") {
                await ctx.api.deleteTerms(ctx.userPoolId, id!);
                outs[ID_OUTPUT[kind]] = undefined;
            }
        }
        return outs;
    },
    async read(ctx, stored) {
        // Read only for a client that has documents, so refresh shows a change or a deletion made outside Pulumi.
        return usesTerms(stored) ? describedOutputs(await describeBoth(ctx)) : {};
    },
    async import(ctx) {
        return describedOutputs(await describeBoth(ctx));
    },
    explain: explainTermsError,
};
