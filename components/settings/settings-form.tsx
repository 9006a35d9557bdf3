"use client";

import { useActionState } from "react";
import { updateSettingsAction } from "@/lib/actions/settings";
import { idleResult } from "@/lib/actions/result";
import type { DiscussionSettings } from "@/lib/settings/types";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass, inputClass } from "@/components/ui/form-classes";

type NumberField = { name: keyof DiscussionSettings; label: string; hint: string; min: number; max: number };

const numberFields: NumberField[] = [
  { name: "linkLimit", label: "Hold a comment if it contains at least N links", hint: "WordPress's default is 2. 0 turns the link check off.", min: 0, max: 100 },
  { name: "floodSeconds", label: "Seconds between comments from the same sender", hint: "Default 15. 0 turns flood control off.", min: 0, max: 3600 },
  { name: "threadDepth", label: "Thread depth", hint: "Levels of replies shown nested, from 2 to 10. Default 5.", min: 2, max: 10 },
  { name: "commentsPerPage", label: "Top-level comments per page", hint: "Default 50.", min: 1, max: 500 },
  { name: "closeAfterDays", label: "Close comments on articles older than N days", hint: "0 never closes them automatically (the default).", min: 0, max: 36500 },
];

const wordFields = [
  { name: "moderationWords", label: "Moderation words", hint: "One word or phrase per line. A comment containing one is held for review." },
  { name: "disallowedWords", label: "Disallowed words", hint: "One word or phrase per line. A comment containing one goes straight to spam." },
] as const;

export function SettingsForm({ settings }: { settings: DiscussionSettings }) {
  const [state, action, pending] = useActionState(updateSettingsAction, idleResult());
  const errors = state.status === "error" ? state.fieldErrors : {};
  // A refused form is shown again as typed; otherwise as saved.
  const values = state.status === "error" ? state.values : undefined;
  const text = (name: keyof DiscussionSettings): string => {
    if (values) return values[name] ?? "";
    const value = settings[name];
    return Array.isArray(value) ? value.join("\n") : String(value);
  };
  const checked = (name: "holdAll" | "requirePriorApproval") => (values ? values[name] === "on" : settings[name]);

  return (
    <form action={action} noValidate className="space-y-8">
      <ErrorSummary result={state} title="The settings were not saved" order={[...numberFields.map((field) => field.name), ...wordFields.map((field) => field.name)]} />
      <fieldset className="space-y-3">
        <legend className="font-serif text-xl font-bold">Before a comment appears</legend>
        {(
          [
            { name: "holdAll", label: "Hold every comment for moderation" },
            { name: "requirePriorApproval", label: "Hold a comment unless its author has an approved comment" },
          ] as const
        ).map((field) => (
          <div key={field.name} className="flex items-start gap-3">
            <input
              id={field.name}
              name={field.name}
              type="checkbox"
              defaultChecked={checked(field.name)}
              className="mt-1 size-5 accent-accent"
            />
            <label htmlFor={field.name}>{field.label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-3 font-serif text-xl font-bold">Limits and threads</legend>
        {numberFields.map((field) => (
          <Field key={field.name} id={field.name} label={field.label} hint={field.hint} error={errors[field.name]}>
            {(control) => (
              <input
                name={field.name}
                type="number"
                inputMode="numeric"
                min={field.min}
                max={field.max}
                step={1}
                defaultValue={text(field.name)}
                className={`${inputClass} max-w-40`}
                {...control}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-3 font-serif text-xl font-bold">Word lists</legend>
        {wordFields.map((field) => (
          <Field key={field.name} id={field.name} label={field.label} hint={field.hint} error={errors[field.name]}>
            {(control) => <textarea name={field.name} rows={8} defaultValue={text(field.name)} className={`${inputClass} font-mono text-sm`} {...control} />}
          </Field>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass}>
          Save settings
        </button>
        <FormStatus result={state} show="ok" />
      </div>
    </form>
  );
}
