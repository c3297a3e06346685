/**
 * Every client operation of the pinned Cognito service model is accounted for (`provider/operations.ts`): the
 * package calls it (the client's own CLIENT_OPERATIONS or a setting's `operations`), or it is listed as an operation
 * of run time, superseded, or not managed yet, each with a reason, and it is exactly one of these.
 *
 * The definition of a client operation: its input or output reaches, through members, list members, map keys and
 * values, recursively, a structure with a `ClientId` member (39 operations in the pinned botocore). Counting only the
 * input's top-level members (31) would miss the list and describe operations of a client's parts whose answers name
 * the client: ListCIMDPolicies and DescribeCIMDPolicy (the client is in the policies they return), UpdateTerms and
 * DescribeTerms (a document by its ID, answered with its client), ListUserPoolClients and the session lists. Those are
 * exactly the operations an IAM policy or a new setting has to think about, so the broader definition is the one.
 *
 * When AWS adds a client operation, the pinned model gains it and this test fails until the package calls it or
 * lists it; when a setting starts to call a listed operation (a "not yet managed" one becoming a setting), this test
 * fails until it leaves its list, so the lists only shrink (as AHEAD_OF_MODEL in model.spec.ts).
 */
import { expect } from "chai";
import * as path from "path";
import { CLIENT_OPERATIONS } from "../../provider/aws";
import {
    NOT_YET_MANAGED_OPERATIONS,
    OPERATION_LISTS,
    PACKAGE_OPERATIONS,
    RUN_TIME_OPERATIONS,
    SUPERSEDED_OPERATIONS,
    listedTwice,
    operationsReaching,
    staleListings,
    unaccountedOperations,
    wronglyListed,
} from "../../provider/operations";
import { SETTING_OPERATIONS } from "../../provider/settings";
import { importGraph, sources } from "../support/layout";
import { Model, loadModel, modelPath } from "../support/serviceModel";

const ROOT = path.resolve(__dirname, "../../..");
const { model, file } = loadModel();
const clientOperations = operationsReaching(model);
const used = clientOperations.filter((op) => PACKAGE_OPERATIONS.includes(op));
const counts = `${clientOperations.length} client operations: ${used.length} called, ${Object.keys(RUN_TIME_OPERATIONS).length} run time, ` +
    `${Object.keys(SUPERSEDED_OPERATIONS).length} superseded, ${Object.keys(NOT_YET_MANAGED_OPERATIONS).length} not yet managed`;

/** The model with one more operation, whose `where` ("input" or "output") is `shape`, and that shape's members. */
function withOperation(name: string, where: "input" | "output", shapes: Model["shapes"]): Model {
    const copy = JSON.parse(JSON.stringify(model)) as Model;
    Object.assign(copy.shapes, shapes);
    copy.operations[name] = { [where]: { shape: Object.keys(shapes)[0] } };
    return copy;
}

describe(`every client operation of the pinned service model is accounted for (${modelPath(file)}; ${counts})`, () => {
    it("accounts for every operation that reaches a ClientId: called, run time, superseded or not yet managed", () => {
        expect(unaccountedOperations(model), "client operations the package neither calls nor lists").to.deep.equal([]);
    });

    it("lists no operation that the package calls (a setting that starts to call one removes it from its list)", () => {
        expect(wronglyListed(), "called and still listed").to.deep.equal([]);
    });

    it("puts no operation in two lists", () => {
        expect(listedTwice()).to.deep.equal([]);
    });

    it("lists only client operations of the model", () => {
        expect(staleListings(model), "listed, but no operation of the model that reaches a ClientId").to.deep.equal([]);
    });

    it("declares only operations the model has (the model lacks none of them)", () => {
        expect(PACKAGE_OPERATIONS.filter((op) => !(op in model.operations))).to.deep.equal([]);
        expect([...CLIENT_OPERATIONS, ...SETTING_OPERATIONS].every((op) => PACKAGE_OPERATIONS.includes(op))).to.equal(true);
    });

    it("gives each listed operation one line of reason", () => {
        for (const [list, ops] of Object.entries(OPERATION_LISTS)) {
            for (const [op, reason] of Object.entries(ops)) expect(reason, `${op} (${list})`).to.match(/^[^\n]{10,}$/);
        }
    });

    it("counts by the broader definition: the inputs' top-level ClientId alone misses list and describe operations", () => {
        const topLevel = Object.entries(model.operations).filter(([, op]) => op.input && "ClientId" in (model.shapes[op.input.shape].members ?? {})).map(([n]) => n);
        expect(topLevel.filter((op) => !clientOperations.includes(op)), "the narrow definition finds nothing the broad one misses").to.deep.equal([]);
        const missedByNarrow = clientOperations.filter((op) => !topLevel.includes(op));
        for (const op of ["ListCIMDPolicies", "UpdateTerms", "ListUserPoolClients"]) expect(missedByNarrow).to.include(op);
    });

    describe("the check can fail", () => {
        it("reports by name an operation the model gains whose input has a ClientId", () => {
            const gained = withOperation("CreateMadeUpThing", "input", {
                CreateMadeUpThingRequest: { type: "structure", members: { UserPoolId: { shape: "UserPoolIdType" }, ClientId: { shape: "ClientIdType" } } },
            });
            expect(unaccountedOperations(gained)).to.deep.equal(["CreateMadeUpThing"]);
        });

        it("reports one whose output names a client only inside a list of structures", () => {
            const gained = withOperation("ListMadeUpThings", "output", {
                ListMadeUpThingsResponse: { type: "structure", members: { Things: { shape: "MadeUpThingListType" } } },
                MadeUpThingListType: { type: "list", member: { shape: "MadeUpThingType" } },
                MadeUpThingType: { type: "structure", members: { ClientId: { shape: "ClientIdType" } } },
            });
            expect(unaccountedOperations(gained)).to.deep.equal(["ListMadeUpThings"]);
        });

        it("reports one that reaches a ClientId through a map value, and none that reaches no ClientId", () => {
            const gained = withOperation("GetMadeUpMap", "output", {
                GetMadeUpMapResponse: { type: "structure", members: { ByName: { shape: "MadeUpMapType" } } },
                MadeUpMapType: { type: "map", key: { shape: "StringType" }, value: { shape: "MadeUpThingType" } },
                MadeUpThingType: { type: "structure", members: { ClientId: { shape: "ClientIdType" } } },
            });
            expect(unaccountedOperations(gained)).to.deep.equal(["GetMadeUpMap"]);
            const unrelated = withOperation("GetMadeUpPoolThing", "input", { GetMadeUpPoolThingRequest: { type: "structure", members: { UserPoolId: { shape: "UserPoolIdType" } } } });
            expect(unaccountedOperations(unrelated)).to.deep.equal([]);
        });

        for (const op of Object.keys(NOT_YET_MANAGED_OPERATIONS)) {
            it(`fails when a setting calls ${op} while it is still listed as not yet managed`, () => {
                expect(wronglyListed([...PACKAGE_OPERATIONS, op])).to.deep.equal([`${op} (not yet managed)`]);
            });
        }

        it("fails when an operation is in two lists", () => {
            const lists = { ...OPERATION_LISTS, superseded: { ...SUPERSEDED_OPERATIONS, InitiateAuth: "listed twice for this test" } };
            expect(listedTwice(lists)).to.deep.equal(["InitiateAuth (run time, superseded)"]);
        });

        it("fails when a list holds an operation the model does not have", () => {
            const lists = { ...OPERATION_LISTS, "not yet managed": { ...NOT_YET_MANAGED_OPERATIONS, DescribeMadeUpThing: "not in the model" } };
            expect(staleListings(model, lists)).to.deep.equal(["DescribeMadeUpThing (not yet managed)"]);
        });
    });

    it("keeps the module a leaf: it imports only the declarations, and no setting imports it", () => {
        const files = sources(ROOT, "provider");
        const graph = importGraph(files);
        expect([...graph.get("provider/operations.ts")!].sort()).to.deep.equal(["provider/aws.ts", "provider/settings/index.ts"]);
        const importers = [...graph].filter(([, targets]) => targets.has("provider/operations.ts")).map(([f]) => f);
        expect(importers, "provider modules that import operations.ts").to.deep.equal([]);
    });
});
