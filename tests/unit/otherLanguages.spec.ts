import { expect } from "chai";
import type { UserPoolClientInputs } from "../../provider/args";
import { pythonName, pythonProgramCode, yamlProgramCode } from "../../provider/adoption/otherLanguages";

const CLIENT = {
    resourceName: "web-app",
    inputs: {
        name: "web-app", userPoolId: "us-east-1_AbC123", clientSecret: "customSecretA_0123456789abcdefXYZ", callbackUrls: ["https://b.example.com", "https://a.example.com"],
        refreshTokenValidity: 5, tokenValidityUnits: { refreshToken: "hours" }, managedLoginBranding: { useCognitoProvidedValues: true },
    } as unknown as UserPoolClientInputs,
    secretConfigKey: "webAppClientSecret",
};

describe("adopt's code for YAML and Python", () => {
    const names: [string, string][] = [
        ["allowedOauthFlowsUserPoolClient", "allowed_oauth_flows_user_pool_client"], ["idTokenValidity", "id_token_validity"], ["css", "css"],
        ["cimdPolicyIds", "cimd_policy_ids"], ["enablePropagateAdditionalUserContextData", "enable_propagate_additional_user_context_data"], ["urlPatterns", "url_patterns"],
    ];
    for (const [name, python] of names) it(`Python names ${name} ${python}`, () => expect(pythonName(name)).to.equal(python));

    it("YAML: the arguments in flow style, lists as sorted sets, the custom secret from secret config, never its value", () => {
        const code = yamlProgramCode([CLIENT]);
        expect(code).to.include("config:\n").and.include("  webAppClientSecret:\n    type: string\n    secret: true");
        expect(code).to.include("  web-app:\n    type: cognito-app-client:index:UserPoolClient\n    properties:\n");
        expect(code).to.include("      clientSecret: ${webAppClientSecret}");
        expect(code).to.include('      callbackUrls: ["https://a.example.com", "https://b.example.com"]');
        expect(code).to.include("      tokenValidityUnits: { refreshToken: hours }");
        expect(code).to.include("      managedLoginBranding: { useCognitoProvidedValues: true }");
        expect(code).to.not.include("customSecretA_");
    });

    it("Python: snake_case arguments and object fields, the custom secret from secret config", () => {
        const code = pythonProgramCode([CLIENT]);
        expect(code).to.include("import pulumi_cognito_app_client as cognito").and.include("config = pulumi.Config()");
        expect(code).to.include('web_app = cognito.UserPoolClient(\n    "web-app",');
        expect(code).to.include('    client_secret=config.require_secret("webAppClientSecret"),');
        expect(code).to.include('    token_validity_units={"refresh_token": "hours"},');
        expect(code).to.include('    managed_login_branding={"use_cognito_provided_values": True},');
        expect(code).to.include("    refresh_token_validity=5,");
        expect(code).to.not.include("customSecretA_");
    });
});
