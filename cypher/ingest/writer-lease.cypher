// writer-lease: one writer at a time across processes for the writes that rebuild the graph (a
// curation, an ingest): a lease on one (:KgWriterLease) node, taken when it is free, expired or the
// taker's own. Setting `touched` first takes the node's write lock, so that a second taker waits
// for the first to commit and then reads its holder: two processes never both see it free.
// The node carries no :Node label and is no part of the graph's answers or counts.
// mode: WRITE
// params: $me :: STRING, $ttlMs :: INTEGER
// columns: free, holder, since
MERGE (l:KgWriterLease {name: 'writer'})
SET l.touched = timestamp()
WITH l, l.holder AS was, (l.holder IS NULL OR l.until < timestamp() OR l.holder = $me) AS free
SET l.holder = CASE WHEN free THEN $me ELSE was END,
    l.since = CASE WHEN free AND was = $me THEN l.since WHEN free THEN timestamp() ELSE l.since END,
    l.until = CASE WHEN free THEN timestamp() + $ttlMs ELSE l.until END
RETURN free, l.holder AS holder, l.since AS since;
