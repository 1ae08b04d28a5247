// clear-facts: deletes every node but the articles (their text and extracted facts stay, so that a
// rebuild cut short by an outage can be run again), and the analysts' note articles, in
// transactions of 10 000 nodes. Deleting the other nodes deletes every relationship.
// mode: WRITE (implicit transaction)
// params: none
// columns: none
MATCH (n:Node)
WHERE NOT n:Article OR n.source = 'curation'
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
