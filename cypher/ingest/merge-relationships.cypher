// merge-relationships: creates a batch's relationships or appends their evidence.
// mode: WRITE
// template: {{TYPE}} is one of the closed list of relationship types (src/graph/graph-model.ts)
// params: $rows :: LIST<MAP {from, to, key :: STRING, props :: MAP, evidenceArticle, evidenceText,
//         evidenceDate :: LIST<STRING>, evidenceStart, evidenceEnd :: LIST<INTEGER>}>
// columns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
ON CREATE SET r += row.props,
  r.evidenceArticle = row.evidenceArticle, r.evidenceText = row.evidenceText,
  r.evidenceStart = row.evidenceStart, r.evidenceEnd = row.evidenceEnd, r.evidenceDate = row.evidenceDate
ON MATCH SET
  r.evidenceArticle = r.evidenceArticle + row.evidenceArticle, r.evidenceText = r.evidenceText + row.evidenceText,
  r.evidenceStart = r.evidenceStart + row.evidenceStart, r.evidenceEnd = r.evidenceEnd + row.evidenceEnd,
  r.evidenceDate = r.evidenceDate + row.evidenceDate
