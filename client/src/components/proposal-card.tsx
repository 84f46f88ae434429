import { useId, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { humanize } from '../lib/evidence';
import type { Decision } from '../lib/proposal-decision';
import { AssertionMarks } from './assertion-marks';
import { GradeBadge } from './grade-badge';
import { ProposalAcceptForm, ProposalAcceptFields, useAcceptProposal } from './proposal-accept-form';
import { ProposalRejectForm } from './proposal-reject-form';
import { StanceLabel } from './stance-label';
import { FormProblem } from './form-problem';
import { claimPath } from '../lib/links';

export const ProposalCardFields = graphql(
  `
    fragment ProposalCardFields on Proposal {
      id
      quote {
        exact
        start
        end
        prefix
        suffix
      }
      claim {
        id
        slug
        statement
      }
      newClaimStatement
      claimScore
      linkReason
      page
      stance
      grade
      basis
      rationale
      hedged
      cited
      attribution
      confidence
      ...ProposalAcceptFields
    }
  `,
  [ProposalAcceptFields],
);

type Mode = 'view' | 'edit' | 'reject';

/** What the claim's heading says first when the passage does not simply match it. */
const LINK_REASON_TAGS: Partial<Record<string, string>> = {
  NEAREST: 'Nearest known claim, under the link threshold:',
  REFERS_BACK: 'Through the points above:',
  BROADER: 'Broader claim:',
};

interface Props {
  proposal: FragmentOf<typeof ProposalCardFields>;
  /** Its place in the list, from 1. */
  position: number;
  /** How many proposals (this one included) are about the same passage. */
  alternatives: number;
  /** The claims this passage is already an assertion of. */
  acceptedFor: readonly { slug: string; statement: string }[];
  /** Without it the card is read-only (not signed in as curator). */
  onDecided?: (decision: Decision) => void;
}

/** One proposal of the grading assistant: its passage in context, the claim, stance and grade it proposes, and the curator's three answers. */
export function ProposalCard({ proposal, position, alternatives, acceptedFor, onDecided }: Props) {
  const p = readFragment(ProposalCardFields, proposal);
  const [mode, setMode] = useState<Mode>('view');
  const acceptance = useAcceptProposal(onDecided);
  const editButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const headingId = `${useId()}-heading`;

  const close = (button: RefObject<HTMLButtonElement | null>) => {
    setMode('view');
    // The button that opened the form takes the focus back once it is shown again.
    requestAnimationFrame(() => button.current?.focus());
  };

  return (
    <article className={`proposal stance-border-${p.stance.toLowerCase()}`} aria-labelledby={headingId}>
      <header className="proposal-header">
        <h2 id={headingId} className="proposal-claim">
          <span className="proposal-number">Proposal {position}: </span>
          {p.claim ? (
            <>
              {LINK_REASON_TAGS[p.linkReason] && (
                <>
                  <span className="link-reason-tag">{LINK_REASON_TAGS[p.linkReason]}</span>{' '}
                </>
              )}
              <Link to={claimPath(p.claim.slug)}>{p.claim.statement}</Link>
            </>
          ) : (
            <span>
              <span className="new-claim-tag">New claim:</span> {p.newClaimStatement ?? p.quote.exact}
            </span>
          )}
        </h2>
        <AssertionMarks hedged={p.hedged} cited={p.cited} overreach={false} anchorState="ANCHORED" />
      </header>
      <blockquote className="quote">
        {p.quote.prefix && (
          <span className="quote-context">
            <span aria-hidden="true">…</span>
            {p.quote.prefix}
          </span>
        )}
        <mark className="quote-exact">{p.quote.exact}</mark>
        {p.quote.suffix && (
          <span className="quote-context">
            {p.quote.suffix}
            <span aria-hidden="true">…</span>
          </span>
        )}
      </blockquote>
      {(alternatives > 1 || acceptedFor.length > 0) && (
        <p className="muted proposal-alternatives">
          {alternatives > 1 && (
            <>
              One of {alternatives} proposals for this passage, each for another claim, each accepted or rejected on its
              own.{' '}
            </>
          )}
          {acceptedFor.length > 0 && (
            <>
              This passage is already an assertion of{' '}
              {acceptedFor.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 && ', '}
                  <Link to={claimPath(c.slug)}>{c.statement}</Link>
                </span>
              ))}
              .
            </>
          )}
        </p>
      )}
      <dl className="proposal-facts">
        <div>
          <dt>Stance</dt>
          <dd>
            <StanceLabel stance={p.stance} />
          </dd>
        </div>
        <div>
          <dt>Grade</dt>
          <dd>
            <GradeBadge grade={p.grade} /> <span className="basis">{humanize(p.basis)}</span>
          </dd>
        </div>
        {p.page !== null && (
          <div>
            <dt>Page</dt>
            <dd>p. {p.page}</dd>
          </div>
        )}
        <div>
          <dt>Confidence</dt>
          <dd>{Math.round(p.confidence * 100)}%</dd>
        </div>
        <div title="TF-IDF similarity of the passage to the claim, from 0 to 1">
          <dt>{p.claim ? 'Claim match' : 'Closest known claim'}</dt>
          <dd>{p.claimScore.toFixed(2)}</dd>
        </div>
      </dl>
      {p.attribution && (
        <p className="attribution">
          <span className="label">Quoted:</span> {p.attribution}
        </p>
      )}
      <p className="rationale">
        <span className="label">Why:</span> {p.rationale}
      </p>
      {onDecided && mode === 'view' && (
        <div className="proposal-actions" role="group" aria-label={`Decide on proposal ${position}`}>
          <button type="button" onClick={() => void acceptance.accept({ id: p.id })} disabled={acceptance.busy}>
            <span aria-hidden="true">✓ </span>
            {acceptance.busy ? 'Accepting…' : 'Accept'}
          </button>
          <button type="button" ref={editButton} onClick={() => setMode('edit')}>
            <span aria-hidden="true">✎ </span>Edit then accept
          </button>
          <button type="button" ref={rejectButton} onClick={() => setMode('reject')}>
            <span aria-hidden="true">✗ </span>Reject
          </button>
        </div>
      )}
      {mode === 'view' && <FormProblem problem={acceptance.problem} />}
      {onDecided && mode === 'edit' && (
        <ProposalAcceptForm proposal={p} onCancel={() => close(editButton)} onDecided={onDecided} />
      )}
      {onDecided && mode === 'reject' && (
        <ProposalRejectForm
          proposalId={p.id}
          exact={p.quote.exact}
          onCancel={() => close(rejectButton)}
          onDecided={onDecided}
        />
      )}
    </article>
  );
}
