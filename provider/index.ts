export { UserPoolClient } from "./resource";
export { UserPoolClientProvider, UserPoolClientProviderOptions } from "./provider";
export { parseImportId, formatImportId, UserPoolClientRef } from "./importId";
export * from "./args";
export { buildImportFile, ImportRequest, ImportFile, USER_POOL_CLIENT_TYPE } from "./adoption/importFile";
