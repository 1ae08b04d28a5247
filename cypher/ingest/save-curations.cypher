// save-curations: the analysts' curations as (:Curation) nodes beside the graph, replacing those
// saved before, so that Cypher users see who corrected what (the KG_CURATIONS file stays the source;
// Curation nodes carry no :Node label and are no part of the graph's answers or counts).
// mode: WRITE
// params: $rows :: LIST<MAP {id, op, at, by, note, state, problem, json :: STRING}>
// columns: none
OPTIONAL MATCH (old:Curation)
DETACH DELETE old
WITH count(*) AS gone
UNWIND $rows AS row
CREATE (c:Curation)
SET c = row
