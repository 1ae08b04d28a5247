// path: the shortest path between two entities (up to 8 hops); among equally short paths, the
// first by node ids and relationship types, so that the answer is the same on every store.
// mode: READ
// params: $from :: STRING, $to :: STRING
// columns: step, id, label, name, via
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:BASED_IN|HOLDS_ROLE|ROLE_AT|LED_DELEGATION|PARTICIPATED_IN|HOSTED|HELD_IN|SIGNED_WITH|ATTENDED|REPORTED_IN*..8]-(b))
WITH p, reduce(k = '', i IN range(0, length(p) - 1) | k + nodes(p)[i].id + '|' + type(relationships(p)[i]) + '|') + b.id AS pathKey
ORDER BY pathKey
LIMIT 1
UNWIND range(0, length(p)) AS i
WITH p, i, nodes(p)[i] AS n
RETURN i AS step, n.id AS id, n.label AS label, n.name AS name,
       CASE WHEN i < length(p) THEN type(relationships(p)[i]) ELSE null END AS via
ORDER BY step
