/**
 * Terms documents' limits (`CreateTerms`): per client one of each kind, each a map of links by language. The languages
 * are those of managed login localization; the program names them in camel case, Cognito as `cognito:<language>`.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateTerms.html
 */
import { ArgumentRule, CrossFieldRule, NO_WHITESPACE, ObjectRule, given, isObject } from "../../rules";
import { isUnknown } from "../../schema";
import type { TermsInputs } from "./args";

export const TERMS_KINDS = { termsOfUse: "terms-of-use", privacyPolicy: "privacy-policy" } as const;
export type TermsKind = keyof typeof TERMS_KINDS;
export const TERMS_LANGUAGES = {
    default: "cognito:default",
    dutch: "cognito:dutch",
    english: "cognito:english",
    french: "cognito:french",
    spanish: "cognito:spanish",
    german: "cognito:german",
    bahasaIndonesia: "cognito:bahasa-indonesia",
    italian: "cognito:italian",
    japanese: "cognito:japanese",
    korean: "cognito:korean",
    portugueseBrazil: "cognito:portuguese-brazil",
    chineseSimplified: "cognito:chinese-simplified",
    chineseTraditional: "cognito:chinese-traditional",
} as const;
export const TERMS_LINKS = { min: 1, max: 13 } as const;
export const TERMS_SOURCES = ["LINK"] as const;
export const TERMS_ENFORCEMENTS = ["NONE"] as const;

/** A terms document: links by language (the model's LinksType, 1–13 URLs of 1–1024 characters), enforcement NONE. */
const TERMS_DOCUMENT_RULE: ObjectRule = {
    kind: "object",
    fields: {
        links: {
            kind: "map", required: true, keys: Object.keys(TERMS_LANGUAGES), entries: TERMS_LINKS, example: '{ default: "https://example.com/terms" }',
            value: { kind: "string", minLength: 1, maxLength: 1024, ...NO_WHITESPACE },
        },
        enforcement: { kind: "string", oneOf: TERMS_ENFORCEMENTS },
    },
};

export const TERMS_RULES: Record<keyof TermsInputs, ArgumentRule> = {
    terms: { kind: "object", fields: { termsOfUse: TERMS_DOCUMENT_RULE, privacyPolicy: TERMS_DOCUMENT_RULE } },
};

export const TERMS_CROSS_FIELD_RULES: readonly CrossFieldRule<TermsInputs>[] = [
    (inputs, fail) => {
        const terms = inputs.terms;
        if (isObject(terms) && !isUnknown(terms) && !given(terms.termsOfUse) && !given(terms.privacyPolicy)) {
            fail("terms", "needs termsOfUse, privacyPolicy or both; received neither (leave terms out for none)");
        }
    },
];
