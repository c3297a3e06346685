/**
 * What the engine stores in state for every client so that it can find the provider again: the type token and the
 * provider text under the reserved `__provider` key, once in the inputs and once in the outputs.
 *
 * The dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`) loads the text of `__provider` as a CommonJS
 * module (require-from-string), calls its exported `handler()` once per distinct text and process, and calls
 * `configure` on the object it returns before any other method. Which copy it loads: check, diff, create and update
 * take the program's (new) inputs; read (refresh) and delete take the stored outputs.
 *
 * The text is a constant, written here, not produced by Pulumi's closure serializer: a single line that loads this
 * package from the program directory (the host's working directory), the way the program itself resolves it, and
 * returns a new `UserPoolClientProvider`. State stays small, no code is frozen in it, the installed version of the
 * package is the one that runs (for `refresh` and `destroy` of existing stacks too), and nothing is captured: no
 * credentials, no configuration, no SDK client.
 *
 * Stacks written by 0.1.0 hold a closure-serialized stub instead (about 2.8 KB), which loads the same subpath
 * (`PROVIDER_MODULE`) the same way; the subpath and its `UserPoolClientProvider` export are therefore part of the
 * package's contract with stored state.
 */

/** The engine's reserved key for the provider text, in a dynamic resource's inputs and outputs. */
export const PROVIDER_KEY = "__provider";

/** The type token `pulumi.dynamic.Resource` gives module "cognito", type "UserPoolClient"; stored URNs contain it. */
export const USER_POOL_CLIENT_TYPE = "pulumi-nodejs:dynamic/cognito:UserPoolClient";

/** The package subpath whose `UserPoolClientProvider` the provider text (of this and earlier versions) loads. */
export const PROVIDER_MODULE = "pulumi-cognito-user-pool-client/provider";

/**
 * The provider text stored in `__provider`. `createRequire` from the working directory (a trailing slash names a
 * directory) resolves the package as a file of the program directory would.
 */
export const PROVIDER_TEXT =
    `exports.handler=()=>new(require("module").createRequire(process.cwd()+"/")(${JSON.stringify(PROVIDER_MODULE)}).UserPoolClientProvider)`;
