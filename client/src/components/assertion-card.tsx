import { gql } from 'urql';
import { assertionElementId } from '../lib/anchors';
import { humanize, type EvidenceGrade, type Stance } from '../lib/evidence';
import { useCuratorSession } from '../lib/curator-session';
import { AssertionEditor } from './assertion-editor';
import { AssertionHistory } from './assertion-history';
import { AssertionMarks } from './assertion-marks';
import { CiteDisclosure } from './cite-disclosure';
import { CopyButton } from './copy-button';
import { GradeBadge } from './grade-badge';
import { QuoteInContext, QuoteInContextFields, type QuoteInContextData } from './quote-in-context';
import { SourceLine, SourceLineFields, type SourceLineData } from './source-line';

export const AssertionCardFields = gql`
  fragment AssertionCardFields on Assertion {
    id
    version
    permalink
    stance
    grade
    basis
    rationale
    hedged
    cited
    attribution
    anchorState
    overreach
    gradedBy
    ...QuoteInContextFields
    source {
      ...SourceLineFields
    }
  }
  ${QuoteInContextFields}
  ${SourceLineFields}
`;

export interface AssertionCardData extends QuoteInContextData {
  id: string;
  version: number;
  permalink: string;
  stance: Stance;
  grade: EvidenceGrade;
  basis: string;
  rationale: string;
  hedged: boolean;
  cited: boolean;
  attribution: string | null;
  anchorState: string;
  overreach: boolean;
  gradedBy: string;
  source: SourceLineData;
}

/** One source's passage about the claim: quote in context, grade with basis and rationale, marks, source, permalink and citation. */
export function AssertionCard({ assertion: a, targeted }: { assertion: AssertionCardData; targeted: boolean }) {
  const elementId = assertionElementId(a.id);
  const { token } = useCuratorSession();
  return (
    <article
      id={elementId}
      tabIndex={-1}
      className={`assertion stance-border-${a.stance.toLowerCase()}${targeted ? ' is-target' : ''}`}
      aria-labelledby={`${elementId}-title`}
    >
      <header className="assertion-header">
        <h3 id={`${elementId}-title`} className="assertion-title">
          <GradeBadge grade={a.grade} />
          <span className="basis">{humanize(a.basis)}</span>
          <span className="visually-hidden"> — {a.source.title}</span>
        </h3>
        <AssertionMarks hedged={a.hedged} cited={a.cited} overreach={a.overreach} anchorState={a.anchorState} />
      </header>
      <QuoteInContext data={a} />
      {a.attribution && (
        <p className="attribution">
          <span className="label">Quoted:</span> {a.attribution}
        </p>
      )}
      {a.promotionalCues.length > 0 && (
        <ul className="cue-list" aria-label="Promotional cues in this quote">
          {a.promotionalCues.map((cue) => (
            <li key={`${cue.start}-${cue.end}`}>
              <span aria-hidden="true">⚑ </span>“{cue.phrase}”: {cue.description}
            </li>
          ))}
        </ul>
      )}
      <p className="rationale">
        <span className="label">Why this grade:</span> {a.rationale}{' '}
        <span className="muted">(graded by {a.gradedBy.replace(/_/g, ' ')})</span>
      </p>
      <SourceLine source={a.source} />
      <div className="assertion-actions">
        <CopyButton text={a.permalink} label="Copy link" />
        <CiteDisclosure kind="assertion" id={a.id} />
        {token && <AssertionEditor assertion={a} />}
        {token && <AssertionHistory assertionId={a.id} />}
      </div>
    </article>
  );
}
