import { AssertionRepository } from './assertion.repository.js';
import { ClaimRepository } from './claim.repository.js';
import { CorpusRepository } from './corpus.repository.js';
import { CurationRepository } from './curation.repository.js';
import { FeedRepository } from './feed.repository.js';
import { NeighbourhoodRepository } from './neighbourhood.repository.js';
import type { Neo4jClient } from './neo4j-client.js';
import { ProposalRepository } from './proposal.repository.js';
import { RevisionRepository } from './revision.repository.js';
import { SourceRepository } from './source.repository.js';
import { StatsRepository } from './stats.repository.js';
import { TopicRepository } from './topic.repository.js';

export interface Repositories {
  sources: SourceRepository;
  claims: ClaimRepository;
  assertions: AssertionRepository;
  corpus: CorpusRepository;
  curation: CurationRepository;
  revisions: RevisionRepository;
  feeds: FeedRepository;
  neighbourhoods: NeighbourhoodRepository;
  proposals: ProposalRepository;
  stats: StatsRepository;
  topics: TopicRepository;
}

export function createRepositories(client: Neo4jClient): Repositories {
  return {
    sources: new SourceRepository(client),
    claims: new ClaimRepository(client),
    assertions: new AssertionRepository(client),
    corpus: new CorpusRepository(client),
    curation: new CurationRepository(client),
    revisions: new RevisionRepository(client),
    feeds: new FeedRepository(client),
    neighbourhoods: new NeighbourhoodRepository(client),
    proposals: new ProposalRepository(client),
    stats: new StatsRepository(client),
    topics: new TopicRepository(client),
  };
}
