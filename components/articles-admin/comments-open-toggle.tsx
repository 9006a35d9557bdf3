"use client";

import { useActionState } from "react";
import { setCommentsOpenAction } from "@/lib/actions/articles";
import { idleResult } from "@/lib/actions/result";
import { FormStatus } from "@/components/ui/form-status";
import { secondaryButtonClass } from "@/components/ui/form-classes";

export function CommentsOpenToggle({ slug, open }: { slug: string; open: boolean }) {
  const [state, action, pending] = useActionState(setCommentsOpenAction, idleResult());
  return (
    <div className="space-y-1">
      <form action={action}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="open" value={open ? "false" : "true"} />
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {open ? "Close comments" : "Open comments"}
        </button>
      </form>
      <FormStatus result={state} />
    </div>
  );
}
