// Every public URL the site links to, built in one place.
export const paths = {
  home: "/",
  article: (slug: string) => `/articles/${slug}`,
  articleFeed: "/feed.xml",
  commentsFeed: "/comments/feed.xml",
  articleCommentsFeed: (slug: string) => `/articles/${slug}/comments/feed.xml`,
  comment: (slug: string, id: number) => `/articles/${slug}#comment-${id}`,
  signIn: "/sign-in",
  dashboard: "/dashboard",
  choosePassword: "/dashboard/password",
};
