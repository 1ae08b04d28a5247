// article: an article's text and the evidence spans of the facts drawn from it.
// mode: READ
// params: $id :: STRING
// columns: id, title, date, source, url, text, spanStart, spanEnd, spanTypes
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.url AS url, a.text AS text,
       a.spanStart AS spanStart, a.spanEnd AS spanEnd, a.spanTypes AS spanTypes
