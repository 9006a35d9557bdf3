"use client";

import type { FormEvent, MouseEvent, ReactNode } from "react";

type Props = {
  action: (formData: FormData) => Promise<void>;
  /** Names the enhanced action (see moderation-board.tsx). */
  kind: "edit" | "reply";
  /** The hidden field naming the comment, e.g. ["id", "12"]. */
  target: [string, number];
  returnPath: string;
  fieldId: string;
  label: ReactNode;
  defaultValue?: string;
  rows: number;
  note?: ReactNode;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: (event: MouseEvent<HTMLAnchorElement>) => void;
  buttonClassName: string;
};

/** A comment card's text form (quick edit, staff reply): one labelled text area, save and cancel. Works without JavaScript. */
export function CardTextForm(props: Props) {
  return (
    <form action={props.action} data-kind={props.kind} onSubmit={props.onSubmit} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name={props.target[0]} value={props.target[1]} />
      <input type="hidden" name="return" value={props.returnPath} />
      <label htmlFor={props.fieldId} className="font-medium">
        {props.label}
      </label>
      <textarea
        id={props.fieldId}
        name="body"
        defaultValue={props.defaultValue}
        rows={props.rows}
        required
        autoFocus
        className="rounded border border-rule bg-paper p-2"
      />
      {props.note ? <p className="text-sm text-muted">{props.note}</p> : null}
      <div className="flex gap-2">
        <button type="submit" className={props.buttonClassName}>
          {props.submitLabel}
        </button>
        <a href={props.returnPath} onClick={props.onCancel} className="px-3 py-1 text-sm">
          Cancel
        </a>
      </div>
    </form>
  );
}
