/** The terms documents' arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientTermsDocumentArgs {
    /**
     * The document's URL for each language, 1–13 of them: `default` (shown for every language without its own),
     * `dutch`, `english`, `french`, `spanish`, `german`, `bahasaIndonesia`, `italian`, `japanese`, `korean`,
     * `portugueseBrazil`, `chineseSimplified`, `chineseTraditional`. Each URL 1–1024 characters, no whitespace.
     */
    links: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** How Cognito enforces the document: `NONE`, the only value it has today. @default "NONE" */
    enforcement?: pulumi.Input<string>;
}

export interface UserPoolClientTermsArgs {
    /** The terms of use (`terms-of-use`). */
    termsOfUse?: pulumi.Input<UserPoolClientTermsDocumentArgs>;
    /** The privacy policy (`privacy-policy`). */
    privacyPolicy?: pulumi.Input<UserPoolClientTermsDocumentArgs>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface TermsArgs {
    /**
     * Links to the terms of use and the privacy policy that managed login shows on the client's sign-up page
     * (`CreateTerms`; Cognito keeps one document of each kind per client). Cognito shows them only when both kinds
     * exist in at least one language, so giving one alone draws a warning. Removing a document deletes it.
     * Unset, the client makes no terms call at all. Updates in place.
     * @default - no terms documents
     */
    terms?: pulumi.Input<UserPoolClientTermsArgs>;
}

export interface TermsDocument {
    links: Record<string, string>;
    enforcement?: string;
}

export interface Terms {
    termsOfUse?: TermsDocument;
    privacyPolicy?: TermsDocument;
}

export interface TermsInputs {
    terms?: Terms;
}

export interface TermsOutputs {
    /** Cognito's IDs of the terms documents. */
    termsOfUseId?: string;
    privacyPolicyId?: string;
}

/** Its outputs on the resource. */
export interface TermsResourceOutputs {
    /** The terms documents: as set, and as Cognito describes them after a refresh. */
    readonly terms: pulumi.Output<Terms | undefined>;
    /** Cognito's ID of the terms of use document. */
    readonly termsOfUseId: pulumi.Output<string | undefined>;
    /** Cognito's ID of the privacy policy document. */
    readonly privacyPolicyId: pulumi.Output<string | undefined>;
}
