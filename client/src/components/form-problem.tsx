import type { ReactNode } from 'react';

/** Why a form could not be saved, announced as an alert and marked by more than its colour. */
export function FormProblem({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p role="alert" id={id} className="form-problem">
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
