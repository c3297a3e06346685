/** The SSO session setting's Cognito operations, through the transport's generic send. */
import type { SettingOperations } from "../setting";
import { SSO_SESSION_MINUTES } from "./rules";

export const SSO_SESSION_OPERATIONS = ["GetUserPoolClientSessionConfiguration", "SetUserPoolClientSessionConfiguration"] as const;

/** The client's SSO session setting: the minutes managed login may reuse an SSO session (Cognito's default 60). */
export async function getClientSession(api: SettingOperations, userPoolId: string, clientId: string): Promise<number> {
    const response = await api.request<{ SSOSession?: { MaxValidityMinutes?: number } }>(
        "GetUserPoolClientSessionConfiguration",
        { UserPoolId: userPoolId, ClientId: clientId },
        { action: "reading the session configuration of", target: `${userPoolId}/${clientId}` },
    );
    return response.SSOSession?.MaxValidityMinutes ?? SSO_SESSION_MINUTES.default;
}

/** Sets the client's SSO session setting (a full replacement; idempotent). */
export async function setClientSession(api: SettingOperations, userPoolId: string, clientId: string, minutes: number): Promise<void> {
    await api.request(
        "SetUserPoolClientSessionConfiguration",
        { UserPoolId: userPoolId, ClientId: clientId, SSOSession: { MaxValidityMinutes: minutes } },
        { action: "setting the session configuration of", target: `${userPoolId}/${clientId}` },
    );
}
