import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { graphql } from '../graphql';
import {
  ACCEPTED_FILES,
  documentTooLarge,
  DocumentFileError,
  FORMAT_LABELS,
  readDocumentFile,
} from '../lib/document-file';
import { inputProblem, MutationOutcomeFields, useMutationForm } from '../lib/mutation-error';
import { humanize } from '../lib/evidence';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';
import { reviewPath } from '../lib/links';
import { DocumentFormat, CommonSourceKind } from '../schema-enums';

export const IngestSourceMutation = graphql(
  `
    mutation IngestSource($input: IngestSourceInput!) {
      ingestSource(input: $input) {
        ...MutationOutcomeFields
        created
        source {
          id
          slug
          title
        }
      }
    }
  `,
  [MutationOutcomeFields],
);

const TEXT_FORMATS = DocumentFormat.filter((f) => f !== 'PDF');

/** A new document for the grading assistant: pasted or read from a file in the browser, sent by ingestSource; its proposals then wait for review. */
export function IngestForm() {
  const id = useId();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('other');
  const [format, setFormat] = useState<DocumentFormat>('TEXT');
  const [text, setText] = useState('');
  const [pdf, setPdf] = useState<File | null>(null);
  const [fileNote, setFileNote] = useState('');
  const [existing, setExisting] = useState<{ slug: string; title: string } | null>(null);
  const save = useMutationForm(IngestSourceMutation, (data) => data.ingestSource, 'The document was refused.');
  const { problem, setProblem } = save;

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setProblem(null);
    setFileNote('');
    if (!file) return;
    try {
      const read = await readDocumentFile(file);
      setTitle((current) => current.trim() || read.title);
      if (read.kind === 'pdf') {
        setPdf(read.file);
        setText('');
        setFormat('PDF');
        setFileNote(
          `“${file.name}” is a PDF (${Math.ceil(file.size / 1024).toLocaleString('en')} KB): the server reads its text and pages.`,
        );
        return;
      }
      const tooLarge = documentTooLarge(read.text);
      if (tooLarge) throw new DocumentFileError(tooLarge);
      setPdf(null);
      setText(read.text);
      setFormat(read.format);
      setFileNote(
        `Read “${file.name}” as ${FORMAT_LABELS[read.format]}: ${read.text.length.toLocaleString('en')} characters.`,
      );
    } catch (error) {
      setPdf(null);
      event.target.value = '';
      setProblem(
        inputProblem('file', error instanceof DocumentFileError ? error.message : `“${file.name}” could not be read.`),
      );
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setExisting(null);
    const tooLarge = pdf ? null : documentTooLarge(text);
    if (tooLarge) return setProblem(inputProblem('text', tooLarge));
    const payload = await save.send({ input: pdf ? { title, kind, file: pdf } : { title, kind, format, text } });
    if (!payload?.source) return;
    if (!payload.created) return setExisting({ slug: payload.source.slug, title: payload.source.title });
    navigate(reviewPath(payload.source.slug));
  };

  const problemFor = (field: string) => (problem?.field === field ? `${id}-problem` : undefined);
  return (
    <form className="ingest-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>Ingest a document</h2>
      <p className="muted">
        Paste the text or choose a file (.txt, .md, .html or .pdf, up to 5 MB); the grading assistant proposes
        assertions for you to review.
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
            {CommonSourceKind.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={format}
            disabled={pdf !== null}
            onChange={(e) => setFormat(e.target.value as DocumentFormat)}
          >
            {(pdf ? (['PDF'] as const) : TEXT_FORMATS).map((f) => (
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
          onChange={(e) => {
            setText(e.target.value);
            if (pdf) {
              setPdf(null);
              setFormat('TEXT');
              setFileNote('');
            }
          }}
          required={pdf === null}
          placeholder={pdf ? 'The PDF chosen above is sent as it is; typing here sends text instead.' : undefined}
          aria-describedby={problemFor('text')}
        />
      </div>
      <FormProblem id={`${id}-problem`} problem={problem} />
      <div role="status">
        {existing && (
          <p className="notice ingest-existing">
            <span aria-hidden="true">ℹ </span>The same text was ingested before, as{' '}
            <Link to={reviewPath(existing.slug)}>{existing.title}</Link>: nothing new was stored.
          </p>
        )}
      </div>
      <FormActions label="Ingest and propose" busyLabel="Ingesting…" busy={save.busy} />
    </form>
  );
}
