// search: entities by name, case-, diacritic- and alias-insensitive ("son la", "Luang Prabang",
// "LuôngPhraBăng"). The full-text index holds folded words computed in TypeScript (searchText);
// the WHERE clause restates the match exactly, so both stores return the same rows.
// Rank 0: the whole query is a name or alias; 1: a name or alias starts with it; 2: every word
// starts a word of the name or an alias.
// mode: READ
// params: $lucene :: STRING, $words :: LIST<STRING>, $key :: STRING, $label :: STRING | NULL, $limit :: INTEGER
// columns: id, label, name, country, rank
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node
WITH node
WHERE ($label IS NULL OR node.label = $label)
  AND (all(w IN $words WHERE any(t IN split(node.searchText, ' ') WHERE t STARTS WITH w))
       OR any(k IN node.aliasKeys WHERE k STARTS WITH $key))
WITH node,
     CASE WHEN node.nameKey = $key OR $key IN node.aliasKeys THEN 0
          WHEN node.nameKey STARTS WITH $key OR any(k IN node.aliasKeys WHERE k STARTS WITH $key) THEN 1
          ELSE 2 END AS rank
RETURN node.id AS id, node.label AS label, node.name AS name, node.country AS country, rank
ORDER BY rank, size(node.name), name, id
LIMIT $limit
