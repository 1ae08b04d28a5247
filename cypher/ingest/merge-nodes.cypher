// merge-nodes: creates the nodes of a batch that do not exist yet; existing nodes are unchanged,
// except that a node without a country (a person first seen without one) takes the one given now,
// and a person met under another spelling gets its aliases, alias keys and search words added
// (the same steps as MemoryStore.addSpellings).
// mode: WRITE
// template: {{LABEL}} is one of the closed list of node labels (src/graph/graph-model.ts)
// params: $rows :: LIST<MAP {id :: STRING, props :: MAP}>
// columns: none
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n:{{LABEL}}, n += row.props
ON MATCH SET n.country = coalesce(n.country, row.props.country),
  n.aliases = CASE WHEN n:Person THEN coalesce(n.aliases, []) + [x IN coalesce(row.props.aliases, []) WHERE NOT x IN coalesce(n.aliases, [])] ELSE n.aliases END,
  n.aliasKeys = CASE WHEN n:Person THEN coalesce(n.aliasKeys, []) + [x IN coalesce(row.props.aliasKeys, []) WHERE NOT x IN coalesce(n.aliasKeys, [])] ELSE n.aliasKeys END,
  n.searchText = CASE WHEN n:Person
    THEN reduce(t = coalesce(n.searchText, ''), w IN split(coalesce(row.props.searchText, ''), ' ') | CASE WHEN w = '' OR w IN split(t, ' ') THEN t ELSE t + ' ' + w END)
    ELSE n.searchText END
