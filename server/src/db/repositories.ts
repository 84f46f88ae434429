import { AssertionRepository } from './assertion.repository.js';
import { BackupRepository } from './backup.repository.js';
import { ClaimRepository } from './claim.repository.js';
import { ConsensusRepository } from './consensus.repository.js';
import { CorpusRepository } from './corpus.repository.js';
import { FeedRepository } from './feed.repository.js';
import { KeyRepository } from './key.repository.js';
import { LoadRecordRepository } from './load-record.repository.js';
import { NeighbourhoodRepository } from './neighbourhood.repository.js';
import type { CypherRunner, Neo4jClient } from './neo4j-client.js';
import { ProposalRepository } from './proposal.repository.js';
import { RevisionRepository } from './revision.repository.js';
import { SourceRepository } from './source.repository.js';
import { StatsRepository } from './stats.repository.js';
import { TopicRepository } from './topic.repository.js';

export interface Repositories {
  sources: SourceRepository;
  claims: ClaimRepository;
  assertions: AssertionRepository;
  proposals: ProposalRepository;
  revisions: RevisionRepository;
  feeds: FeedRepository;
  neighbourhoods: NeighbourhoodRepository;
  consensus: ConsensusRepository;
  keys: KeyRepository;
  corpus: CorpusRepository;
  loads: LoadRecordRepository;
  stats: StatsRepository;
  topics: TopicRepository;
}

/** Every repository, each running its Cypher on `runner`: the client, or one transaction. */
export function createRepositories(runner: CypherRunner): Repositories {
  return {
    sources: new SourceRepository(runner),
    claims: new ClaimRepository(runner),
    assertions: new AssertionRepository(runner),
    proposals: new ProposalRepository(runner),
    revisions: new RevisionRepository(runner),
    feeds: new FeedRepository(runner),
    neighbourhoods: new NeighbourhoodRepository(runner),
    consensus: new ConsensusRepository(runner),
    keys: new KeyRepository(runner),
    corpus: new CorpusRepository(runner),
    loads: new LoadRecordRepository(runner),
    stats: new StatsRepository(runner),
    topics: new TopicRepository(runner),
  };
}

/**
 * The base as services see it: repositories whose statements each commit on their own (reads,
 * single writes), and transactions whose repositories' statements succeed or fail together.
 */
export interface Database {
  readonly repositories: Repositories;
  /** The whole base streamed out and written back in batches, each its own transaction (backup, restore). */
  readonly backup: BackupRepository;
  /**
   * Runs `work` in one write transaction, with repositories bound to it. On a transient error the
   * driver runs `work` again from the start, so it must do database work only: anything slow or
   * not repeatable (the grading assistant, files) belongs before it.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}

export function createDatabase(client: Neo4jClient): Database {
  return {
    repositories: createRepositories(client),
    backup: new BackupRepository(client),
    transaction: (work) => client.writeTransaction((runner) => work(createRepositories(runner))),
  };
}
