/**
 * Root hooks: one local Cognito API (docs/local-cognito.md) for the whole run, its endpoint exported through the AWS SDK's standard
 * variables so every SDK client (the provider's included) talks to it.
 */
import { LOCAL_AWS_ENV, Moto, startMoto } from "./moto";

let moto: Moto | undefined;

export function motoEndpoint(): string {
    if (!moto) throw new Error("the local Cognito API is not running");
    return moto.endpoint;
}

export const mochaHooks = {
    async beforeAll(this: Mocha.Context) {
        this.timeout(120_000);
        moto = await startMoto();
        Object.assign(process.env, LOCAL_AWS_ENV, { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: moto.endpoint });
        delete process.env.AWS_PROFILE;
    },
    async afterAll() {
        await moto?.stop();
    },
};
