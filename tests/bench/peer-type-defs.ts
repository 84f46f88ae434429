/**
 * The benchmark's peer: the same graph described to @neo4j/graphql, which generates the
 * resolvers. Labels, relationship types and property names are those the repositories store
 * (server/src/db/*.repository.ts); the consensus read here is the one stored on each claim by
 * consensus-cache.ts. Read-only: no mutation is generated.
 */
export const peerTypeDefs = /* GraphQL */ `
  enum Stance {
    SUPPORTS
    CONTRADICTS
    QUALIFIES
  }
  enum EvidenceGrade {
    ANECDOTAL
    PRECLINICAL
    CLINICAL
  }
  enum ConsensusStatus {
    SUPPORTED
    CONTESTED
    CONTRADICTED
    UNCLEAR
  }

  type Source @node @mutation(operations: []) {
    id: ID!
    title: String!
    kind: String!
    text: String!
    contentHash: String!
    language: String
    publisher: String
    url: String
    publishedAt: String
    commercialInterest: Boolean
    assertions: [Assertion!]! @relationship(type: "HAS_ASSERTION", direction: OUT)
  }

  type Claim
    @node
    @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "claim_text", queryName: "claimsByStatement", fields: ["statement"] }]) {
    slug: ID!
    statement: String!
    topics: [String!]
    status: ConsensusStatus
    supporting: Int
    contradicting: Int
    qualifying: Int
    sourceCount: Int
    bestGrade: EvidenceGrade
    gradeConflict: Boolean
    contestScore: Float
    assertions: [Assertion!]! @relationship(type: "ABOUT", direction: IN)
    conflictsWith: [Claim!]! @relationship(type: "CONFLICTS_WITH", direction: OUT, queryDirection: UNDIRECTED)
  }

  type Assertion
    @node
    @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "assertion_quote", queryName: "assertionsByQuote", fields: ["exact"] }]) {
    id: ID!
    stance: Stance!
    grade: EvidenceGrade!
    basis: String!
    rationale: String!
    hedged: Boolean!
    cited: Boolean!
    attribution: String
    gradedBy: String
    anchorState: String
    exact: String!
    start: Int!
    end: Int!
    prefix: String!
    suffix: String!
    source: Source @relationship(type: "HAS_ASSERTION", direction: IN)
    claim: Claim @relationship(type: "ABOUT", direction: OUT)
  }
`;
