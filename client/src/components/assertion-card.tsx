import { graphql, readFragment, type FragmentOf } from '../graphql';
import { assertionElementId } from '../lib/anchors';
import { humanize } from '../lib/evidence';
import { useCuratorSession } from '../lib/curator-session';
import { AssertionEditor, AssertionEditorFields } from './assertion-editor';
import { AssertionHistory } from './assertion-history';
import { AssertionMarks } from './assertion-marks';
import { CiteDisclosure } from './cite-disclosure';
import { CopyButton } from './copy-button';
import { GradeBadge } from './grade-badge';
import { QuoteInContext, QuoteInContextFields } from './quote-in-context';
import { SourceLine, SourceLineFields } from './source-line';

export const AssertionCardFields = graphql(
  `
    fragment AssertionCardFields on Assertion {
      id
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
      promotionalCues {
        phrase
        description
        start
        end
      }
      source {
        title
        ...SourceLineFields
      }
      ...QuoteInContextFields
      ...AssertionEditorFields
    }
  `,
  [QuoteInContextFields, SourceLineFields, AssertionEditorFields],
);

/** One source's passage about the claim: quote in context, grade with basis and rationale, marks, source, permalink and citation. */
export function AssertionCard({
  assertion,
  targeted,
}: {
  assertion: FragmentOf<typeof AssertionCardFields>;
  targeted: boolean;
}) {
  const a = readFragment(AssertionCardFields, assertion);
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
        <AssertionHistory assertionId={a.id} />
      </div>
    </article>
  );
}
