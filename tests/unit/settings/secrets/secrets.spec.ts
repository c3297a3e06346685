import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { UNKNOWN } from "../../../../provider/schema";
import {
    SecretApi,
    SecretDescriptor,
    SecretState,
    importedSecrets,
    isCustomSecretRotation,
    planSecretChange,
    reconcileSecrets,
    retirePreviousSecret,
    rotateSecret,
} from "../../../../provider/settings/secrets";

const POOL = "us-east-1_AbC123";
const CLIENT = "1example23456789";
const CUSTOM_A = "customSecretA_0123456789abcdef";
const CUSTOM_B = "customSecretB_0123456789abcdef";
const GENERATED = "g".repeat(51);
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const secret = (n: number, value?: string): SecretDescriptor => ({ id: `${CLIENT}--${n}`, createDate: at(n), ...(value ? { value } : {}) });

/**
 * Cognito's secret operations as a table of secrets: at most two, values returned only when generated, the last
 * one never deleted. Records every call.
 */
class FakeSecrets implements SecretApi {
    calls: string[] = [];
    private clock = 100;
    constructor(public secrets: SecretDescriptor[]) {}
    async listSecrets() {
        this.calls.push("List");
        return this.secrets.map(({ value: _v, ...d }) => ({ ...d }));
    }
    async addSecret(_pool: string, _client: string, value: string | undefined, existing: string[]) {
        this.calls.push(`Add(${[...existing].sort().join(",")})`);
        if (this.secrets.length >= 2) throw Object.assign(new Error("App client already has 2 client secrets"), { name: "LimitExceededException" });
        const added = secret(++this.clock, value ?? `generated${this.clock}`);
        this.secrets.push(added);
        return value === undefined ? { ...added } : { id: added.id, createDate: added.createDate };
    }
    async deleteSecret(_pool: string, _client: string, id: string) {
        this.calls.push(`Delete(${id})`);
        if (this.secrets.length === 1 && this.secrets[0].id === id) throw new Error("the last secret cannot be deleted");
        this.secrets = this.secrets.filter((s) => s.id !== id);
    }
}

describe("planSecretChange", () => {
    const generated = { userPoolId: POOL, generateSecret: true, clientSecret: GENERATED } as Partial<UserPoolClientOutputs>;
    const rows: [string, Partial<UserPoolClientOutputs>, Partial<UserPoolClientInputs>, ReturnType<typeof planSecretChange>][] = [
        ["nothing without rotation arguments", generated, { generateSecret: true }, { rotate: undefined, keepPrevious: true, retirePrevious: false }],
        ["a generated rotation when a keeper changes", { ...generated, rotateSecretWhenChanged: { r: "1" } }, { generateSecret: true, rotateSecretWhenChanged: { r: "2" } }, { rotate: {}, keepPrevious: true, retirePrevious: false }],
        ["a generated rotation when a keeper is added", { ...generated, rotateSecretWhenChanged: { r: "1" } }, { generateSecret: true, rotateSecretWhenChanged: { r: "1", s: "1" } }, { rotate: {}, keepPrevious: true, retirePrevious: false }],
        ["no rotation when the keepers are first set", generated, { generateSecret: true, rotateSecretWhenChanged: { r: "1" } }, { rotate: undefined, keepPrevious: true, retirePrevious: false }],
        ["no rotation when the keepers are removed", { ...generated, rotateSecretWhenChanged: { r: "1" } }, { generateSecret: true }, { rotate: undefined, keepPrevious: true, retirePrevious: false }],
        ["no rotation for the same keepers", { ...generated, rotateSecretWhenChanged: { r: "1" } }, { generateSecret: true, rotateSecretWhenChanged: { r: "1" } }, { rotate: undefined, keepPrevious: true, retirePrevious: false }],
        ["a custom rotation to the new value", { clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_B }, { rotate: { value: CUSTOM_B }, keepPrevious: true, retirePrevious: false }],
        ["no custom rotation for the same value", { clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_A }, { rotate: undefined, keepPrevious: true, retirePrevious: false }],
        ["a rotation that drops the replaced secret", { clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_B, keepPreviousSecret: false }, { rotate: { value: CUSTOM_B }, keepPrevious: false, retirePrevious: false }],
        ["retiring a previous secret", { ...generated, previousClientSecretId: `${CLIENT}--1` }, { generateSecret: true, keepPreviousSecret: false }, { rotate: undefined, keepPrevious: false, retirePrevious: true }],
        ["nothing to retire without a previous secret", generated, { generateSecret: true, keepPreviousSecret: false }, { rotate: undefined, keepPrevious: false, retirePrevious: false }],
    ];
    for (const [title, olds, news, plan] of rows) {
        it(title, () => expect(planSecretChange(olds, news)).to.deep.equal(plan));
    }
});

describe("isCustomSecretRotation", () => {
    const rows: [string, Partial<UserPoolClientOutputs>, Partial<UserPoolClientInputs>, boolean][] = [
        ["a new custom value", { clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_B }, true],
        ["a custom value not known until apply", { clientSecret: CUSTOM_A }, { clientSecret: UNKNOWN }, true],
        ["the same value", { clientSecret: CUSTOM_A }, { clientSecret: CUSTOM_A }, false],
        ["a custom secret added to a public client", {}, { clientSecret: CUSTOM_B }, false],
        ["a custom secret removed", { clientSecret: CUSTOM_A }, {}, false],
        ["a generated secret given way to a custom one", { generateSecret: true, clientSecret: GENERATED }, { clientSecret: CUSTOM_B }, false],
        ["a custom secret given way to a generated one", { clientSecret: CUSTOM_A }, { generateSecret: true }, false],
    ];
    for (const [title, olds, news, expected] of rows) it(`${expected ? "is" : "is not"} a rotation: ${title}`, () => expect(isCustomSecretRotation(olds, news)).to.equal(expected));
});

describe("rotateSecret", () => {
    it("the first rotation of a generated secret: list, add; the original becomes the previous secret", async () => {
        const api = new FakeSecrets([secret(1, GENERATED)]);
        const state = await rotateSecret(api, POOL, CLIENT, { clientSecret: GENERATED }, undefined, true);
        expect(api.calls).to.deep.equal([`List`, `Add(${CLIENT}--1)`]);
        expect(state).to.deep.equal({
            clientSecret: "generated101", clientSecretId: `${CLIENT}--101`, clientSecretCreateDate: at(101),
            previousClientSecret: GENERATED, previousClientSecretId: `${CLIENT}--1`, previousClientSecretCreateDate: at(1),
        });
    });

    it("with two secrets, deletes the one already replaced, never the current one, then adds", async () => {
        const api = new FakeSecrets([secret(1, "old"), secret(2, "current")]);
        const stored: SecretState = { clientSecret: "current", clientSecretId: `${CLIENT}--2`, previousClientSecret: "old", previousClientSecretId: `${CLIENT}--1` };
        const state = await rotateSecret(api, POOL, CLIENT, stored, CUSTOM_B, true);
        expect(api.calls).to.deep.equal(["List", `Delete(${CLIENT}--1)`, `Add(${CLIENT}--2)`]);
        expect(api.secrets.map((s) => s.id)).to.deep.equal([`${CLIENT}--2`, `${CLIENT}--101`]);
        expect(state).to.include({ clientSecret: CUSTOM_B, clientSecretId: `${CLIENT}--101`, previousClientSecret: "current", previousClientSecretId: `${CLIENT}--2` });
    });

    it("after any number of rotations the client holds exactly the current and the previous secret", async () => {
        const api = new FakeSecrets([secret(1, GENERATED)]);
        let state: SecretState = { clientSecret: GENERATED };
        const values = [GENERATED];
        for (let i = 0; i < 5; i++) {
            state = await rotateSecret(api, POOL, CLIENT, state, undefined, true);
            values.push(state.clientSecret!);
            expect(api.secrets.map((s) => s.value)).to.deep.equal(values.slice(-2));
            expect(state.previousClientSecret).to.equal(values[values.length - 2]);
        }
    });

    it("keepPrevious false: deletes the replaced secret right after the add", async () => {
        const api = new FakeSecrets([secret(1, GENERATED)]);
        const state = await rotateSecret(api, POOL, CLIENT, { clientSecret: GENERATED }, undefined, false);
        expect(api.calls).to.deep.equal(["List", `Add(${CLIENT}--1)`, `Delete(${CLIENT}--1)`]);
        expect(state).to.not.have.any.keys("previousClientSecret", "previousClientSecretId");
        expect(api.secrets).to.have.length(1);
    });

    it("before the first rotation, with a second secret made outside Pulumi, keeps the original (whose value state holds)", async () => {
        const api = new FakeSecrets([secret(2, "made by hand"), secret(1, GENERATED)]);
        const state = await rotateSecret(api, POOL, CLIENT, { clientSecret: GENERATED }, undefined, true);
        expect(api.calls).to.deep.equal(["List", `Delete(${CLIENT}--2)`, `Add(${CLIENT}--1)`]);
        expect(state.previousClientSecret).to.equal(GENERATED);
    });

    it("when the current secret was deleted outside Pulumi, makes room without deleting the last secret", async () => {
        const api = new FakeSecrets([secret(1, "unknown a"), secret(3, "unknown b")]);
        const state = await rotateSecret(api, POOL, CLIENT, { clientSecret: "gone", clientSecretId: `${CLIENT}--2` }, undefined, true);
        expect(api.calls).to.deep.equal(["List", `Delete(${CLIENT}--1)`, `Add(${CLIENT}--3)`]);
        expect(state).to.not.have.any.keys("previousClientSecret", "previousClientSecretId");
        expect(api.secrets).to.have.length(2);
    });
});

describe("retirePreviousSecret", () => {
    it("deletes the previous secret and forgets it", async () => {
        const api = new FakeSecrets([secret(1, "old"), secret(2, "current")]);
        const state = await retirePreviousSecret(api, POOL, CLIENT, { clientSecret: "current", clientSecretId: `${CLIENT}--2`, previousClientSecret: "old", previousClientSecretId: `${CLIENT}--1`, previousClientSecretCreateDate: at(1) });
        expect(api.calls).to.deep.equal([`Delete(${CLIENT}--1)`]);
        expect(state).to.deep.equal({ clientSecret: "current", clientSecretId: `${CLIENT}--2` });
    });
});

describe("reconcileSecrets (refresh)", () => {
    const stored: SecretState = {
        clientSecret: "current", clientSecretId: `${CLIENT}--2`, clientSecretCreateDate: at(2),
        previousClientSecret: "old", previousClientSecretId: `${CLIENT}--1`, previousClientSecretCreateDate: at(1),
    };
    const rows: [string, SecretDescriptor[], SecretState][] = [
        ["both still exist: unchanged", [secret(1), secret(2)], stored],
        ["the previous one deleted outside Pulumi: forgotten", [secret(2)], { clientSecret: "current", clientSecretId: `${CLIENT}--2`, clientSecretCreateDate: at(2) }],
        ["the current one deleted outside Pulumi: the previous one, still valid, is current", [secret(1)], { clientSecret: "old", clientSecretId: `${CLIENT}--1`, clientSecretCreateDate: at(1) }],
        ["neither left: the newest secret, value unknown", [secret(5), secret(4)], { clientSecretId: `${CLIENT}--5`, clientSecretCreateDate: at(5) }],
    ];
    for (const [title, listed, expected] of rows) it(title, () => expect(reconcileSecrets(stored, listed)).to.deep.equal(expected));
});

describe("importedSecrets (import and get)", () => {
    const rows: [string, SecretDescriptor[], string | undefined, SecretState][] = [
        ["a public client", [], undefined, {}],
        ["only the original secret: recorded as never rotated", [secret(1)], GENERATED, { clientSecret: GENERATED }],
        ["the original and an added one: the added one is current, value unknown; the original previous", [secret(2), secret(1)], GENERATED, { clientSecretId: `${CLIENT}--2`, clientSecretCreateDate: at(2), previousClientSecret: GENERATED, previousClientSecretId: `${CLIENT}--1`, previousClientSecretCreateDate: at(1) }],
        ["the original rotated away: one secret of unknown value", [secret(3)], undefined, { clientSecretId: `${CLIENT}--3`, clientSecretCreateDate: at(3) }],
        ["two added secrets, the original gone", [secret(3), secret(2)], undefined, { clientSecretId: `${CLIENT}--3`, clientSecretCreateDate: at(3), previousClientSecretId: `${CLIENT}--2`, previousClientSecretCreateDate: at(2) }],
    ];
    for (const [title, listed, described, expected] of rows) it(title, () => expect(importedSecrets(listed, described)).to.deep.equal(expected));
});
