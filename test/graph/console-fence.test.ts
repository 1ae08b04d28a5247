// The console fence reads plans, not spellings: shapes of plans as Neo4j 5.26 gives them.
import { planRefusal, type PlanNode } from "../../src/graph/neo4j/console-fence";

const op = (operatorType: string, children: PlanNode[] = [], args: Record<string, unknown> = {}): PlanNode => ({ operatorType, children, arguments: args });

describe("planRefusal", () => {
  it("lets reads of the graph through, whatever the runtime's suffix", () => {
    const read = op("ProduceResults@neo4j", [op("Filter@neo4j", [op("Expand(All)@neo4j", [op("NodeByLabelScan@neo4j")])])]);
    expect(planRefusal(read)).toBeNull();
    expect(planRefusal(op("ProduceResults", [op("ProcedureCall", [], { Details: "db.labels() :: (label :: STRING)" })]))).toBeNull();
  });
  it.each([
    [op("ProduceResults", [op("LoadCSV")]), /LOAD CSV/],
    [op("ProduceResults", [op("Apply", [op("Argument"), op("LoadCSV@neo4j")])]), /LOAD CSV/], // inside a subquery
    [op("ProduceResults", [op("ShowTransactions")]), /administration/],
    [op("ProduceResults", [op("TerminateTransactions")]), /administration/],
    [op("ProduceResults", [op("ShowSettings@neo4j")]), /administration/],
    [op("ProduceResults", [op("ProcedureCall", [], { Details: "db.prepareForReplanning() :: ()" })]), /db\.prepareForReplanning/],
    [op("ProduceResults", [op("ProcedureCall", [], { Details: 'dbms.listConfig("") :: (name :: STRING)' })]), /dbms\.listConfig/],
    [op("ProduceResults", [op("ProcedureCall")]), /unnamed/],
    [op("ProduceResults", [op("SetProperty", [op("AllNodesScan")])]), /SetProperty/],
    [op("ProduceResults", [op("SomethingNew")]), /SomethingNew/],
  ])("refuses %j", (plan, why) => {
    expect(planRefusal(plan)).toMatch(why);
  });
});
