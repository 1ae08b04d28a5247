// merge-relationships: creates a batch's relationships or appends their evidence, keeping at most
// $cap evidence entries (structural relationships keep a few, event relationships all).
// mode: WRITE
// template: {{TYPE}} is one of the closed list of relationship types (src/graph/graph-model.ts)
// params: $rows :: LIST<MAP {from, to, key :: STRING, props :: MAP, evidenceArticle, evidenceText,
//         evidenceDate :: LIST<STRING>, evidenceStart, evidenceEnd :: LIST<INTEGER>}>, $cap :: INTEGER
// columns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
ON CREATE SET r += row.props,
  r.evidenceArticle = row.evidenceArticle[0..$cap], r.evidenceText = row.evidenceText[0..$cap],
  r.evidenceStart = row.evidenceStart[0..$cap], r.evidenceEnd = row.evidenceEnd[0..$cap], r.evidenceDate = row.evidenceDate[0..$cap]
ON MATCH SET
  r.evidenceArticle = (r.evidenceArticle + row.evidenceArticle)[0..$cap], r.evidenceText = (r.evidenceText + row.evidenceText)[0..$cap],
  r.evidenceStart = (r.evidenceStart + row.evidenceStart)[0..$cap], r.evidenceEnd = (r.evidenceEnd + row.evidenceEnd)[0..$cap],
  r.evidenceDate = (r.evidenceDate + row.evidenceDate)[0..$cap]
