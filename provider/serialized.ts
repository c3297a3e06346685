/**
 * The provider object the engine serializes into state for every client. It is deliberately tiny: each method
 * loads the implementation from the installed package at run time, resolved from the program directory the
 * way the program itself resolves it. State stays small, no code is frozen in it, and upgrading the package
 * takes effect for `refresh` and `destroy` of existing stacks too. It captures nothing: no credentials, no
 * configuration, no SDK client.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { UserPoolClientProvider } from "./provider";

type Implementation = UserPoolClientProvider;

/**
 * Each method delegates to the implementation. A plain object, not a class instance: it serializes to fewer
 * bytes (no constructor or prototype), and state stores it twice per resource.
 */
export const serializedProvider: pulumi.dynamic.ResourceProvider & { impl?: Implementation; load(): Implementation } = {
    async configure(req: pulumi.dynamic.ConfigureRequest) {
        return this.load().configure(req);
    },
    async check(olds: any, news: any) {
        return this.load().check(olds, news);
    },
    async diff(id: string, olds: any, news: any) {
        return this.load().diff(id, olds, news);
    },
    async create(inputs: any) {
        return this.load().create(inputs);
    },
    async read(id: string, props?: any) {
        return this.load().read(id, props);
    },
    async update(id: string, olds: any, news: any) {
        return this.load().update(id, olds, news);
    },
    async delete(id: string, props: any) {
        return this.load().delete(id, props);
    },
    load() {
        if (!this.impl) {
            // require() stays source text; resolved from the program directory, the provider host's cwd.
            const from = require("module").createRequire(require("path").join(process.cwd(), "package.json"));
            this.impl = new (from("pulumi-cognito-user-pool-client/provider").UserPoolClientProvider)();
        }
        return this.impl!;
    },
};
