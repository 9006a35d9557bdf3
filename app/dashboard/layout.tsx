import type { Metadata } from "next";
import { DashboardNav, type NavItem } from "@/components/dashboard/dashboard-nav";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { paths } from "@/lib/site/paths";
import { getEditor } from "@/lib/auth/session";
import { site } from "@/lib/site/site";

export const metadata: Metadata = { title: { default: "Dashboard", template: `%s | Dashboard | ${site.name}` }, robots: { index: false } };

const editorItems: NavItem[] = [
  { href: paths.dashboard, label: "Comments" },
  { href: paths.dashboardAudit, label: "Audit log" },
];
const adminItems: NavItem[] = [
  { href: paths.dashboardSettings, label: "Settings" },
  { href: paths.dashboardArticles, label: "Articles" },
  { href: paths.dashboardUsers, label: "Users" },
  { href: paths.dashboardWebhooks, label: "Webhooks" },
];

// Layouts are not a security boundary (they do not re-run on navigation):
// this one only decides what to show. Every page checks the caller itself.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const editor = await getEditor();
  const items = editor?.role === "admin" ? [...editorItems, ...adminItems] : editorItems;
  return (
    <div className="mx-auto max-w-5xl">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule pb-3">
        <p className="font-semibold">
          {site.name} <span className="font-normal text-muted">dashboard</span>
        </p>
        {editor ? (
          <div className="flex items-center gap-3">
            <p className="text-sm text-muted">
              Signed in as <span className="text-ink">{editor.email}</span>
            </p>
            <SignOutButton />
          </div>
        ) : null}
      </div>
      {/* Nothing to navigate to until a due password is chosen (lib/auth/session.ts). */}
      {editor && !editor.mustChangePassword ? (
        <div className="mb-6">
          <DashboardNav items={items} />
        </div>
      ) : null}
      {children}
    </div>
  );
}
