/** Where a new comment sits in its thread. */
export type ThreadPlacement = { parentId: number | null; rootId: number | null; depth: number };

type ParentComment = { id: number; rootId: number | null; parentId: number | null; depth: number };

/**
 * Places a reply under `parent`, respecting the thread depth limit: a reply
 * that would be deeper than `maxDepth` attaches to the parent's own parent,
 * i.e. the deepest allowed level (WordPress does the same).
 */
export function placeReply(parent: ParentComment | null, maxDepth: number): ThreadPlacement {
  if (!parent) return { parentId: null, rootId: null, depth: 1 };
  const rootId = parent.rootId ?? parent.id;
  if (parent.depth < maxDepth) return { parentId: parent.id, rootId, depth: parent.depth + 1 };
  // Parent already sits at the deepest level: become its sibling.
  return { parentId: parent.parentId ?? parent.id, rootId, depth: Math.min(parent.depth, maxDepth) };
}
