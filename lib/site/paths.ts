// Every URL the site links to or redirects to, public and dashboard, built
// in one place.
export const paths = {
  home: "/",
  article: (slug: string) => `/articles/${slug}`,
  articleFeed: "/feed.xml",
  commentsFeed: "/comments/feed.xml",
  articleCommentsFeed: (slug: string) => `/articles/${slug}/comments/feed.xml`,
  comment: (slug: string, id: number) => `/articles/${slug}#comment-${id}`,
  /** Page `page` (2 and up) of an article's comments. */
  commentPage: (slug: string, page: number) => `/articles/${slug}/comment-page-${page}`,
  /** The per-visitor page that shows a commenter their own held comment. */
  ownComment: (slug: string, id: number) => `/articles/${slug}/comment/${id}#comment-${id}`,
  signIn: "/sign-in",
  dashboard: "/dashboard",
  dashboardAudit: "/dashboard/audit",
  dashboardSettings: "/dashboard/settings",
  dashboardArticles: "/dashboard/articles",
  dashboardUsers: "/dashboard/users",
  dashboardWebhooks: "/dashboard/webhooks",
  choosePassword: "/dashboard/password",
};
