/** Marks a claim whose non-contradicting sources invoke different grades (agree on direction, not strength). */
export function GradeConflictMark({ conflict }: { conflict: boolean }) {
  if (!conflict) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no grade conflict</span>
      </span>
    );
  }
  return (
    <span className="mark mark-conflict" title="Sources on the same side invoke different grades of evidence">
      <span aria-hidden="true">⚡ </span>Conflict
    </span>
  );
}
