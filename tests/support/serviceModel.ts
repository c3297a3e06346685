/**
 * The Cognito service model the local Cognito API pins: the one cognito-idp service-2.json.gz of its botocore
 * (installed by scripts/setup-local-cognito.sh). Shared by the tests that hold the package to the model.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "../../..");

export interface Shape {
    type: string;
    enum?: string[];
    min?: number;
    max?: number;
    pattern?: string;
    members?: Record<string, { shape: string }>;
    member?: { shape: string };
    key?: { shape: string };
    value?: { shape: string };
}

export interface Model {
    metadata: { apiVersion: string };
    operations: Record<string, { input?: { shape: string }; output?: { shape: string } }>;
    shapes: Record<string, Shape>;
}

/** The pinned model and its file. */
export function loadModel(): { model: Model; file: string } {
    const venvLib = path.join(ROOT, ".tools/local-cognito/venv/lib");
    const python = fs.existsSync(venvLib) ? fs.readdirSync(venvLib).filter((d) => d.startsWith("python")) : [];
    for (const dir of python) {
        const data = path.join(venvLib, dir, "site-packages/botocore/data/cognito-idp");
        if (!fs.existsSync(data)) continue;
        for (const version of fs.readdirSync(data)) {
            const file = path.join(data, version, "service-2.json.gz");
            if (fs.existsSync(file)) return { model: JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString("utf8")) as Model, file };
        }
    }
    throw new Error(`the pinned service model was not found under ${venvLib}: run bash scripts/setup-local-cognito.sh`);
}

/** The model's file relative to the repository, for test titles. */
export const modelPath = (file: string): string => path.relative(ROOT, file);
