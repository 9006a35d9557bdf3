import type { Metadata } from "next";
import { AdminTable } from "@/components/ui/admin-table";
import Link from "next/link";
import { CommentsOpenToggle } from "@/components/articles-admin/comments-open-toggle";
import { listArticlesForAdmin } from "@/lib/articles/admin-data";
import { formatDate } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";
import { requireAdminPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesAdminPage() {
  await requireAdminPage(paths.dashboardArticles);
  const articles = await listArticlesForAdmin();
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Articles</h1>
      <p className="mt-1 mb-6 text-muted">Open or close comments on each article. A closed article keeps its comments but takes no new ones.</p>
      <AdminTable caption="Articles and whether they take comments" columns={["Article", "Published", "Comments", "Status", "Change"]}>
            {articles.map((article) => (
              <tr key={article.slug} className="border-b border-rule align-top">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <Link href={paths.article(article.slug)}>{article.title}</Link>
                </th>
                <td className="py-3 pr-4 text-sm whitespace-nowrap">{formatDate(article.publishedAt)}</td>
                <td className="py-3 pr-4">{article.comments.toLocaleString("en-US")}</td>
                <td className="py-3 pr-4">{article.commentsOpen ? "Comments open" : "Comments closed"}</td>
                <td className="py-3">
                  <CommentsOpenToggle slug={article.slug} open={article.commentsOpen} />
                </td>
              </tr>
            ))}
      </AdminTable>
    </div>
  );
}
