/**
 * `pulumi import --file` for UserPoolClients. The engine cannot import dynamic resources from an ID alone
 * (pulumi/pulumi#16175), but since CLI 3.254 an import file may carry each resource's inputs and outputs, and
 * then the engine stores them without calling the provider's Read. This builds that file: it describes each
 * client, and adds the provider text that the program itself would store, so the next `pulumi up` of a
 * program declaring the same resources previews no changes.
 */
import { parseImportId } from "./importId";
import { UserPoolClientProvider } from "./provider";
import { PROVIDER_KEY, PROVIDER_TEXT, USER_POOL_CLIENT_TYPE } from "./serialized";

export { USER_POOL_CLIENT_TYPE };

/** Pulumi's marker for a secret value in state files; the engine encrypts `plaintext` when it stores it. */
const SECRET_SIGNATURE = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

export interface ImportRequest {
    /** The Pulumi resource name the program gives the client. */
    name: string;
    /** `<userPoolId>/<clientId>` */
    id: string;
    /** URN of the parent component, when the program declares the client inside one. */
    parent?: string;
}

export interface ImportFile {
    resources: {
        type: string;
        name: string;
        id: string;
        parent?: string;
        inputs: Record<string, unknown>;
        outputs: Record<string, unknown>;
    }[];
}

export async function buildImportFile(requests: ImportRequest[], options: { region?: string } = {}): Promise<ImportFile> {
    const provider = new UserPoolClientProvider();
    const resources: ImportFile["resources"] = [];
    for (const request of requests) {
        parseImportId(request.id);
        const found = await provider.read(request.id, options.region ? ({ region: options.region } as never) : undefined);
        if (!found.id || !found.props) throw new Error(`importing Cognito user pool client (${request.id}): no such client in that user pool`);
        const { clientSecret, ...outputs } = found.props;
        resources.push({
            type: USER_POOL_CLIENT_TYPE,
            name: request.name,
            id: found.id,
            ...(request.parent ? { parent: request.parent } : {}),
            inputs: { ...(found.inputs as object), [PROVIDER_KEY]: PROVIDER_TEXT },
            outputs: {
                ...outputs,
                ...(clientSecret !== undefined ? { clientSecret: { ...SECRET_SIGNATURE, plaintext: JSON.stringify(clientSecret) } } : {}),
                [PROVIDER_KEY]: PROVIDER_TEXT,
            },
        });
    }
    return { resources };
}
