/** The provider plugin's names: the package, its one resource, and what each language's SDK is called. */

/** The package name: the plugin is `pulumi-resource-cognito-app-client`, its config namespace `cognito-app-client:`. */
export const PLUGIN_NAME = "cognito-app-client";

/** The resource's type token, as YAML programs and `pulumi import` name it. */
export const RESOURCE_TOKEN = `${PLUGIN_NAME}:index:UserPoolClient`;

/** The package's repository, whose releases carry the plugin's archives. */
export const REPOSITORY = "github.com/pulumi-cognito-user-pool-client/pulumi-cognito-user-pool-client";

/**
 * Where the engine downloads the plugin an SDK names (the schema's `pluginDownloadURL`, copied into every SDK): the
 * repository's GitHub releases, written out (the engine's guess would be `pulumi-<name>`).
 */
export const PLUGIN_DOWNLOAD_URL = `github://api.github.com/${REPOSITORY.replace(/^github\.com\//, "")}`;

/** The Go module of the generated Go SDK. */
export const GO_MODULE = `${REPOSITORY}/sdk/go`;

/** The schema's `language` block: how the generated SDKs name the package. */
export const SCHEMA_LANGUAGES = {
    python: { packageName: "pulumi_cognito_app_client", requires: { pulumi: ">=3.269.0,<4.0.0" }, respectSchemaVersion: true },
    go: { importBasePath: `${GO_MODULE}/cognitoappclient`, generateResourceContainerTypes: true, respectSchemaVersion: true },
    csharp: { rootNamespace: "Pulumi", namespaces: { [PLUGIN_NAME]: "CognitoAppClient" }, packageReferences: { Pulumi: "3.*" }, respectSchemaVersion: true },
    nodejs: { packageName: "pulumi-cognito-user-pool-client", respectSchemaVersion: true },
} as const;
