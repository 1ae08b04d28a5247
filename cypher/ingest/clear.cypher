// clear: deletes everything, in transactions of 10 000 nodes.
// mode: WRITE (implicit transaction)
// params: none
// columns: none
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
