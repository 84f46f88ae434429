import { CorpusRepository } from './corpus.repository.js';
import type { Neo4jClient } from './neo4j-client.js';
import { SourceRepository } from './source.repository.js';
import { StatsRepository } from './stats.repository.js';

export interface Repositories {
  sources: SourceRepository;
  corpus: CorpusRepository;
  stats: StatsRepository;
}

export function createRepositories(client: Neo4jClient): Repositories {
  return {
    sources: new SourceRepository(client),
    corpus: new CorpusRepository(client),
    stats: new StatsRepository(client),
  };
}
