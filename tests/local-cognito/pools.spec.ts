/**
 * User pools as the acceptance suite's clean-up meets them (docs/local-cognito.md, "Deleting a pool with a domain"):
 * a pool that still has a domain is not deleted; once its domain is gone, it is.
 */
import { CreateUserPoolDomainCommand, DeleteUserPoolCommand, DeleteUserPoolDomainCommand, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as crypto from "crypto";
import { describeFaithful, expectError, newPool, sdk } from "./support";

describeFaithful("deleting a user pool", () => {
    it("refuses while the pool has a domain, and deletes it once the domain is deleted", async () => {
        const client = sdk();
        const userPoolId = await newPool(client);
        const domain = `acceptance-${crypto.randomBytes(4).toString("hex")}`;
        await client.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
        await expectError(client.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId })), "InvalidParameterException", "User pool cannot be deleted. It has a domain configured that should be deleted first.");
        expect((await client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }))).UserPool?.Domain).to.equal(domain);

        await client.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
        await client.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId }));
        await expectError(client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })), "ResourceNotFoundException");
    });
});
