import type { Metadata } from "next";
import { AdminTable } from "@/components/ui/admin-table";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { listUsers } from "@/lib/users/data";
import { formatDate } from "@/lib/site/format";
import { requireAdminPage } from "@/lib/auth/session";
import { flashResult, readFlash } from "@/lib/http/flash";
import { FormStatus } from "@/components/ui/form-status";
import { paths } from "@/lib/site/paths";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  await requireAdminPage(paths.dashboardUsers);
  const flashId = (await searchParams).flash;
  const [users, flash] = await Promise.all([listUsers(), readFlash(typeof flashId === "string" ? flashId : undefined)]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="font-serif text-3xl font-bold">
          Users
        </h1>
        <p className="mt-1 text-muted">Admins manage everything; editors moderate comments.</p>
        {flash ? <FormStatus result={flashResult(flash)} /> : null}
        <div className="mt-4">
        <AdminTable caption="All accounts" columns={["Email", "Name", "Role", "Status", "Added", "Actions"]}>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-rule align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    {user.email}
                    {user.isSelf ? <span className="text-muted"> (you)</span> : null}
                  </th>
                  <td className="py-3 pr-4">{user.name}</td>
                  <td className="py-3 pr-4">{user.role}</td>
                  <td className="py-3 pr-4">{user.disabled ? "Disabled" : "Active"}</td>
                  <td className="py-3 pr-4 text-sm">{formatDate(user.createdAt)}</td>
                  <td className="py-3">
                    <UserRowActions user={user} />
                  </td>
                </tr>
              ))}
        </AdminTable>
        </div>
      </section>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading" className="font-serif text-2xl font-bold">
          Create a user
        </h2>
        <div className="mt-4 max-w-2xl">
          <CreateUserForm />
        </div>
      </section>
    </div>
  );
}
