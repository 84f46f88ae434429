// Constraints and indexes of the claimgraph base, applied on every start (idempotent).
// Community edition: uniqueness constraints, range and full-text indexes only.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_slug IF NOT EXISTS FOR (c:Claim) REQUIRE c.slug IS UNIQUE;
CREATE CONSTRAINT assertion_id IF NOT EXISTS FOR (a:Assertion) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:Topic) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT corpus_load_key IF NOT EXISTS FOR (l:CorpusLoad) REQUIRE l.key IS UNIQUE;
CREATE INDEX source_content_hash IF NOT EXISTS FOR (s:Source) ON (s.contentHash);
CREATE INDEX assertion_grade IF NOT EXISTS FOR (a:Assertion) ON (a.grade);
CREATE INDEX assertion_stance IF NOT EXISTS FOR (a:Assertion) ON (a.stance);
// English analysis (stemming, stop words): "standardizing" finds "standardized". An index made with
// another analyzer is dropped and made again on start (see schema-migrations.ts).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.statement] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX assertion_quote IF NOT EXISTS FOR (a:Assertion) ON EACH [a.exact] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE INDEX revision_target IF NOT EXISTS FOR (r:Revision) ON (r.targetType, r.targetId);
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
CREATE INDEX claim_contest_score IF NOT EXISTS FOR (c:Claim) ON (c.contestScore);
CREATE INDEX claim_source_count IF NOT EXISTS FOR (c:Claim) ON (c.sourceCount);
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
// The claims list's orders: each read from an index, alone or after the status it is filtered by.
CREATE INDEX claim_statement_key IF NOT EXISTS FOR (c:Claim) ON (c.statementKey);
CREATE INDEX claim_status_statement_key IF NOT EXISTS FOR (c:Claim) ON (c.status, c.statementKey);
CREATE INDEX claim_status_contest_score IF NOT EXISTS FOR (c:Claim) ON (c.status, c.contestScore);
CREATE INDEX claim_status_source_count IF NOT EXISTS FOR (c:Claim) ON (c.status, c.sourceCount);
// A claim's assertions of one stance, paged in the order of pageKey (stored by the consensus refresh).
CREATE INDEX assertion_claim_page IF NOT EXISTS FOR (a:Assertion) ON (a.claimSlug, a.stance, a.pageKey);
// The data/ last loaded, per entry (the baseline of the three-way merge), and the conflicts a load left open.
CREATE CONSTRAINT load_baseline_key IF NOT EXISTS FOR (b:LoadBaseline) REQUIRE b.key IS UNIQUE;
CREATE INDEX load_baseline_kind IF NOT EXISTS FOR (b:LoadBaseline) ON (b.kind);
// Atom feeds: a claim's or a topic's newest entries, read in the order of this index (see revision.repository.ts).
CREATE INDEX feed_entry_order IF NOT EXISTS FOR (e:FeedEntry) ON (e.feed, e.at);
// The sources list's search and the source pickers: titles and publishers, standard analysis (no
// stemming), so that the beginning of a word as one types matches the word.
CREATE FULLTEXT INDEX source_title IF NOT EXISTS FOR (s:Source) ON EACH [s.title, s.publisher] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
