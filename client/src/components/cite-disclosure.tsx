import { useState } from 'react';
import { CiteControl } from './cite-control';

/** "Cite" that opens the citation control; the citation is fetched only once it is opened. */
export function CiteDisclosure({
  kind,
  id,
  label = 'Cite',
}: {
  kind: 'assertion' | 'claim';
  id: string;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="cite-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span aria-hidden="true">❝ </span>
        {label}
      </summary>
      {open && <CiteControl kind={kind} id={id} />}
    </details>
  );
}
