// The console fence reads plans, not spellings: shapes of plans as Neo4j 5.26 gives them.
import { planRefusal, type PlanNode } from "../../src/graph/neo4j/console-fence";
import { MAX_RANGE_LENGTH, expressionRefusal } from "../../src/graph/neo4j/expression-fence";

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

describe("expressionRefusal: work inside one expression, which Neo4j's time limit cannot stop", () => {
  // plans as Neo4j 5.26 renders them: literals become $autoparameters, backticks and comments are gone
  const projection = (details: string) => op("ProduceResults", [op("Projection@neo4j", [], { Details: details })]);
  it.each([
    ["RETURN size(reduce(s='', x IN range(1,3000000) | s + 'x')) AS n", "size(reduce(s = $autostring_1, x IN range($autoint_2, $autoint_3) | s + $autostring_0)) AS n", /reduce\(\)/],
    ["RETURN [x IN l | [y IN l WHERE x < y | x + y]] AS q", "[x IN l | [y IN l WHERE x < y | x + y]] AS q", /list comprehension inside a list comprehension/],
    ["RETURN [x IN l WHERE any(y IN l WHERE y = x)] AS q", "[x IN l WHERE any(y IN l WHERE y = x)] AS q", /any\(\) inside a list comprehension/],
    ["UNWIND range(1, $n) AS x RETURN x", "range($autoint_0, $n) AS x", /integer literals/],
    ["UNWIND RANGE (1, 100000000) AS x RETURN x", "range($autoint_0, $autoint_1) AS x", /100,000,000 numbers/],
    ["RETURN `range`(1, /* far */ 20000) AS r", "range($autoint_0, $autoint_1) AS r", /20,000 numbers/],
    ["RETURN range(1, 1e9) AS r", "range($autoint_0, $autofloat_1) AS r", /integer literals/],
    ["RETURN range(0, 0x7fffffff) AS r", "range($autoint_0, $autoint_1) AS r", /numbers/],
    ["RETURN range(1, size([1,2])) AS r", "range($autoint_0, size($autolist_1)) AS r", /integer literals/],
  ])("refuses %s", (query, details, why) => {
    expect(expressionRefusal(projection(details), query)).toMatch(why);
  });
  it.each([
    ["RETURN [r IN relationships(p) | type(r)] AS types, all(n IN nodes(p) WHERE n.name IS NOT NULL) AS named", "[r IN relationships(p) | type(r)] AS types, all(n IN nodes(p) WHERE n.name IS NOT NULL) AS named"],
    ["UNWIND range(1, 100) AS i RETURN i", "range($autoint_0, $autoint_1) AS i"],
    ["UNWIND range(2015, 2025, 2) AS y RETURN y", "range($autoint_0, $autoint_1, $autoint_2) AS y"],
    ["RETURN 'reduce(' + 'range(1, $n)' AS s", "$autostring_0 + $autostring_1 AS s"],
  ])("lets %s through", (query, details) => {
    expect(expressionRefusal(projection(details), query)).toBeNull();
  });
  it("caps range() at the named length", () => {
    expect(expressionRefusal(projection("range($autoint_0, $autoint_1) AS r"), `RETURN range(1, ${MAX_RANGE_LENGTH}) AS r`)).toBeNull();
    expect(expressionRefusal(projection("range($autoint_0, $autoint_1) AS r"), `RETURN range(1, ${MAX_RANGE_LENGTH + 1}) AS r`)).toMatch(/at most/);
  });
});
