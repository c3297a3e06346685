/** Pure: the requests for the documents, their normal form, what an update does, and what the errors mean. */
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, primaryRegionHelp, withHelp } from "../../errors";
import { deepEqual } from "../../json";
import { isUnknown } from "../../schema";
import type { Terms, TermsDocument, TermsInputs, TermsOutputs } from "./args";
import { TERMS_ENFORCEMENTS, TERMS_KINDS, TERMS_LANGUAGES, TermsKind } from "./rules";

/** A terms document as the API takes it: `TermsName`, `Links` keyed `cognito:<language>`, `Enforcement`. */
export interface TermsRequest {
    name: string;
    links: Record<string, string>;
    enforcement: string;
}

/** A terms document as the API describes it. */
export interface TermsAnswer extends TermsRequest {
    id: string;
}

export const KINDS = Object.keys(TERMS_KINDS) as TermsKind[];
export const ID_OUTPUT = { termsOfUse: "termsOfUseId", privacyPolicy: "privacyPolicyId" } as const satisfies Record<TermsKind, keyof TermsOutputs>;
const DEFAULT_ENFORCEMENT = TERMS_ENFORCEMENTS[0];
const LANGUAGE_OF_ID = Object.fromEntries(Object.entries(TERMS_LANGUAGES).map(([language, id]) => [id, language])) as Record<string, string>;

type Stored = Partial<ClientOutputs & TermsInputs & TermsOutputs>;

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
export function plannedTermsWork(olds: Stored, news: TermsInputs): Partial<Record<TermsKind, TermsStep>> {
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
export const usesTerms = (stored: Stored): boolean => stored.terms !== undefined || KINDS.some((kind) => stored[ID_OUTPUT[kind]] !== undefined);

const REGION_HELP = primaryRegionHelp("terms documents are");

/** An error of a terms call, with what to do when that is the cause. */
export function explainTermsError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError) || error.awsErrorName !== "OperationNotEnabledException") return error as Error;
    return withHelp(error, `${REGION_HELP} (user pool ${userPoolId}). ${error.message}`);
}

/**
 * The warning for terms with one kind of document: Cognito shows terms on the sign-up page only when both kinds
 * exist in at least one language. A warning, not an error: a client may be set up in two steps, and adopted clients
 * may have one kind.
 */
export function oneTermsKindWarning(terms: { termsOfUse?: unknown; privacyPolicy?: unknown } | undefined): string | undefined {
    if (!terms || typeof terms !== "object") return undefined;
    const given = terms.termsOfUse !== undefined ? "termsOfUse" : "privacyPolicy";
    const missing = given === "termsOfUse" ? "privacyPolicy" : "termsOfUse";
    if ((terms.termsOfUse === undefined) === (terms.privacyPolicy === undefined)) return undefined;
    return `terms: only ${given} is given; managed login shows terms documents only when both kinds exist in at least one language, so add ${missing} for the links to appear on the sign-up page.`;
}
