export { UserPoolClient } from "./resource";
export { UserPoolClientProvider, UserPoolClientProviderOptions } from "./provider";
export { parseImportId, formatImportId, UserPoolClientRef } from "./importId";
export * from "./args";
