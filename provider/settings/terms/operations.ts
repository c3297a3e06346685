/** The terms documents' Cognito operations, through the transport's generic send. */
import { isAmbiguousFailure } from "../../aws";
import type { SettingOperations } from "../setting";
import type { TermsRequest, TermsAnswer } from "./plan";

export const TERMS_OPERATIONS = ["CreateTerms", "UpdateTerms", "DeleteTerms", "DescribeTermsByClient"] as const;

interface DescribedTerms {
    TermsId?: string;
    TermsName?: string;
    Links?: Record<string, string>;
    Enforcement?: string;
}

function termsAnswer(t: DescribedTerms): TermsAnswer {
    return { id: t.TermsId!, name: t.TermsName!, links: t.Links ?? {}, enforcement: t.Enforcement ?? "NONE" };
}

const documentMembers = (document: TermsRequest) => ({ TermsName: document.name, TermsSource: "LINK", Enforcement: document.enforcement, Links: document.links });

/**
 * Creates a terms document of the client. Not idempotent, but Cognito keeps one document of each kind per
 * client: when an attempt fails ambiguously, the document that attempt made is looked up by kind first.
 */
export async function createTerms(api: SettingOperations, userPoolId: string, clientId: string, document: TermsRequest): Promise<TermsAnswer> {
    const response = await api.request<{ Terms?: DescribedTerms }>("CreateTerms", { UserPoolId: userPoolId, ClientId: clientId, ...documentMembers(document) }, {
        action: `creating the ${document.name} document of`,
        target: `${userPoolId}/${clientId}`,
        recover: async (error) => {
            const made = isAmbiguousFailure(error) ? await describedTerms(api, userPoolId, clientId, document.name) : undefined;
            return made ? { Terms: made } : undefined;
        },
    });
    return termsAnswer(response.Terms!);
}

/** Replaces a terms document's links and enforcement. */
export async function updateTerms(api: SettingOperations, userPoolId: string, termsId: string, document: TermsRequest): Promise<TermsAnswer> {
    const response = await api.request<{ Terms?: DescribedTerms }>("UpdateTerms", { UserPoolId: userPoolId, TermsId: termsId, ...documentMembers(document) }, {
        action: `updating the ${document.name} document of`,
        target: `${userPoolId} (${termsId})`,
    });
    return termsAnswer(response.Terms!);
}

/** Deletes a terms document; one that is already gone counts as deleted. */
export async function deleteTerms(api: SettingOperations, userPoolId: string, termsId: string): Promise<void> {
    await api.request("DeleteTerms", { UserPoolId: userPoolId, TermsId: termsId }, { action: "deleting a terms document of", target: `${userPoolId} (${termsId})`, notFound: "absent" });
}

/** The client's terms document of a kind, or undefined when it has none. */
export async function describeTerms(api: SettingOperations, userPoolId: string, clientId: string, name: string): Promise<TermsAnswer | undefined> {
    const described = await describedTerms(api, userPoolId, clientId, name);
    return described ? termsAnswer(described) : undefined;
}

async function describedTerms(api: SettingOperations, userPoolId: string, clientId: string, name: string): Promise<DescribedTerms | undefined> {
    const response = await api.request<{ Terms?: DescribedTerms } | undefined>("DescribeTermsByClient", { UserPoolId: userPoolId, ClientId: clientId, TermsName: name }, {
        action: `reading the ${name} document of`,
        target: `${userPoolId}/${clientId}`,
        notFound: "absent",
    });
    return response?.Terms;
}
