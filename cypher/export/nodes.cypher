// export nodes: every node with its label and properties, in id order.
// mode: READ
// params: none
// columns: id, label, props
MATCH (n:Node)
RETURN n.id AS id, n.label AS label, properties(n) AS props
ORDER BY id
