/** The classic hosted UI customization's Cognito operations, through the transport's generic send. */
import { dropUndefined } from "../../json";
import type { SettingOperations } from "../setting";
import { UiAnswer, UiRequest, isNoDomainError, ownCustomization } from "./plan";

export const UI_CUSTOMIZATION_OPERATIONS = ["SetUICustomization", "GetUICustomization"] as const;

interface DescribedUi {
    ClientId?: string;
    CSS?: string;
    CSSVersion?: string;
    ImageUrl?: string;
}

const uiAnswer = (u: DescribedUi | undefined): UiAnswer => ({ clientId: u?.ClientId, css: u?.CSS, cssVersion: u?.CSSVersion, imageUrl: u?.ImageUrl });

/**
 * Sets the client's own customization: CSS and logo together (Cognito replaces both), or, with neither, removes it.
 * Idempotent: a retry sets the same again.
 */
export async function setUiCustomization(api: SettingOperations, userPoolId: string, clientId: string, request: UiRequest): Promise<UiAnswer> {
    const removing = request.css === undefined && request.image === undefined;
    const response = await api.request<{ UICustomization?: DescribedUi }>(
        "SetUICustomization",
        dropUndefined({ UserPoolId: userPoolId, ClientId: clientId, CSS: request.css, ImageFile: request.image }),
        { action: removing ? "removing the classic hosted UI customization of" : "setting the classic hosted UI customization of", target: `${userPoolId}/${clientId}` },
    );
    return uiAnswer(response.UICustomization);
}

/** The client's own customization, or undefined when it has none (the pool's `ALL` one, an empty answer, no domain, no client). */
export async function getUiCustomization(api: SettingOperations, userPoolId: string, clientId: string): Promise<UiAnswer | undefined> {
    try {
        const response = await api.request<{ UICustomization?: DescribedUi } | undefined>(
            "GetUICustomization",
            { UserPoolId: userPoolId, ClientId: clientId },
            { action: "reading the classic hosted UI customization of", target: `${userPoolId}/${clientId}`, notFound: "absent" },
        );
        return ownCustomization(response?.UICustomization && uiAnswer(response.UICustomization), clientId);
    } catch (error) {
        // Without a domain the pool has no hosted UI to customize: nothing of the client's is there.
        if (isNoDomainError(error)) return undefined;
        throw error;
    }
}
