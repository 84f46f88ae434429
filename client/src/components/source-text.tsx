import { useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { GRADE_INFO, STANCE_INFO } from '../lib/evidence';
import { segmentText, textOffset, type Segment } from '../lib/text-segments';
import { assertionPath } from '../lib/links';

export const SourceTextFields = graphql(`
  fragment SourceTextFields on Source {
    text
    assertions {
      id
      stance
      grade
      anchorState
      quote {
        start
        end
        exact
      }
      claim {
        id
        slug
        statement
      }
    }
  }
`);

type Placed = ResultOf<typeof SourceTextFields>['assertions'][number] & { start: number; end: number };

const describe = (a: Placed) =>
  `${STANCE_INFO[a.stance].label} (${GRADE_INFO[a.grade].label.toLowerCase()}): ${a.claim.statement}`;

function Piece({ segment }: { segment: Segment<Placed> & { text: string } }) {
  const [inner, ...others] = segment.covering;
  if (!inner) return <span data-start={segment.start}>{segment.text}</span>;
  // An assertion's first segment carries its stance icon (as CSS generated content, so it is not part of the text).
  const starting = segment.covering.find((a) => a.start === segment.start);
  const label = [inner, ...others].map(describe).join('; also ');
  return (
    <Link
      to={assertionPath(inner.claim.slug, inner.id)}
      className={`hl hl-${inner.stance.toLowerCase()}${others.length > 0 ? ' hl-overlap' : ''}${starting ? ' hl-start' : ''}`}
      data-icon={starting ? STANCE_INFO[starting.stance].icon : undefined}
      data-assertions={segment.covering.map((a) => a.id).join(' ')}
      title={label}
      aria-label={`“${segment.text.trim()}”, ${label}`}
    >
      <span data-start={segment.start}>{segment.text}</span>
    </Link>
  );
}

/**
 * A source's full text, verbatim, with every anchored assertion highlighted where it stands.
 * Overlapping passages are split at every boundary; each piece links to its innermost assertion
 * on the claim page and names all that cover it. Every piece carries `data-start`, so a
 * selection maps back to offsets in the text (`onSelectPassage`).
 */
export function SourceText({
  data,
  onSelectPassage,
}: {
  data: FragmentOf<typeof SourceTextFields>;
  onSelectPassage?: (start: number, end: number) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => {
    const { text, assertions } = readFragment(SourceTextFields, data);
    const placed = assertions
      .filter((a) => a.anchorState !== 'ORPHANED')
      .map((a) => ({ ...a, start: a.quote.start, end: a.quote.end }));
    return segmentText(text.length, placed).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  }, [data]);

  const readSelection = () => {
    const selection = window.getSelection();
    const root = container.current;
    if (!onSelectPassage || !root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start) onSelectPassage(start, end);
  };

  return (
    <div
      ref={container}
      className={`source-text${onSelectPassage ? ' is-selectable' : ''}`}
      onMouseUp={readSelection}
      onKeyUp={(e) => e.shiftKey && readSelection()}
    >
      {segments.map((segment) => (
        <Piece key={segment.start} segment={segment} />
      ))}
    </div>
  );
}
