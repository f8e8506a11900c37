// Example queries on the scores POST /api/analysis/write stores on the actors, for Neo4j
// Browser, Bloom or cypher-shell. Write them first, e.g.
//   curl -X POST localhost:8080/api/analysis/write -H 'Content-Type: application/json' \
//        -d '{"measures":["pagerank","betweenness","degree","constraint"]}'
// Each score is the property score_<id> of an :Actor. One statement per ';'; lines starting
// with // are comments. AnalysisWriteIT runs every statement here against the sample.

// 1. Are the scores current? They belong to the data version they were computed on; any import
//    since then changes s.version (write them again).
MATCH (s:DatabaseState {id: 'brobygge'})
RETURN s.scoresVersion = s.version AS current, s.scoreProperties AS properties,
       s.scoresWrittenAt AS writtenAt;

// 2. The ten most central actors by PageRank, with their ecosystems.
MATCH (a:Actor)
WHERE a.score_pagerank IS NOT NULL
OPTIONAL MATCH (a)-[:MEMBER_OF]->(e:Ecosystem)
RETURN a.id AS id, a.name AS name, a.sector AS sector, round(a.score_pagerank, 5) AS pagerank,
       collect(e.name) AS ecosystems
ORDER BY pagerank DESC, id
LIMIT 10;

// 3. Each ecosystem's leading broker: the member with the highest betweenness.
MATCH (a:Actor)-[:MEMBER_OF]->(e:Ecosystem)
WHERE a.score_betweenness IS NOT NULL
WITH e, a ORDER BY a.score_betweenness DESC, a.id
WITH e, collect(a)[0] AS broker
RETURN e.name AS ecosystem, broker.name AS broker, broker.sector AS sector,
       round(broker.score_betweenness, 1) AS betweenness
ORDER BY betweenness DESC;

// 4. Firms spanning structural holes (Burt's constraint below 0.2) and the research
//    organisations they already work with: candidates to carry research into their ecosystem.
MATCH (f:Actor)
WHERE 'firm' IN f.roles AND f.score_constraint < 0.2
OPTIONAL MATCH (f)-[:RESEARCH|COLLABORATION]-(r:Actor)
WHERE 'research' IN r.roles
RETURN f.name AS firm, round(f.score_constraint, 3) AS constraint,
       count(DISTINCT r) AS researchPartners
ORDER BY constraint, firm
LIMIT 20;

// 5. Well-connected actors that are poor brokers: many ties (degree) but high constraint,
//    i.e. their partners all know each other.
MATCH (a:Actor)
WHERE a.score_degree >= 10 AND a.score_constraint IS NOT NULL
RETURN a.name AS name, a.sector AS sector, a.score_degree AS degree,
       round(a.score_constraint, 3) AS constraint
ORDER BY constraint DESC, name
LIMIT 20;

// 6. Mean PageRank and betweenness per sector.
MATCH (a:Actor)
WHERE a.score_pagerank IS NOT NULL
RETURN a.sector AS sector, count(*) AS actors,
       round(avg(a.score_pagerank), 6) AS meanPagerank,
       round(avg(a.score_betweenness), 1) AS meanBetweenness
ORDER BY meanPagerank DESC;
