import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { getSettings } from "@/lib/settings/data";
import { requireAdminPage } from "@/lib/auth/session";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireAdminPage(paths.dashboardSettings);
  const settings = await getSettings();
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Discussion settings</h1>
      <p className="mt-1 mb-6 text-muted">The same rules as WordPress, with its defaults. Changes apply to the next comment posted.</p>
      <SettingsForm settings={settings} />
    </div>
  );
}
