import { expect } from "chai";
import type { UserPoolClientInputs } from "../../provider/args";
import { pythonName, pythonProgramCode, yamlProgramCode } from "../../provider/adoption/otherLanguages";
import { goProgramCode, javaProgramCode } from "../../provider/adoption/compiledLanguages";

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

describe("adopt's code for Java and Go", () => {
    const RICH = {
        resourceName: "agents",
        inputs: {
            name: "agents", userPoolId: "us-east-1_AbC123", terms: { termsOfUse: { links: { default: "https://example.com/terms" } } },
            cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example/*"], cacheDuration: 3600 }],
        } as unknown as UserPoolClientInputs,
        brandingFiles: { settings: { components: { pageBackground: { image: { enabled: false } } } }, assets: [{ category: "FORM_LOGO", colorMode: "LIGHT", extension: "PNG", file: "agents-form-logo-light.png" }] },
    };

    it("Java: a builder per client, object types as their Args builders, the custom secret from secret config, never its value", () => {
        const code = javaProgramCode([CLIENT]);
        expect(code).to.include("public final class CognitoClients {").and.include("public static void declare(Context ctx) {");
        expect(code).to.include('var webApp = new UserPoolClient("web-app", UserPoolClientArgs.builder()');
        expect(code).to.include('            .clientSecret(ctx.config().requireSecret("webAppClientSecret"))');
        expect(code).to.include('            .callbackUrls("https://a.example.com", "https://b.example.com")');
        expect(code).to.include('            .tokenValidityUnits(UserPoolClientTokenValidityUnitsArgs.builder().refreshToken("hours").build())');
        expect(code).to.include("            .managedLoginBranding(UserPoolClientManagedLoginBrandingArgs.builder().useCognitoProvidedValues(true).build())");
        expect(code).to.include("            .refreshTokenValidity(5)");
        expect(code).to.not.include("customSecretA_");
    });

    it("Java: maps, lists of objects, a branding style's settings parsed from JSON and its images read from their files", () => {
        const code = javaProgramCode([RICH]);
        expect(code).to.include('.terms(UserPoolClientTermsArgs.builder().termsOfUse(UserPoolClientTermsDocumentArgs.builder().links(Map.of("default", "https://example.com/terms")).build()).build())');
        expect(code).to.include('.cimdPolicies(UserPoolClientCimdPolicyArgs.builder().policyName("agents").urlPatterns("https://agents.example/*").cacheDuration(3600).build())');
        expect(code).to.include('.settings(json("{\\"components\\":{\\"pageBackground\\":{\\"image\\":{\\"enabled\\":false}}}}"))');
        expect(code).to.include('.bytes(base64("agents-form-logo-light.png"))');
        expect(code).to.include("private static String base64(String file) {").and.include("private static Object json(String text) {");
    });

    it("Go: a function of package main, values as the SDK's input types, the custom secret from secret config", () => {
        const code = goProgramCode([CLIENT]);
        expect(code).to.include("package main").and.include("func declareCognitoClients(ctx *pulumi.Context) error {");
        expect(code).to.include('webApp, err := cognitoappclient.NewUserPoolClient(ctx, "web-app", &cognitoappclient.UserPoolClientArgs{');
        expect(code).to.include('\t\tClientSecret: config.RequireSecret(ctx, "webAppClientSecret"),');
        expect(code).to.include('\t\tCallbackUrls: pulumi.StringArray{pulumi.String("https://a.example.com"), pulumi.String("https://b.example.com")},');
        expect(code).to.include('\t\tTokenValidityUnits: &cognitoappclient.UserPoolClientTokenValidityUnitsArgs{RefreshToken: pulumi.String("hours")},');
        expect(code).to.include("\t\tRefreshTokenValidity: pulumi.Int(5),");
        expect(code).to.include('"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"');
        expect(code).to.not.include("customSecretA_");
    });

    it("Go: maps, arrays of objects, JSON settings and images, with only the imports they need", () => {
        const code = goProgramCode([RICH]);
        expect(code).to.include('Terms: &cognitoappclient.UserPoolClientTermsArgs{TermsOfUse: &cognitoappclient.UserPoolClientTermsDocumentArgs{Links: pulumi.StringMap{"default": pulumi.String("https://example.com/terms")}}},');
        expect(code).to.include('CimdPolicies: cognitoappclient.UserPoolClientCimdPolicyArray{&cognitoappclient.UserPoolClientCimdPolicyArgs{PolicyName: pulumi.String("agents"), UrlPatterns: pulumi.StringArray{pulumi.String("https://agents.example/*")}, CacheDuration: pulumi.Int(3600)}},');
        expect(code).to.include('Bytes: pulumi.String(base64File("agents-form-logo-light.png"))');
        expect(code).to.include("Settings: pulumi.Any(jsonValue(");
        expect(code).to.include('"encoding/base64"').and.include('"encoding/json"').and.not.include("pulumi/config");
    });
});
