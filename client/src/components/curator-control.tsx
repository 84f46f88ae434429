import { useId, useState, type FormEvent } from 'react';
import { dismissRefusal, signIn, signOut, useCuratorSession } from '../lib/curator-session';

/** The header's curator switch: asks for a token (kept for this tab only), signs out, and says when the server refused it. */
export function CuratorControl() {
  const { token, refused } = useCuratorSession();
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    signIn(draft);
    setDraft('');
    setAsking(false);
  };

  return (
    <div className="curator-control">
      {refused && (
        <p role="alert" className="curator-refused">
          <span aria-hidden="true">⚠ </span>Your curator token was not accepted.{' '}
          <button type="button" onClick={dismissRefusal}>
            Dismiss
          </button>
        </p>
      )}
      {token ? (
        <>
          <span className="curator-on">
            <span aria-hidden="true">✎ </span>Curator mode
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </>
      ) : asking ? (
        <form className="curator-form" onSubmit={submit} aria-label="Sign in as curator">
          <label htmlFor={`${id}-token`}>Curator token</label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            autoFocus
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            required
          />
          <button type="submit">Sign in</button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Sign in as curator
        </button>
      )}
    </div>
  );
}
