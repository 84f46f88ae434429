/** A curator form's buttons: submit (disabled and relabelled while it is busy) and, when the form can be left, Cancel. */
export function FormActions({
  label,
  busyLabel,
  busy,
  disabled = false,
  onCancel,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Disabled for another reason than being busy (a required field still empty, say). */
  disabled?: boolean;
  onCancel?: () => void;
}) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
