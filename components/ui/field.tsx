import type { ReactNode } from "react";

/** What a field's control needs so its label, hint and error are read with it. */
export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  id: string;
  label: ReactNode;
  /** Shown under the label when `hintFirst`, else under the control. */
  hint?: string;
  hintFirst?: boolean;
  error?: string;
  className?: string;
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with its hint and error: the one way every form lays out a field. */
export function Field({ id, label, hint, hintFirst = false, error, className, labelClassName = "block font-medium", children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const hintText = hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
      {hint}
    </p>
  ) : null;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hintFirst ? hintText : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hintFirst ? null : hintText}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
