// stats: how many nodes of each label and relationships of each type the graph holds.
// mode: READ
// params: none
// columns: kind, type, count
CALL () {
  MATCH (n:Node)
  RETURN 'node' AS kind, n.label AS type, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS type, count(*) AS count
}
RETURN kind, type, count
ORDER BY kind, type
