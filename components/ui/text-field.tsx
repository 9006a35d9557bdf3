import type { InputHTMLAttributes } from "react";
import { Field } from "./field";
import { inputClass } from "./form-classes";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled text input with its hint and its error, each announced with the field. */
export function TextField({ id, name, label, error, hint, className, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input name={name} className={inputClass} {...control} {...input} />}
    </Field>
  );
}
