/** The client secret's Cognito operations, through the transport's generic send. */
import { isAmbiguousFailure } from "../../aws";
import { dropUndefined, isoDate } from "../../json";
import type { SettingOperations } from "../setting";
import type { SecretApi, SecretDescriptor } from "./lifecycle";

export const SECRETS_OPERATIONS = ["AddUserPoolClientSecret", "DeleteUserPoolClientSecret", "ListUserPoolClientSecrets"] as const;

interface DescribedSecret {
    ClientSecretId?: string;
    ClientSecretValue?: string;
    ClientSecretCreateDate?: Date | string | number;
}

/** One of a client's secrets as Cognito describes it (AddUserPoolClientSecret, ListUserPoolClientSecrets). */
export function flattenSecretDescriptor(d: DescribedSecret): SecretDescriptor {
    return dropUndefined({ id: d.ClientSecretId!, createDate: isoDate(d.ClientSecretCreateDate), value: d.ClientSecretValue });
}

/** The client's secrets (IDs and creation dates; Cognito never lists values). */
export async function listSecrets(api: SettingOperations, userPoolId: string, clientId: string): Promise<SecretDescriptor[]> {
    const response = await api.request<{ ClientSecrets?: DescribedSecret[] }>("ListUserPoolClientSecrets", { UserPoolId: userPoolId, ClientId: clientId }, {
        action: "listing the secrets of",
        target: `${userPoolId}/${clientId}`,
    });
    return (response.ClientSecrets ?? []).map(flattenSecretDescriptor);
}

/**
 * Adds a secret: `value` for a custom one, none for one Cognito generates; `existing` are the IDs of the
 * client's secrets before the add. An add is not idempotent: when an attempt fails ambiguously, the secrets are
 * listed before anything is retried. A secret that attempt made is kept when its value is ours (custom); a
 * generated one, whose value Cognito never returns again, is deleted and the add made anew. So no secret is ever
 * left that state cannot know.
 */
export async function addSecret(api: SettingOperations, userPoolId: string, clientId: string, value: string | undefined, existing: string[]): Promise<SecretDescriptor> {
    const before = new Set(existing);
    const response = await api.request<{ ClientSecretDescriptor?: DescribedSecret }>("AddUserPoolClientSecret", dropUndefined({ UserPoolId: userPoolId, ClientId: clientId, ClientSecret: value }), {
        action: "adding a secret to",
        target: `${userPoolId}/${clientId}`,
        recover: async (error) => {
            if (!isAmbiguousFailure(error)) return undefined;
            const made = (await listSecrets(api, userPoolId, clientId)).filter((d) => !before.has(d.id));
            if (value !== undefined && made.length === 1) return { ClientSecretDescriptor: { ClientSecretId: made[0].id, ClientSecretCreateDate: made[0].createDate } };
            for (const d of made) await deleteSecret(api, userPoolId, clientId, d.id);
            return undefined;
        },
    });
    const added = flattenSecretDescriptor(response.ClientSecretDescriptor!);
    return value !== undefined ? { ...added, value } : added;
}

/** Deletes a secret; one that is already gone counts as deleted. */
export async function deleteSecret(api: SettingOperations, userPoolId: string, clientId: string, secretId: string): Promise<void> {
    await api.request("DeleteUserPoolClientSecret", { UserPoolId: userPoolId, ClientId: clientId, ClientSecretId: secretId }, {
        action: "deleting a secret of",
        target: `${userPoolId}/${clientId}`,
        notFound: "absent",
    });
}

/** The calls a rotation makes, on these operations. */
export function secretApi(api: SettingOperations): SecretApi {
    return {
        listSecrets: (userPoolId, clientId) => listSecrets(api, userPoolId, clientId),
        addSecret: (userPoolId, clientId, value, existing) => addSecret(api, userPoolId, clientId, value, existing),
        deleteSecret: (userPoolId, clientId, secretId) => deleteSecret(api, userPoolId, clientId, secretId),
    };
}
