import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import {
  ACCEPTED_FILES,
  documentTooLarge,
  DocumentFileError,
  FORMAT_LABELS,
  readDocumentFile,
  type DocumentFormat,
} from '../lib/document-file';
import { mutationProblem } from '../lib/error-code';
import { humanize } from '../lib/evidence';
import { SOURCE_KINDS } from '../lib/source-kinds';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';
import { reviewPath } from '../lib/links';

export const IngestSourceMutation = graphql(`
  mutation IngestSource($input: IngestSourceInput!) {
    ingestSource(input: $input) {
      ok
      created
      error {
        code
        field
        message
      }
      source {
        id
        slug
        title
      }
    }
  }
`);

const FORMATS: readonly DocumentFormat[] = ['TEXT', 'MARKDOWN', 'HTML'];

type Problem = { text: string; field?: string | null };

/** A new document for the grading assistant: pasted or read from a file in the browser, sent by ingestSource; its proposals then wait for review. */
export function IngestForm() {
  const id = useId();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('other');
  const [format, setFormat] = useState<DocumentFormat>('TEXT');
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [existing, setExisting] = useState<{ slug: string; title: string } | null>(null);
  const [{ fetching }, ingest] = useMutation(IngestSourceMutation);

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setProblem(null);
    setFileNote('');
    if (!file) return;
    try {
      const read = await readDocumentFile(file);
      const tooLarge = documentTooLarge(read.text);
      if (tooLarge) throw new DocumentFileError(tooLarge);
      setText(read.text);
      setFormat(read.format);
      setTitle((current) => current.trim() || read.title);
      setFileNote(
        `Read “${file.name}” as ${FORMAT_LABELS[read.format]}: ${read.text.length.toLocaleString('en')} characters.`,
      );
    } catch (error) {
      event.target.value = '';
      setProblem({
        text: error instanceof DocumentFileError ? error.message : `“${file.name}” could not be read.`,
        field: 'file',
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setExisting(null);
    const tooLarge = documentTooLarge(text);
    if (tooLarge) return setProblem({ text: tooLarge, field: 'text' });
    const result = await ingest({ input: { title, kind, format, text } });
    if (result.error) return setProblem({ text: mutationProblem(result.error) });
    const payload = result.data?.ingestSource;
    if (!payload?.ok || !payload.source)
      return setProblem({ text: payload?.error?.message ?? 'The document was refused.', field: payload?.error?.field });
    if (!payload.created) return setExisting({ slug: payload.source.slug, title: payload.source.title });
    navigate(reviewPath(payload.source.slug));
  };

  const problemFor = (field: string) => (problem?.field === field ? `${id}-problem` : undefined);
  return (
    <form className="ingest-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>Ingest a document</h2>
      <p className="muted">
        Paste the text or choose a file (.txt, .md or .html, up to 5 MB); the grading assistant proposes assertions for
        you to review.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Document file (optional)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED_FILES}
          onChange={(e) => void pickFile(e)}
          aria-describedby={problemFor('file')}
        />
        <p className="muted file-note" role="status">
          {fileNote}
        </p>
      </div>
      <div className="ingest-row">
        <div className="field field-text">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={500}
            aria-describedby={problemFor('title')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of source</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            aria-describedby={problemFor('kind')}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as DocumentFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Text of the document</label>
        <textarea
          id={`${id}-text`}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          aria-describedby={problemFor('text')}
        />
      </div>
      {problem && (
        <FormProblem id={`${id}-problem`}>
          {problem.text}
          {problem.field && problem.field !== 'file' && <> ({problem.field})</>}
        </FormProblem>
      )}
      <div role="status">
        {existing && (
          <p className="notice ingest-existing">
            <span aria-hidden="true">ℹ </span>The same text was ingested before, as{' '}
            <Link to={reviewPath(existing.slug)}>{existing.title}</Link>: nothing new was stored.
          </p>
        )}
      </div>
      <FormActions label="Ingest and propose" busyLabel="Ingesting…" busy={fetching} />
    </form>
  );
}
