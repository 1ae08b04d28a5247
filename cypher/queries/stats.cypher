// stats: how many nodes of each label and relationships of each type the graph holds.
// One branch per label and type, so that Neo4j answers from its count store instead of reading
// every node (a test checks that every label and type of the model has its branch).
// mode: READ
// params: none
// columns: kind, type, count
CALL () {
  MATCH (n:Article) RETURN 'node' AS kind, 'Article' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Country) RETURN 'node' AS kind, 'Country' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Event) RETURN 'node' AS kind, 'Event' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'node' AS kind, 'Organization' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Province) RETURN 'node' AS kind, 'Province' AS type, count(n) AS count
  UNION ALL
  MATCH (n:Role) RETURN 'node' AS kind, 'Role' AS type, count(n) AS count
  UNION ALL
  MATCH ()-[r:ATTENDED]->() RETURN 'relationship' AS kind, 'ATTENDED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:BASED_IN]->() RETURN 'relationship' AS kind, 'BASED_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HELD_IN]->() RETURN 'relationship' AS kind, 'HELD_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE]->() RETURN 'relationship' AS kind, 'HOLDS_ROLE' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOSTED]->() RETURN 'relationship' AS kind, 'HOSTED' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:IN_COUNTRY]->() RETURN 'relationship' AS kind, 'IN_COUNTRY' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:LED_DELEGATION]->() RETURN 'relationship' AS kind, 'LED_DELEGATION' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'relationship' AS kind, 'PARTICIPATED_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:REPORTED_IN]->() RETURN 'relationship' AS kind, 'REPORTED_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:MERGED_INTO]->() RETURN 'relationship' AS kind, 'MERGED_INTO' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ROLE_AT]->() RETURN 'relationship' AS kind, 'ROLE_AT' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:SIGNED_WITH]->() RETURN 'relationship' AS kind, 'SIGNED_WITH' AS type, count(r) AS count
}
WITH kind, type, count
WHERE count > 0
RETURN kind, type, count
ORDER BY kind, type
