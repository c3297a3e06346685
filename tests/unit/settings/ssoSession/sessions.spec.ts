import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { CognitoApiError } from "../../../../provider/aws";
import { explainSessionError, plannedSsoMinutes, ssoSessionOutput, usesSsoSession } from "../../../../provider/settings/ssoSession";

const POOL = "us-east-1_AbC123";

describe("plannedSsoMinutes: what an update sets", () => {
    const rows: [string, Partial<UserPoolClientOutputs>, Partial<UserPoolClientInputs>, number | undefined][] = [
        ["nothing for a client that never uses it", {}, {}, undefined],
        ["the minutes when first set", {}, { ssoSession: { maxValidityMinutes: 480 } }, 480],
        ["0 when first set to 0", {}, { ssoSession: { maxValidityMinutes: 0 } }, 0],
        ["the new minutes on a change", { ssoSession: { maxValidityMinutes: 480 } }, { ssoSession: { maxValidityMinutes: 30 } }, 30],
        ["nothing for the same minutes", { ssoSession: { maxValidityMinutes: 480 } }, { ssoSession: { maxValidityMinutes: 480 } }, undefined],
        ["Cognito's default, 60, when removed", { ssoSession: { maxValidityMinutes: 480 } }, {}, 60],
        ["nothing when 60 is set on a client at the default", {}, { ssoSession: { maxValidityMinutes: 60 } }, undefined],
        ["nothing when an explicit 60 is removed", { ssoSession: { maxValidityMinutes: 60 } }, {}, undefined],
    ];
    for (const [title, olds, news, expected] of rows) it(title, () => expect(plannedSsoMinutes(olds, news)).to.equal(expected));
});

describe("ssoSessionOutput and usesSsoSession", () => {
    it("records no setting for Cognito's default", () => expect(ssoSessionOutput(60)).to.equal(undefined));
    it("records any other minutes", () => {
        expect(ssoSessionOutput(0)).to.deep.equal({ maxValidityMinutes: 0 });
        expect(ssoSessionOutput(129600)).to.deep.equal({ maxValidityMinutes: 129600 });
    });
    it("reads the setting only for a client whose state or arguments use it", () => {
        expect(usesSsoSession({})).to.equal(false);
        expect(usesSsoSession({ ssoSession: { maxValidityMinutes: 60 } })).to.equal(true);
    });
});

describe("explainSessionError", () => {
    const apiError = (name: string, message: string) => new CognitoApiError("setting the session configuration of", `${POOL}/c`, name, message, "req-1", 1);

    it("says how to put the pool in the Essentials or Plus tier", () => {
        const error = explainSessionError(apiError("FeatureUnavailableInTierException", "Session configuration is not available in the LITE tier"), POOL);
        expect(error.message).to.match(/^ssoSession needs the user pool in the Essentials or Plus tier: set userPoolTier: "ESSENTIALS" \(or "PLUS"\) on the pool \(aws\.cognito\.UserPool in @pulumi\/aws\), or choose the tier under the pool's Settings in the Cognito console\. setting the session configuration of Cognito user pool client/);
        expect(error.message).to.include("FeatureUnavailableInTierException: Session configuration is not available in the LITE tier");
    });

    it("says how to enable session tracking, naming the pool", () => {
        const error = explainSessionError(apiError("InvalidParameterException", "Session tracking must be enabled for user pool x"), POOL);
        expect(error.message).to.include(`aws cognito-idp set-user-pool-session-configuration --user-pool-id ${POOL} --user-session-tracking ENABLED`);
        expect(error.message).to.match(/^ssoSession needs session tracking on the user pool/);
    });

    it("passes any other error through unchanged", () => {
        const original = apiError("InvalidParameterException", "1 validation error detected");
        expect(explainSessionError(original, POOL)).to.equal(original);
        const plain = new Error("socket hang up");
        expect(explainSessionError(plain, POOL)).to.equal(plain);
    });
});
