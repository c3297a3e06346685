/**
 * Agreement between `check` and the Cognito API: every row of the bad-input corpus goes once through the provider's
 * `check` and once straight to the local Cognito API as the CreateUserPoolClient request the provider would send,
 * with validation bypassed. Every row the API rejects must be rejected by `check`, and every valid edge row must
 * pass both. The counts are printed.
 *
 * The pool holds what the valid rows name (a resource server, an identity provider, a custom attribute), so a
 * valid row is valid for the real API too. Rows that are not an API request (the `import` option, `region`,
 * unknown argument names) are counted apart: only `check` can judge them.
 */
import {
    CognitoIdentityProviderClient,
    CreateIdentityProviderCommand,
    CreateResourceServerCommand,
    CreateUserPoolClientCommand,
    CreateUserPoolCommand,
    DeleteUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { UserPoolClientInputs } from "../../provider/args";
import { expandCreateInput } from "../../provider/mapping";
import { ARGUMENT_RULES } from "../../provider/validate";
import { carryWireMembers } from "../../provider/wireMembers";
import {
    CUSTOM_SCOPES,
    INVALID_ROWS,
    LONGEST_CUSTOM_ATTRIBUTE,
    LONGEST_PROVIDER,
    RESOURCE_SERVER,
    Row,
    VALID_ROWS,
} from "../support/badInputCorpus";
import { directSdk, newProvider } from "../support/cognito";
import { localCognitoMode } from "../support/moto";

/**
 * Arguments that are members of CreateUserPoolClient: `region` picks the endpoint, `importId` comes from the
 * `import` option, and the secret-rotation and SSO session arguments belong to other operations.
 */
const NOT_API_MEMBERS = new Set(["region", "importId", "rotateSecretWhenChanged", "keepPreviousSecret", "ssoSession", "allowNewAuthFlows", "terms", "managedLoginBranding"]);
const API_ARGUMENTS = new Set(Object.keys(ARGUMENT_RULES).filter((k) => !NOT_API_MEMBERS.has(k)));

/**
 * Rows whose fault the CreateUserPoolClient request cannot carry, so only `check` can see it: the AWS SDK drops
 * null list items, and the request carries only the known fields of a nested argument.
 */
const FAULT_NOT_IN_REQUEST: Record<string, string> = {
    "a null identity provider in the list": "the SDK drops null list items",
    "tokenValidityUnits as a string": "the request carries only the known fields of tokenValidityUnits",
    "an unknown field of tokenValidityUnits": "the request carries only the known fields of tokenValidityUnits",
    "an unknown field of analyticsConfiguration": "the request carries only the known fields of analyticsConfiguration",
    "an unknown field of refreshTokenRotation": "the request carries only the known fields of refreshTokenRotation",
};

interface Verdict {
    row: Row;
    valid: boolean;
    checkRejects: boolean;
    /** undefined: not an API request. */
    apiRejects?: boolean;
    apiError?: string;
}

async function poolForValidRows(sdk: CognitoIdentityProviderClient): Promise<string> {
    const pool = await sdk.send(new CreateUserPoolCommand({
        PoolName: `agreement-${process.pid}`,
        Schema: [{ Name: LONGEST_CUSTOM_ATTRIBUTE.slice("custom:".length), AttributeDataType: "String", Mutable: true }],
    }));
    const userPoolId = pool.UserPool!.Id!;
    await sdk.send(new CreateResourceServerCommand({
        UserPoolId: userPoolId,
        Identifier: RESOURCE_SERVER,
        Name: "agreement",
        Scopes: CUSTOM_SCOPES.map((ScopeName) => ({ ScopeName, ScopeDescription: ScopeName.slice(0, 256) })),
    }));
    await sdk.send(new CreateIdentityProviderCommand({
        UserPoolId: userPoolId,
        ProviderName: LONGEST_PROVIDER,
        ProviderType: "OIDC",
        ProviderDetails: { client_id: "id", client_secret: "secret", attributes_request_method: "GET", oidc_issuer: "https://issuer.example", authorize_scopes: "openid" },
    }));
    return userPoolId;
}

describe("agreement: check rejects every corpus row the Cognito API rejects", function () {
    this.timeout(120_000);
    const verdicts: Verdict[] = [];

    before(async () => {
        const sdk = directSdk();
        // Members the installed SDK does not model yet travel as the provider sends them.
        carryWireMembers(sdk.middlewareStack);
        const provider = newProvider();
        const userPoolId = await poolForValidRows(sdk);
        for (const [rows, valid] of [[INVALID_ROWS, false], [VALID_ROWS, true]] as const) {
            for (const row of rows) {
                const args = JSON.parse(JSON.stringify({ name: "client", userPoolId, ...row.args, importId: row.import })) as Record<string, unknown>;
                const { failures } = await provider.check({} as UserPoolClientInputs, args as unknown as UserPoolClientInputs);
                const verdict: Verdict = { row, valid, checkRejects: (failures ?? []).length > 0 };
                const isRequest = Object.keys(args).every((k) => API_ARGUMENTS.has(k));
                if (isRequest) {
                    try {
                        const created = await sdk.send(new CreateUserPoolClientCommand(expandCreateInput(args as unknown as UserPoolClientInputs)));
                        verdict.apiRejects = false;
                        await sdk.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: created.UserPoolClient!.ClientId! }));
                    } catch (e) {
                        // A row naming a pool of its own passed validation, which Cognito runs before it looks the pool up.
                        const poolNotFound = (e as Error).name === "ResourceNotFoundException" && args.userPoolId !== userPoolId;
                        verdict.apiRejects = !poolNotFound;
                        verdict.apiError = `${(e as Error).name}: ${(e as Error).message}`;
                    }
                }
                verdicts.push(verdict);
            }
        }
        const requests = verdicts.filter((v) => v.apiRejects !== undefined);
        const agree = requests.filter((v) => v.apiRejects === v.checkRejects);
        const stricter = requests.filter((v) => v.checkRejects && !v.apiRejects);
        const lines = [
            `agreement (${localCognitoMode()} local Cognito API): ${agree.length} of ${requests.length} API requests judged alike ` +
                `(${requests.filter((v) => v.apiRejects && v.checkRejects).length} rejected by both, ${requests.filter((v) => !v.apiRejects && !v.checkRejects).length} accepted by both); ` +
                `${requests.filter((v) => v.apiRejects && !v.checkRejects).length} rejected by the API alone; ${stricter.length} rejected by check alone; ` +
                `${verdicts.length - requests.length} rows are not API requests (import option, region, rotation and session arguments, unknown names), judged by check alone`,
            ...stricter.map((v) => `  rejected by check alone: ${v.row.title}${FAULT_NOT_IN_REQUEST[v.row.title] ? ` (${FAULT_NOT_IN_REQUEST[v.row.title]})` : ""}`),
        ];
        process.stdout.write(lines.map((l) => `      ${l}\n`).join(""));
    });

    it("every row the API rejects, check rejects too", () => {
        const missed = verdicts.filter((v) => v.apiRejects && !v.checkRejects).map((v) => `${v.row.title} (${v.apiError})`);
        expect(missed).to.deep.equal([]);
    });

    it("every invalid row is rejected by check", () => {
        expect(verdicts.filter((v) => !v.valid && !v.checkRejects).map((v) => v.row.title)).to.deep.equal([]);
    });

    it("every valid edge row passes check and the API", () => {
        const refused = verdicts.filter((v) => v.valid && (v.checkRejects || v.apiRejects)).map((v) => `${v.row.title}: ${v.checkRejects ? "check" : v.apiError}`);
        expect(refused).to.deep.equal([]);
    });

    it("on the faithful API, check rejects only rows the API rejects, or whose fault never reaches the request", function () {
        if (localCognitoMode() !== "faithful") this.skip();
        const stricter = verdicts.filter((v) => v.apiRejects === false && v.checkRejects).map((v) => v.row.title);
        expect(stricter.sort()).to.deep.equal(Object.keys(FAULT_NOT_IN_REQUEST).sort());
    });
});
