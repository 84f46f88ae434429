import type { Agreement } from '../schema-enums';

export const AGREEMENT_INFO: Record<Agreement, { icon: string; label: string; explanation: string }> = {
  AGREE: { icon: '=', label: 'Agree', explanation: 'both take the same side' },
  CONFLICT: { icon: '⚔', label: 'Conflict', explanation: 'one supports what the other contradicts' },
  QUALIFIED: { icon: '~', label: 'Qualified', explanation: 'a qualification on either side' },
};

/** How two sources stand to each other on one claim: icon + word, tinted (never colour alone). */
export function AgreementMark({ agreement }: { agreement: Agreement }) {
  const info = AGREEMENT_INFO[agreement];
  return (
    <span className={`badge agreement-${agreement.toLowerCase()}`} title={`${info.label}: ${info.explanation}`}>
      <span aria-hidden="true" className="badge-icon">
        {info.icon}
      </span>
      {info.label}
    </span>
  );
}
