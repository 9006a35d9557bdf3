/** Shown only to the author of a comment that is not public yet. */
export function PendingNotice({ notice }: { notice: string | null }) {
  return (
    <div className="mt-3 rounded border-l-4 border-accent bg-notice px-3 py-2 text-sm text-notice-ink">
      <p className="font-semibold">Your comment is awaiting moderation.</p>
      {notice ? <p className="mt-1">{notice}</p> : <p className="mt-1">Only you can see it until an editor approves it.</p>}
    </div>
  );
}
