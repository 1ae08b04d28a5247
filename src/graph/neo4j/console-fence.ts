// The console's fence: what a console query may do is decided on the plan Neo4j makes for it
// (EXPLAIN), not on how the query is spelt. Comments, line breaks, case, backticks and look-alike
// characters change the spelling; they cannot change the plan's operators. Every operator must be
// one that only reads the graph, and a procedure call must name a procedure of the allow-list.
// LOAD CSV (files and URLs), administration and transaction commands (SHOW …, TERMINATE …) and
// every other procedure are refused, whatever their spelling.

/** The part of a driver plan the fence reads (neo4j-driver's `Plan`). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: readonly PlanNode[];
}

/** Operators that read the graph and compute rows: nothing else may appear in a console plan. */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves: scans and seeks
  "AllNodesScan",
  "NodeByLabelScan",
  "NodeByIdSeek",
  "NodeByElementIdSeek",
  "NodeIndexSeek",
  "NodeUniqueIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeekByRange",
  "NodeIndexScan",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "MultiNodeIndexSeek",
  "AssertingMultiNodeIndexSeek",
  "IntersectionNodeByLabelsScan",
  "UnionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "DirectedRelationshipIndexSeek",
  "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexSeekByRange",
  "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipIndexScan",
  "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexContainsScan",
  "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan",
  "UndirectedRelationshipIndexEndsWithScan",
  "DirectedRelationshipByIdSeek",
  "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek",
  "UndirectedRelationshipByElementIdSeek",
  "DirectedRelationshipTypeScan",
  "UndirectedRelationshipTypeScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
  "DirectedUnionRelationshipTypesScan",
  "UndirectedUnionRelationshipTypesScan",
  "NodeCountFromCountStore",
  "RelationshipCountFromCountStore",
  "Argument",
  "ArgumentTracker",
  "EmptyRow",
  // traversal
  "Expand(All)",
  "Expand(Into)",
  "OptionalExpand(All)",
  "OptionalExpand(Into)",
  "VarLengthExpand(All)",
  "VarLengthExpand(Into)",
  "VarLengthExpand(Pruning)",
  "VarLengthExpand(Pruning,BFS)",
  "BFSPruningVarLengthExpand",
  "ShortestPath",
  "StatefulShortestPath(All)",
  "StatefulShortestPath(Into)",
  "Repeat(Trail)",
  "Repeat(Walk)",
  "NullifyMetadata",
  "ProjectEndpoints",
  "TriadicSelection",
  "TriadicBuild",
  "TriadicFilter",
  // rows
  "ProduceResults",
  "Projection",
  "Filter",
  "Limit",
  "ExhaustiveLimit",
  "Skip",
  "Sort",
  "PartialSort",
  "Top",
  "PartialTop",
  "Distinct",
  "OrderedDistinct",
  "EagerAggregation",
  "OrderedAggregation",
  "Unwind",
  "Eager",
  "EmptyResult",
  "CacheProperties",
  "AssertSameNode",
  "AssertSameRelationship",
  // joins and subqueries
  "Apply",
  "SemiApply",
  "AntiSemiApply",
  "LetSemiApply",
  "LetAntiSemiApply",
  "SelectOrSemiApply",
  "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSelectOrAntiSemiApply",
  "RollUpApply",
  "ConditionalApply",
  "AntiConditionalApply",
  "Optional",
  "CartesianProduct",
  "NodeHashJoin",
  "ValueHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "Union",
  "OrderedUnion",
  "Anti",
]);

/** Procedures that only describe the graph or search its full-text index. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

/** Operator names carry the runtime's suffix ("Filter@neo4j"). */
function operatorName(node: PlanNode): string {
  return node.operatorType.replace(/@.*$/u, "");
}

/** The procedure a ProcedureCall operator calls: "db.labels() :: (label :: STRING)" → "db.labels". */
function procedureName(node: PlanNode): string | null {
  const details = node.arguments?.Details ?? node.arguments?.details ?? node.arguments?.Signature ?? node.arguments?.signature;
  if (typeof details !== "string") return null;
  return /^\s*([\p{L}\d_.`]+)\s*\(/u.exec(details)?.[1]?.replaceAll("`", "") ?? null;
}

/** Why the plan may not run in the console, or null when every operator only reads the graph. */
export function planRefusal(plan: PlanNode): string | null {
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    const op = operatorName(node);
    if (op === "ProcedureCall") {
      const proc = procedureName(node);
      if (!proc || !READ_PROCEDURES.has(proc)) return `the procedure ${proc ?? "(unnamed)"} is not one the console allows (${[...READ_PROCEDURES].join(", ")})`;
    } else if (op === "LoadCSV") {
      return "LOAD CSV reads files and URLs";
    } else if (!READ_OPERATORS.has(op)) {
      return /^(?:Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Start|Stop|Enable|Rename)/u.test(op)
        ? `${op} is an administration command`
        : `the plan uses ${op}, which is not a read of the graph`;
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}
