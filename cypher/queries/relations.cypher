// relations: every relationship of one entity, with the entity at the other end and the evidence.
// mode: READ
// params: $id :: STRING
// columns: type, direction, otherId, otherLabel, otherName, document, period, event, quotes, articles, relId, curation
MATCH (n:Node {id: $id})-[r]-(o:Node)
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       o.id AS otherId, o.label AS otherLabel, o.name AS otherName, r.document AS document, r.period AS period,
       r.event AS event, r.evidenceText AS quotes, r.evidenceArticle AS articles,
       type(r) + '|' + startNode(r).id + '|' + endNode(r).id + '|' + r.key AS relId, r.curation AS curation
ORDER BY type, direction, otherName, otherId, event, document
