/**
 * The client's terms documents (`terms`): links to its terms of use and privacy policy that managed login shows on
 * the sign-up page. Cognito keeps them with their own operations (`CreateTerms`, `UpdateTerms`, `DeleteTerms`,
 * `DescribeTermsByClient`), one document of each kind per client, each a map of links by language.
 *
 * This folder holds all of it: its arguments (`args.ts`), limits and rules (`rules.ts`), the requests, normal form
 * and update plan (`plan.ts`), its Cognito operations (`operations.ts`), and, here, its steps.
 */
import type { ClientSetting, SettingContext, SettingOutputs } from "../setting";
import type { Terms, TermsInputs, TermsOutputs } from "./args";
import { createTerms, deleteTerms, describeTerms, TERMS_OPERATIONS, updateTerms } from "./operations";
import { ID_OUTPUT, KINDS, TermsAnswer, explainTermsError, normalizeTerms, oneTermsKindWarning, plannedTermsWork, termsDocumentOf, termsRequest, usesTerms } from "./plan";
import { TERMS_CROSS_FIELD_RULES, TERMS_KINDS, TERMS_RULES, TermsKind } from "./rules";

export { explainTermsError, normalizeTerms, oneTermsKindWarning, plannedTermsWork, termsDocumentOf, termsRequest, usesTerms } from "./plan";
export { createTerms, deleteTerms, describeTerms, updateTerms } from "./operations";
export type { TermsAnswer, TermsRequest } from "./plan";
export { TERMS_ENFORCEMENTS, TERMS_KINDS, TERMS_LANGUAGES, TERMS_LINKS, TERMS_SOURCES } from "./rules";

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
    for (const kind of KINDS) answers[kind] = await describeTerms(ctx.api, ctx.userPoolId, ctx.clientId, TERMS_KINDS[kind]);
    return answers;
}

export const terms: ClientSetting<TermsInputs, TermsOutputs> = {
    name: "terms documents",
    rules: TERMS_RULES,
    crossFieldRules: TERMS_CROSS_FIELD_RULES,
    computedOutputs: ["termsOfUseId", "privacyPolicyId"],
    operations: TERMS_OPERATIONS,
    readOperations: ["DescribeTermsByClient"],
    folder: "terms",
    normalize: (config) => ({ terms: normalizeTerms(config.terms) }),
    warning: (inputs) => oneTermsKindWarning(inputs.terms),
    async create(ctx, inputs) {
        const outs: SettingOutputs = { terms: inputs.terms };
        for (const kind of KINDS) {
            const document = inputs.terms?.[kind];
            if (document) outs[ID_OUTPUT[kind]] = (await createTerms(ctx.api, ctx.userPoolId, ctx.clientId, termsRequest(kind, document))).id;
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
            if (plan[kind] === "create") outs[ID_OUTPUT[kind]] = (await createTerms(ctx.api, ctx.userPoolId, ctx.clientId, termsRequest(kind, document!))).id;
            else if (plan[kind] === "update") outs[ID_OUTPUT[kind]] = (await updateTerms(ctx.api, ctx.userPoolId, id!, termsRequest(kind, document!))).id;
            else if (plan[kind] === "delete") {
                await deleteTerms(ctx.api, ctx.userPoolId, id!);
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
