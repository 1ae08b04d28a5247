// counts: nodes, relationships and articles in the graph.
// mode: READ
// params: none
// columns: nodes, relationships, articles
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN nodes, relationships, articles
