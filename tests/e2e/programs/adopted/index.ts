// The clients `pulumi-cognito-clients adopt` wrote into cognito-clients.ts, declared as they are.
import * as fs from "fs";
import * as path from "path";

if (fs.existsSync(path.join(__dirname, "cognito-clients.ts"))) require("./cognito-clients");
