// holders: who held a title at an organisation ("Trưởng ban" at the propaganda department of
// Nghệ An, "Bí thư" of a provincial party committee), the latest first: the holder the latest
// article names, then the earlier ones, each with the first and last dates the articles give.
// mode: READ
// params: $rolePrefix :: STRING ('role:<folded title>@'), $kind :: STRING | NULL (the organisation's kind),
//         $provinceIds :: LIST<STRING> | NULL, $organization :: STRING | NULL, $organizationKey :: STRING | NULL,
//         $country :: STRING | NULL
// columns: person, personId, title, organization, organizationId, province, earliest, latest, articles, quote, article
MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)-[:ROLE_AT]->(o:Organization)
WHERE r.id STARTS WITH $rolePrefix
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($provinceIds IS NULL OR EXISTS { MATCH (o)-[:BASED_IN]->(bp:Province) WHERE bp.id IN $provinceIds })
  AND ($organization IS NULL OR o.id = $organization OR o.nameKey = $organizationKey)
  AND ($country IS NULL OR o.country = $country)
CALL (h) {
  UNWIND h.evidenceDate AS d
  WITH d WHERE d =~ '[0-9]{4}.*'
  RETURN min(d) AS earliest, max(d) AS latest
}
OPTIONAL MATCH (o)-[:BASED_IN]->(op:Province)
RETURN p.name AS person, p.id AS personId, r.title AS title, o.name AS organization, o.id AS organizationId,
       op.name AS province, earliest, latest, size(h.evidenceArticle) AS articles,
       h.evidenceText[0] AS quote, h.evidenceArticle[0] AS article
ORDER BY coalesce(latest, '') DESC, personId, organizationId
