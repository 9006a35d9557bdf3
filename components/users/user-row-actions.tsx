"use client";

import { useActionState } from "react";
import { changeUserRoleAction, renameUserAction, resetUserPasswordAction, setUserDisabledAction } from "@/lib/actions/users";
import type { FormState } from "@/lib/actions/result";
import type { UserRow } from "@/lib/users/data";
import { FormStatus } from "@/components/ui/form-status";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-classes";

/** Role, enable/disable and password reset for one account, each its own small form. */
export function UserRowActions({ user }: { user: UserRow }) {
  const [roleState, roleAction, rolePending] = useActionState<FormState, FormData>(changeUserRoleAction, {});
  const [disableState, disableAction, disablePending] = useActionState<FormState, FormData>(setUserDisabledAction, {});
  const [resetState, resetAction, resetPending] = useActionState<FormState, FormData>(resetUserPasswordAction, {});
  const [nameState, nameAction, namePending] = useActionState<FormState, FormData>(renameUserAction, {});
  const nameError = nameState.errors?.name;
  const nameId = `name-${user.id}`;
  const otherRole = user.role === "admin" ? "editor" : "admin";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="role" value={otherRole} />
          <button type="submit" disabled={rolePending} className={secondaryButtonClass}>
            {otherRole === "admin" ? "Make admin" : "Make editor"}
          </button>
        </form>
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" disabled={disablePending} className={secondaryButtonClass}>
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
        <form action={resetAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" disabled={resetPending} className={secondaryButtonClass}>
            Reset password
          </button>
        </form>
      </div>
      <form action={nameAction} noValidate className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <div>
          <label htmlFor={nameId} className="block text-sm font-medium">
            Display name<span className="sr-only"> of {user.email}</span>
          </label>
          <input
            id={nameId}
            name="name"
            defaultValue={nameState.values?.name ?? user.name}
            className={`${inputClass} py-1 text-sm`}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : undefined}
          />
        </div>
        <button type="submit" disabled={namePending} className={secondaryButtonClass}>
          Save name<span className="sr-only"> of {user.email}</span>
        </button>
        {nameError ? (
          <p id={`${nameId}-error`} className="w-full text-sm text-danger">
            {nameError}
          </p>
        ) : null}
      </form>
      <FormStatus state={nameState.errors ? {} : nameState} />
      <FormStatus state={roleState} />
      <FormStatus state={disableState} />
      <FormStatus state={resetState} />
    </div>
  );
}
