"use client";

import { useActionState } from "react";
import { changeUserRoleAction, renameUserAction, resetUserPasswordAction, setUserDisabledAction } from "@/lib/actions/users";
import { idleResult } from "@/lib/actions/result";
import type { UserRow } from "@/lib/users/data";
import { FormStatus } from "@/components/ui/form-status";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-classes";

/** Role, enable/disable and password reset for one account, each its own small form. */
export function UserRowActions({ user }: { user: UserRow }) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, idleResult());
  const [disableState, disableAction, disablePending] = useActionState(setUserDisabledAction, idleResult());
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, idleResult());
  const [nameState, nameAction, namePending] = useActionState(renameUserAction, idleResult());
  const nameError = nameState.status === "error" ? nameState.fieldErrors.name : undefined;
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
      {/* A refused name is shown next to its field; other refusals here. */}
      <FormStatus result={nameState} show={nameError ? "ok" : "all"} />
      <FormStatus result={roleState} />
      <FormStatus result={disableState} />
      <FormStatus result={resetState} />
    </div>
  );
}
