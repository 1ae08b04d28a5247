// article-records: every article's stored properties, with the extracted graph kept for rebuilds.
// mode: READ
// params: none
// columns: props
MATCH (a:Article)
RETURN properties(a) AS props
ORDER BY a.seq, a.id
