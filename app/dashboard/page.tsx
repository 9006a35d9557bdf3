import { requireEditorPage } from "@/lib/session";

// Placeholder so sign-in has somewhere to land on this branch; the moderation
// branch owns this page and replaces it (take theirs when merging).
export default async function DashboardPage() {
  const editor = await requireEditorPage("/dashboard");
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Comments</h1>
      <p className="mt-2 text-muted">Welcome, {editor.name || editor.email}.</p>
    </div>
  );
}
