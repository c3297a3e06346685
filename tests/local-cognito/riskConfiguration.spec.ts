/**
 * Threat protection of user pools and app clients: SetRiskConfiguration and DescribeRiskConfiguration
 * (docs/local-cognito.md, "Threat protection"): the Plus tier and the add-on needed, the pool's configuration and a
 * client's own, a set with the client ID alone resets the client, whole replacement, the CIDR and notify rules, the
 * model's constraints, and deletion with the client.
 */
import {
    CognitoIdentityProviderClient,
    DeleteUserPoolClientCommand,
    DescribeRiskConfigurationCommand,
    SetRiskConfigurationCommand,
    SetRiskConfigurationCommandInput,
    UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createClient, describeFaithful, dropPool, expectError, newPool, sdk } from "./support";

const PLUS_WITH_THREAT_PROTECTION = { UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } } as const;
const COMPROMISED = { Actions: { EventAction: "BLOCK" as const }, EventFilter: ["SIGN_IN" as const] };
const TAKEOVER = { Actions: { HighAction: { EventAction: "MFA_REQUIRED", Notify: false } } } as const;

describeFaithful("threat protection (risk configuration)", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito, PLUS_WITH_THREAT_PROTECTION);
    });
    after(async () => dropPool(cognito, pool));

    const newClient = async (userPoolId = pool) => (await createClient(cognito, { UserPoolId: userPoolId })).ClientId!;
    const set = (input: Partial<SetRiskConfigurationCommandInput>, userPoolId = pool) =>
        cognito.send(new SetRiskConfigurationCommand({ UserPoolId: userPoolId, ...input }));
    const described = async (clientId?: string, userPoolId = pool) =>
        (await cognito.send(new DescribeRiskConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).RiskConfiguration!;

    it("a client without its own configuration is described as the pool's, without ClientId; UserPoolId alone when the pool has none", async () => {
        const clientId = await newClient();
        expect(await described(clientId)).to.deep.equal({ UserPoolId: pool });
        const other = await newPool(cognito, PLUS_WITH_THREAT_PROTECTION);
        try {
            const otherClient = await newClient(other);
            await set({ CompromisedCredentialsRiskConfiguration: COMPROMISED }, other);
            const answer = await described(otherClient, other);
            expect(answer).to.not.have.property("ClientId");
            expect(answer.CompromisedCredentialsRiskConfiguration).to.deep.equal(COMPROMISED);
            expect(answer.LastModifiedDate).to.be.instanceOf(Date);
        } finally {
            await dropPool(cognito, other);
        }
    });

    it("a client's own configuration is described with its ClientId, as sent; an omitted EventFilter stays omitted", async () => {
        const clientId = await newClient();
        const out = await set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "NO_ACTION" } }, AccountTakeoverRiskConfiguration: TAKEOVER });
        expect(out.RiskConfiguration).to.include({ UserPoolId: pool, ClientId: clientId });
        const answer = await described(clientId);
        expect(answer.ClientId).to.equal(clientId);
        expect(answer.CompromisedCredentialsRiskConfiguration).to.deep.equal({ Actions: { EventAction: "NO_ACTION" } });
        expect(answer.AccountTakeoverRiskConfiguration).to.deep.equal(TAKEOVER);
        expect(answer).to.not.have.property("RiskExceptionConfiguration");
    });

    it("every set replaces the whole configuration; LastModifiedDate moves on", async () => {
        const clientId = await newClient();
        await set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: COMPROMISED, AccountTakeoverRiskConfiguration: TAKEOVER });
        const first = await described(clientId);
        await new Promise((r) => setTimeout(r, 1100));
        await set({ ClientId: clientId, RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24"] } });
        const second = await described(clientId);
        expect(second).to.not.have.property("CompromisedCredentialsRiskConfiguration");
        expect(second).to.not.have.property("AccountTakeoverRiskConfiguration");
        expect(second.RiskExceptionConfiguration).to.deep.equal({ BlockedIPRangeList: ["192.0.2.0/24"] });
        expect(second.LastModifiedDate!.getTime()).to.be.greaterThan(first.LastModifiedDate!.getTime());
    });

    it("a set with UserPoolId and ClientId only removes the client's own configuration: the pool's applies again", async () => {
        const clientId = await newClient();
        await set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: COMPROMISED });
        await set({ ClientId: clientId });
        expect(await described(clientId)).to.deep.equal({ UserPoolId: pool });
    });

    it("refuses an IP range that is no CIDR range, naming it", async () => {
        const clientId = await newClient();
        for (const entry of ["192.0.2.0", "192.0.2.0/33", "300.0.2.0/24", "2001:db8::/129", "example.com/24"]) {
            await expectError(
                set({ ClientId: clientId, RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8", entry] } }),
                "InvalidParameterException",
                `${entry} in SkippedIPRangeList is not a valid IP address range in CIDR notation.`,
            );
        }
        await set({ ClientId: clientId, RiskExceptionConfiguration: { BlockedIPRangeList: ["10.0.0.1/8", "2001:db8::/32", "0.0.0.0/0"] } });
    });

    it("refuses an action with Notify true without NotifyConfiguration", async () => {
        const clientId = await newClient();
        await expectError(
            set({ ClientId: clientId, AccountTakeoverRiskConfiguration: { Actions: { LowAction: { EventAction: "NO_ACTION", Notify: true } } } }),
            "InvalidParameterException",
            "NotifyConfiguration is required when Notify is true (LowAction).",
        );
        await set({
            ClientId: clientId,
            AccountTakeoverRiskConfiguration: {
                Actions: { LowAction: { EventAction: "NO_ACTION", Notify: true } },
                NotifyConfiguration: { SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com" },
            },
        });
    });

    it("checks the model's constraints first: enums, lengths, the 200-entry lists", async () => {
        const clientId = await newClient();
        await expectError(set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "MFA_REQUIRED" as "BLOCK" } } }), "InvalidParameterException", /failed to satisfy constraint: Member must satisfy enum value set: \[BLOCK, NO_ACTION\]/);
        const ranges = Array.from({ length: 201 }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}/32`);
        await expectError(set({ ClientId: clientId, RiskExceptionConfiguration: { BlockedIPRangeList: ranges } }), "InvalidParameterException", /Member must have length less than or equal to 200/);
        await set({ ClientId: clientId, RiskExceptionConfiguration: { BlockedIPRangeList: ranges.slice(0, 200) } });
        await expectError(
            set({ ClientId: clientId, AccountTakeoverRiskConfiguration: { ...TAKEOVER, NotifyConfiguration: { SourceArn: "arn:aws:ses:short", BlockEmail: { Subject: "" } } } }),
            "InvalidParameterException",
            /^4 validation errors detected: .*'accountTakeoverRiskConfiguration\.notifyConfiguration\.sourceArn' failed to satisfy constraint: Member must have length greater than or equal to 20.*'accountTakeoverRiskConfiguration\.notifyConfiguration\.blockEmail\.subject' failed to satisfy constraint: Member must have length greater than or equal to 1/,
        );
    });

    it("an unknown client: ResourceNotFoundException", async () => {
        await expectError(set({ ClientId: "nosuchclient1234567890abcd", CompromisedCredentialsRiskConfiguration: COMPROMISED }), "ResourceNotFoundException", "User pool client nosuchclient1234567890abcd does not exist.");
        await expectError(described("nosuchclient1234567890abcd"), "ResourceNotFoundException", "User pool client nosuchclient1234567890abcd does not exist.");
    });

    it("needs the Plus tier and threat protection on: UserPoolAddOnNotEnabledException otherwise", async () => {
        for (const extra of [{ UserPoolTier: "ESSENTIALS" }, { UserPoolTier: "PLUS" }, { UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }] as const) {
            const other = await newPool(cognito, extra);
            try {
                const clientId = await newClient(other);
                const message = `Threat protection is not enabled for user pool ${other}: it needs the Plus feature plan and AdvancedSecurityMode AUDIT or ENFORCED.`;
                await expectError(set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: COMPROMISED }, other), "UserPoolAddOnNotEnabledException", message);
                await expectError(described(clientId, other), "UserPoolAddOnNotEnabledException", message);
            } finally {
                await dropPool(cognito, other);
            }
        }
        const audit = await newPool(cognito, { UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } });
        try {
            expect(await described(await newClient(audit), audit)).to.deep.equal({ UserPoolId: audit });
            await cognito.send(new UpdateUserPoolCommand({ UserPoolId: audit }));
            await expectError(described(undefined, audit), "UserPoolAddOnNotEnabledException");
        } finally {
            await dropPool(cognito, audit);
        }
    });

    it("deleting the client deletes its configuration; the pool's stays", async () => {
        const clientId = await newClient();
        await set({ ClientId: clientId, CompromisedCredentialsRiskConfiguration: COMPROMISED });
        await set({ RiskExceptionConfiguration: { SkippedIPRangeList: ["198.51.100.0/24"] } });
        await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }));
        await expectError(described(clientId), "ResourceNotFoundException");
        expect((await described()).RiskExceptionConfiguration).to.deep.equal({ SkippedIPRangeList: ["198.51.100.0/24"] });
        await set({});
        expect(await described()).to.deep.equal({ UserPoolId: pool });
    });
});
