/** The branding style's Cognito operations, through the transport's generic send. */
import { isAmbiguousFailure } from "../../aws";
import { dropUndefined } from "../../json";
import type { SettingOperations } from "../setting";
import type { BrandingAnswer, BrandingRequest } from "./plan";

export const BRANDING_OPERATIONS = ["CreateManagedLoginBranding", "UpdateManagedLoginBranding", "DeleteManagedLoginBranding", "DescribeManagedLoginBrandingByClient"] as const;

interface DescribedBranding {
    ManagedLoginBrandingId?: string;
    UseCognitoProvidedValues?: boolean;
    Settings?: unknown;
    Assets?: { Category?: string; ColorMode?: string; Extension?: string; Bytes?: Uint8Array; ResourceId?: string }[];
}

function brandingMembers(request: BrandingRequest) {
    return dropUndefined({
        UseCognitoProvidedValues: request.useCognitoProvidedValues,
        Settings: request.settings,
        Assets: request.assets?.map((a) => dropUndefined({ Category: a.category, ColorMode: a.colorMode, Extension: a.extension, Bytes: a.bytes, ResourceId: a.resourceId })),
    });
}

function brandingAnswer(b: DescribedBranding): BrandingAnswer {
    return {
        id: b.ManagedLoginBrandingId!,
        useCognitoProvidedValues: b.UseCognitoProvidedValues,
        settings: b.Settings === undefined || b.Settings === null ? undefined : (b.Settings as Record<string, unknown>),
        assets: (b.Assets ?? []).map((a) => ({ category: a.Category!, colorMode: a.ColorMode!, extension: a.Extension!, bytes: a.Bytes ?? new Uint8Array(), ...(a.ResourceId !== undefined ? { resourceId: a.ResourceId } : {}) })),
    };
}

/**
 * Creates the client's branding style. Not idempotent, but a client has at most one style: when an attempt fails
 * ambiguously, the style that attempt made is looked up first.
 */
export async function createBranding(api: SettingOperations, userPoolId: string, clientId: string, request: BrandingRequest): Promise<BrandingAnswer> {
    const response = await api.request<{ ManagedLoginBranding?: DescribedBranding }>(
        "CreateManagedLoginBranding",
        { UserPoolId: userPoolId, ClientId: clientId, ...brandingMembers(request) },
        {
            action: "creating the branding style of",
            target: `${userPoolId}/${clientId}`,
            recover: async (error) => {
                const made = isAmbiguousFailure(error) ? await describedBranding(api, userPoolId, clientId) : undefined;
                return made ? { ManagedLoginBranding: made } : undefined;
            },
        },
    );
    return brandingAnswer(response.ManagedLoginBranding!);
}

/** Changes a style: settings replace the stored ones, assets replace those of their category and colour mode. */
export async function updateBranding(api: SettingOperations, userPoolId: string, brandingId: string, request: BrandingRequest): Promise<BrandingAnswer> {
    const response = await api.request<{ ManagedLoginBranding?: DescribedBranding }>(
        "UpdateManagedLoginBranding",
        { UserPoolId: userPoolId, ManagedLoginBrandingId: brandingId, ...brandingMembers(request) },
        { action: "updating the branding style of", target: `${userPoolId} (${brandingId})` },
    );
    return brandingAnswer(response.ManagedLoginBranding!);
}

/** Deletes a style; one that is already gone counts as deleted. */
export async function deleteBranding(api: SettingOperations, userPoolId: string, brandingId: string): Promise<void> {
    await api.request("DeleteManagedLoginBranding", { UserPoolId: userPoolId, ManagedLoginBrandingId: brandingId }, {
        action: "deleting the branding style of",
        target: `${userPoolId} (${brandingId})`,
        notFound: "absent",
    });
}

/** The client's style as customized (Cognito's own defaults left out), or undefined when it has none. */
export async function describeBranding(api: SettingOperations, userPoolId: string, clientId: string): Promise<BrandingAnswer | undefined> {
    const described = await describedBranding(api, userPoolId, clientId);
    return described ? brandingAnswer(described) : undefined;
}

async function describedBranding(api: SettingOperations, userPoolId: string, clientId: string): Promise<DescribedBranding | undefined> {
    const response = await api.request<{ ManagedLoginBranding?: DescribedBranding } | undefined>(
        "DescribeManagedLoginBrandingByClient",
        { UserPoolId: userPoolId, ClientId: clientId },
        { action: "reading the branding style of", target: `${userPoolId}/${clientId}`, notFound: "absent" },
    );
    return response?.ManagedLoginBranding;
}
