// export relationships: every relationship with its type, ends and properties.
// mode: READ
// params: none
// columns: type, from, to, props
MATCH (a:Node)-[r]->(b:Node)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY from, to, type, r.key
