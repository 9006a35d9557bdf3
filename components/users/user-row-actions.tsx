"use client";

import { useActionState } from "react";
import { changeUserRoleAction, resetUserPasswordAction, setUserDisabledAction } from "@/lib/actions/users";
import type { FormState } from "@/lib/actions/result";
import type { UserRow } from "@/lib/users/data";
import { FormStatus } from "@/components/ui/form-status";
import { secondaryButtonClass } from "@/components/ui/form-classes";

/** Role, enable/disable and password reset for one account, each its own small form. */
export function UserRowActions({ user }: { user: UserRow }) {
  const [roleState, roleAction, rolePending] = useActionState<FormState, FormData>(changeUserRoleAction, {});
  const [disableState, disableAction, disablePending] = useActionState<FormState, FormData>(setUserDisabledAction, {});
  const [resetState, resetAction, resetPending] = useActionState<FormState, FormData>(resetUserPasswordAction, {});
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
      <FormStatus state={roleState} />
      <FormStatus state={disableState} />
      <FormStatus state={resetState} />
    </div>
  );
}
