// existing-articles: which of these article ids are stored.
// mode: READ
// params: $ids :: LIST<STRING>
// columns: id
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id
