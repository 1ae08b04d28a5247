// merge-nodes: creates the nodes of a batch that do not exist yet; existing nodes are unchanged,
// except that a node without a country (a person first seen without one) takes the one given now.
// mode: WRITE
// template: {{LABEL}} is one of the closed list of node labels (src/graph/graph-model.ts)
// params: $rows :: LIST<MAP {id :: STRING, props :: MAP}>
// columns: none
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n:{{LABEL}}, n += row.props
ON MATCH SET n.country = coalesce(n.country, row.props.country)
