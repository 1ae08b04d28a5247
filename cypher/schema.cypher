// schema: uniqueness of ids and the full-text index over folded names.
// mode: SCHEMA (idempotent; run at every start)
// Every node carries the label Node besides its own, so that one constraint serves all lookups.
// Neo4j has no Vietnamese analyzer, and standard-folding drops English stop words after folding
// ("ăn" → "an", "tổ" → "to"); searchText is folded in TypeScript and indexed without stop words.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE INDEX node_name_key IF NOT EXISTS FOR (n:Node) ON (n.nameKey);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Province|Organization|Person|Country|Event) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// signings by the event they belong to (the activity report asks per event)
CREATE INDEX signed_with_event IF NOT EXISTS FOR ()-[s:SIGNED_WITH]-() ON (s.event);
// people by the key their spellings share (the identity pass before each batch)
CREATE INDEX person_variant_key IF NOT EXISTS FOR (n:Person) ON (n.variantKey);
