// people: each person's roles with the first and last dates the sources give them, and how many
// articles say so. A title belongs to a date: the same person can hold several over time.
// mode: READ
// title: People and their roles
// params: $country :: STRING | NULL, $person :: STRING | NULL, $personKey :: STRING | NULL
// columns: person, country, title, organization, firstSeen, lastSeen, articles, curation
// curation: the analysts' curations behind the row (the role added, or the person corrected), space-separated
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)-[:ROLE_AT]->(o:Organization)
WHERE ($country IS NULL OR p.country = $country) AND ($person IS NULL OR p.id = $person OR p.nameKey = $personKey)
WITH p, r, o, h, [x IN h.evidenceDate WHERE x <> ''] AS dates
RETURN p.name AS person, p.country AS country, r.title AS title, o.name AS organization,
       CASE WHEN size(dates) = 0 THEN null ELSE reduce(m = dates[0], x IN dates | CASE WHEN x < m THEN x ELSE m END) END AS firstSeen,
       CASE WHEN size(dates) = 0 THEN null ELSE reduce(m = dates[0], x IN dates | CASE WHEN x > m THEN x ELSE m END) END AS lastSeen,
       size(h.evidenceArticle) AS articles,
       coalesce(h.curation, CASE WHEN p.curations IS NULL THEN null ELSE reduce(s = '', c IN p.curations | s + CASE WHEN s = '' THEN '' ELSE ' ' END + c) END) AS curation
ORDER BY person, country, firstSeen, title, organization
