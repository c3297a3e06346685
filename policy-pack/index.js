// The ready policy pack, with each rule at its default level; a team sets levels and parameters with
// `pulumi preview --policy-pack-config <file>` (docs/guardrails.md). It needs @pulumi/policy in the project.
const { CognitoClientGuardrails } = require("../dist/guardrails/policyPack");

new CognitoClientGuardrails();
