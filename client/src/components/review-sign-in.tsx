import { useId, useState, type FormEvent } from 'react';
import { signIn } from '../lib/curator-session';

/** Why the review queue asks for a curator, with a sign-in right where the curator is reading (the header's control does the same). */
export function ReviewSignIn() {
  const id = useId();
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) signIn(draft);
  };
  return (
    <section className="notice review-sign-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <span aria-hidden="true">✎ </span>Reviewing needs a curator token
      </h2>
      <p>
        Ingesting a document and accepting, editing or rejecting the assistant&apos;s proposals change the base, so they
        are open to curators only. Sign in with the token you were given; it is kept for this browser tab only.
      </p>
      <form className="review-sign-in-form" aria-label="Sign in to review" onSubmit={submit}>
        <label htmlFor={`${id}-token`}>Your curator token</label>
        <input
          id={`${id}-token`}
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          required
        />
        <button type="submit">Sign in to review</button>
      </form>
    </section>
  );
}
