/**
 * The IAM policy against real calls: the provider drives clients through the local Cognito API behind the recording
 * proxy (create, refresh, updates, import by ID, the `import` option, delete), and every operation the proxy saw is
 * an action of the policy that `pulumi-cognito-clients iam-policy` prints for the settings the program uses (found
 * from the program's arguments as the command finds them in a stack). A client read by ID needs no more than the
 * policy of no setting: the client's own actions and every setting's reads. Over the suite, every action of --all is
 * used by some step, so the policy holds none that the package never calls.
 */
import { expect } from "chai";
import { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { allOperations, operationsFor, settingsUsedBy } from "../../provider/iamPolicy";
import { usePoolSuite } from "../support/cognito";
import { faults } from "../support/faultProxy";

const TOU = { links: { default: "https://example.com/terms" } };
const PP = { links: { default: "https://example.com/privacy" } };
const UI_CSS = ".label-customizable { font-weight: 400; }";
const UI_LOGO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 3)]).toString("base64");
const BRANDING_SETTINGS = { components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff" } } } }, categories: { global: { colorSchemeMode: "LIGHT" } } };

/** A program's client in its versions: created as the first, updated to each next (as `pulumi up` after each edit). */
const SCENARIOS: [string, Partial<UserPoolClientInputs>[]][] = [
    ["no setting", [{}, { callbackUrls: ["https://example.com/callback"], allowedOauthFlows: ["code"], allowedOauthScopes: ["openid"], allowedOauthFlowsUserPoolClient: true, supportedIdentityProviders: ["COGNITO"] }]],
    ["secrets: a generated secret rotated, the previous one retired", [
        { generateSecret: true, rotateSecretWhenChanged: { rotation: "1" } },
        { generateSecret: true, rotateSecretWhenChanged: { rotation: "2" } },
        { generateSecret: true, rotateSecretWhenChanged: { rotation: "2" }, keepPreviousSecret: false },
    ]],
    ["ssoSession: set, changed, removed", [{ ssoSession: { maxValidityMinutes: 120 } }, { ssoSession: { maxValidityMinutes: 480 } }, {}]],
    ["branding: Cognito's default style, then settings, then removed", [
        { managedLoginBranding: { useCognitoProvidedValues: true } },
        { managedLoginBranding: { settings: BRANDING_SETTINGS } },
        {},
    ]],
    ["terms: both documents, one changed, both removed", [
        { terms: { termsOfUse: TOU, privacyPolicy: PP } },
        { terms: { termsOfUse: { links: { ...TOU.links, french: "https://example.com/fr/conditions" } }, privacyPolicy: PP } },
        {},
    ]],
    ["cimdPolicies: two policies, one changed and one removed, the other deleted with the client", [
        { cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example.com/*"] }, { policyName: "tools", urlPatterns: ["https://tools.example.com/*"] }] },
        { cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example.com/v2/*"], cacheDuration: 172800 }] },
    ]],
    ["riskConfiguration: set, changed, removed (reset to the pool's)", [
        { riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" } } } },
        { riskConfiguration: { riskExceptionConfiguration: { blockedIpRangeLists: ["192.0.2.0/24"] } } },
        {},
    ]],
    ["uiCustomization: CSS, then CSS and a logo, then removed", [
        { uiCustomization: { css: UI_CSS } },
        { uiCustomization: { css: UI_CSS, imageFile: UI_LOGO } },
        {},
    ]],
    ["every setting at once", [{ generateSecret: true, ssoSession: { maxValidityMinutes: 60 }, managedLoginBranding: { useCognitoProvidedValues: true }, terms: { termsOfUse: TOU }, riskConfiguration: { riskExceptionConfiguration: { skippedIpRangeLists: ["198.51.100.0/24"] } }, uiCustomization: { css: UI_CSS } }]],
];

describe("integration: the IAM policy holds every call the provider makes", function () {
    const s = usePoolSuite("iam", "the settings' operations exist only in the faithful local API", { tier: "PLUS", threatProtection: "ENFORCED", sessionTracking: true, domain: true });
    const seenInSuite = new Set<string>();

    /** The operations the proxy saw while `run` ran. */
    async function seen(run: () => Promise<unknown>): Promise<string[]> {
        const before = s.proxy().calls.length;
        await run();
        const ops = [...new Set(s.proxy().calls.slice(before).map((c) => c.operation))].sort();
        for (const op of ops) seenInSuite.add(op);
        return ops;
    }
    const outside = (ops: string[], policy: string[]) => ops.filter((op) => !policy.includes(op));

    for (const [what, versions] of SCENARIOS) {
        it(`${what}: every call is in the policy of the settings the program uses`, async () => {
            const name = `iam ${what.split(":")[0]}`;
            const programs = await Promise.all(versions.map((v) => s.checked({ name, ...v })));
            const policy = operationsFor(settingsUsedBy(programs as unknown as Record<string, unknown>[]));
            const byIdPolicy = operationsFor([]);
            const calls: Record<string, string[]> = {};
            let id = "";
            let outs = {} as UserPoolClientOutputs;

            calls.create = await seen(async () => {
                const created = await s.provider.create(programs[0]);
                id = created.id;
                outs = created.outs as UserPoolClientOutputs;
            });
            calls.refresh = await seen(async () => {
                outs = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
            });
            for (const [i, program] of programs.slice(1).entries()) {
                calls[`update ${i + 1}`] = await seen(async () => {
                    const diff = await s.provider.diff(id, outs, program);
                    expect(diff.replaces ?? [], `update ${i + 1} replaces nothing`).to.deep.equal([]);
                    if (diff.changes) outs = (await s.provider.update(id, outs, program)).outs as UserPoolClientOutputs;
                });
                calls[`refresh ${i + 1}`] = await seen(async () => {
                    outs = (await s.provider.read(id, outs)).props as UserPoolClientOutputs;
                });
            }
            const byId = await seen(() => s.provider.read(`${s.userPoolId}/${id}`));
            calls["import option"] = await seen(() => s.provider.create({ ...programs[programs.length - 1], importId: `${s.userPoolId}/${id}` } as UserPoolClientInputs));
            calls.delete = await seen(() => s.provider.delete(id, outs));

            expect(calls.create).to.include("CreateUserPoolClient");
            for (const [step, ops] of Object.entries(calls)) expect(outside(ops, policy), `${step} called operations outside the policy ${policy.join(", ")}`).to.deep.equal([]);
            expect(outside(byId, byIdPolicy), "a read by ID called operations outside the policy of no setting").to.deep.equal([]);
        });
    }

    it("an ambiguous create (the answer lost) looks for the client within the client's own actions", async () => {
        const program = await s.checked({ name: "iam ambiguous" });
        s.proxy().inject("CreateUserPoolClient", faults.dropAfterForward(), 1);
        let created: { id: string; outs: UserPoolClientOutputs } | undefined;
        const ops = await seen(async () => {
            const made = await s.provider.create(program);
            created = { id: made.id, outs: made.outs as UserPoolClientOutputs };
        });
        expect(ops).to.include("ListUserPoolClients");
        expect(outside(ops, operationsFor([]))).to.deep.equal([]);
        await s.provider.delete(created!.id, created!.outs);
    });

    it("over the suite, the steps called every action of --all and no other", () => {
        expect([...seenInSuite].sort()).to.deep.equal(allOperations());
    });
});
