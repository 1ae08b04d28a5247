// The Neo4j store on a real Neo4j: the same contract as the embedded store.
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { StoreUnavailableError } from "../../src/graph/errors";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { storeContract } from "./store-contract";

describeNeo4j("Neo4j store", (config) => {
  let unlock: () => Promise<void>;
  beforeAll(async () => {
    unlock = await lockNeo4j();
  });
  afterAll(async () => unlock());

  storeContract("neo4j", () => Neo4jStore.connect(config));

  it("names the URI in one clear error when Neo4j is unreachable", async () => {
    await expect(Neo4jStore.connect({ ...config, uri: "bolt://127.0.0.1:1" })).rejects.toThrow(StoreUnavailableError);
    await expect(Neo4jStore.connect({ ...config, uri: "bolt://127.0.0.1:1" })).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
  });
});
