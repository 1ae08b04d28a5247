// entity: one entity's properties.
// mode: READ
// params: $id :: STRING
// columns: id, label, name, country, kind, level, code, title, date, endDate, english, validTo, mergedInto, aliases, curations, curationNotes
MATCH (n:Node {id: $id})
RETURN n.id AS id, n.label AS label, n.name AS name, n.country AS country, n.kind AS kind, n.level AS level,
       n.code AS code, n.title AS title, n.date AS date, n.endDate AS endDate, n.english AS english,
       n.validTo AS validTo, n.mergedInto AS mergedInto, n.aliases AS aliases,
       n.curations AS curations, n.curationNotes AS curationNotes
