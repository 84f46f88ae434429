import type { ReactNode } from 'react';
import { problemText, type MutationProblem } from '../lib/mutation-error';

/**
 * Why a form could not be saved (nothing when it could), with the field at fault, announced as an
 * alert and marked by more than its colour. `children` follow the words (a Reload button, say).
 */
export function FormProblem({
  id,
  problem,
  children,
}: {
  id?: string;
  problem: MutationProblem | null;
  children?: ReactNode;
}) {
  if (!problem) return null;
  return (
    <p role="alert" id={id} className="form-problem">
      <span aria-hidden="true">⚠ </span>
      {problemText(problem)}
      {children}
    </p>
  );
}
