/** The marks a reader weighs a quote by: hedged or not, cited or not ("uncited" plainly), overreach, anchor state. */
export function AssertionMarks({
  hedged,
  cited,
  overreach,
  anchorState,
}: {
  hedged: boolean;
  cited: boolean;
  overreach: boolean;
  anchorState: string;
}) {
  return (
    <ul className="marks" aria-label="Marks">
      <li
        className={`mark ${hedged ? 'mark-hedged' : 'mark-plain'}`}
        title={hedged ? 'The passage hedges (may, suggest, promising, early)' : 'The passage states it without a hedge'}
      >
        <span aria-hidden="true">{hedged ? '≈ ' : '= '}</span>
        {hedged ? 'Hedged' : 'Unhedged'}
      </li>
      <li
        className={`mark ${cited ? 'mark-cited' : 'mark-uncited'}`}
        title={cited ? 'The source gives a checkable reference' : 'The source gives no checkable reference'}
      >
        <span aria-hidden="true">{cited ? '§ ' : '∅ '}</span>
        {cited ? 'Cited' : 'Uncited'}
      </li>
      {overreach && (
        <li className="mark mark-overreach" title="The wording claims more than the evidence it invokes">
          <span aria-hidden="true">⚠ </span>Overreach
        </li>
      )}
      {anchorState !== 'ANCHORED' && (
        <li className="mark mark-anchor" title="The source text was revised after this quote was taken">
          <span aria-hidden="true">⚓ </span>
          {anchorState === 'ORPHANED'
            ? 'Orphaned: not found in the current text'
            : `${anchorState.charAt(0)}${anchorState.slice(1).toLowerCase()} in the revised text`}
        </li>
      )}
    </ul>
  );
}
